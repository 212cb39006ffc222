"""Tiny knowledge-base documents for the tests, in every importable format.

The PDF is written here byte by byte (one page, Helvetica, a text layer pypdf reads), so
no PDF writer is needed; the Markdown leaflets follow the starter library's format.
"""

from __future__ import annotations

from pathlib import Path

DIABETES_EN = """---
id: diabetes-diet
title: Eating well with diabetes
language: en
source: "Test fixture, after NHS: Type 2 diabetes, food and keeping active"
sample: true
---
# Eating well with diabetes

> Sample content written for this project. Your clinic should replace it.

## What to eat
- Eat regular meals and include **starchy foods** such as wholegrain bread, brown rice and oats.
- Eat plenty of vegetables and fruit, and choose beans, lentils and fish for protein.

## Sugar and carbohydrates
Cut down on sugary drinks, sweets and cakes. Carbohydrates raise blood sugar, so spread
them through the day and watch portion sizes.
"""

DIABETES_ZH = """---
id: diabetes-diet
title: 糖尿病的饮食
language: zh
source: "测试资料，参考中国居民膳食指南"
sample: true
---
# 糖尿病的饮食

> 示例内容，请诊所替换。

## 吃什么
- 定时定量吃饭，主食多选全谷物和杂豆，比如燕麦、糙米。
- 多吃蔬菜，水果适量，蛋白质多选鱼、豆制品。

## 少吃糖
少喝含糖饮料，少吃甜点和糖果。碳水化合物会升高血糖，要分散到一天各餐，注意每餐的量。
"""

SLEEP_TXT = """Sleeping well

Good habits
Go to bed and get up at the same time every day.
Keep the bedroom dark, quiet and cool.

When to get help
See a doctor if poor sleep lasts for more than three months or you feel very sleepy in
the day.
"""

HAND_HTML = """<!doctype html>
<html lang="zh-CN"><head><title>洗手预防感染</title>
<script>alert("not text")</script><style>p{color:red}</style></head>
<body><nav>首页 | 联系我们</nav>
<h1>洗手预防感染</h1>
<h2>什么时候洗手</h2>
<p>饭前便后、咳嗽打喷嚏以后、照顾病人前后都要洗手。</p>
<h2>怎样洗手</h2>
<ul><li>用流动的清水和肥皂。</li><li>搓手至少二十秒，指缝和指甲都要洗到。</li></ul>
</body></html>
"""

SPRAIN_PDF_LINES = [
    "Sprains and strains",
    "Rest and ice",
    "Rest the ankle for two days and cool it with ice wrapped in a towel.",
    "When to get help",
    "See a doctor if you cannot put any weight on the ankle.",
]


def tiny_pdf(lines: list[str]) -> bytes:
    """Return a one-page PDF whose text layer holds ``lines`` (Latin-1 text only)."""

    def escaped(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    operators = ["BT /F1 12 Tf 14 TL 72 720 Td"]
    operators += [f"({escaped(line)}) Tj T*" for line in lines]
    operators.append("ET")
    stream = "\n".join(operators).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write_library(folder: Path) -> Path:
    """Write one document of each format into ``folder`` (and a README to be skipped)."""
    (folder / "en").mkdir(parents=True, exist_ok=True)
    (folder / "zh").mkdir(parents=True, exist_ok=True)
    (folder / "en" / "diabetes-diet.md").write_text(DIABETES_EN, encoding="utf-8")
    (folder / "zh" / "diabetes-diet.md").write_text(DIABETES_ZH, encoding="utf-8")
    (folder / "en" / "sleep.txt").write_text(SLEEP_TXT, encoding="utf-8")
    (folder / "zh" / "hand-hygiene.html").write_text(HAND_HTML, encoding="utf-8")
    (folder / "en" / "sprains.pdf").write_bytes(tiny_pdf(SPRAIN_PDF_LINES))
    (folder / "README.md").write_text("# About this folder\n\nNot a leaflet.\n", encoding="utf-8")
    return folder
