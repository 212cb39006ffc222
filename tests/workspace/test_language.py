"""The nurse workspace in Chinese (``TRIAGE_NURSE_LANGUAGE=zh``): its own words, not the data.

Served over real HTTP like the English one; the login page, the Gradio layout, the queue,
the session view and the messages come out in Chinese, while stored texts stay as written.
"""

from __future__ import annotations

import json

import httpx

from core.settings import Settings
from tests.nurse_server import PASSWORD, serving, workspace_app
from tests.workspace.conftest import Site
from tests.workspace.test_http import call_gradio
from ui.nurse_texts import LANGUAGES, TEXTS


def test_every_workspace_text_has_every_language() -> None:
    missing = [key for key, by in TEXTS.items() if any(not by.get(lang) for lang in LANGUAGES)]
    assert missing == []


async def test_the_workspace_speaks_chinese_when_configured(site: Site, settings: Settings) -> None:
    chinese = settings.model_copy(update={"nurse_language": "zh"})
    with serving(workspace_app(site.sessions, chinese)) as url:
        client = httpx.Client(base_url=url, timeout=30)
        form = client.get("/nurse/login")
        assert '<html lang="zh">' in form.text and "护士工作台" in form.text
        assert "用户名" in form.text and "Password" not in form.text
        wrong = client.post("/nurse/login", data={"name": "ann", "password": "wrong password"})
        assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text

        entered = client.post("/nurse/login", data={"name": "ann", "password": PASSWORD})
        assert entered.status_code == 303
        config = client.get("/nurse/config").json()
        layout = json.dumps(config, ensure_ascii=False)
        # Gradio's own pop-ups are replaced by the page's <head> script, in Chinese
        head = json.loads(config["head"].split("const TEXTS = ", 1)[1].split(";\n", 1)[0])
        assert head["en"]["busy"] == head["zh"]["busy"] == "工作台正忙，请稍等片刻后再试。"
        for words in ("审核队列", "应用筛选", "危险信号", "护士备注", "保存签核", "下一页"):
            assert words in layout, words
        assert "Apply filters" not in layout and "Nurse note" not in layout

        queue = call_gradio(client, "refresh_queue", ["", "any", "any", "", "", ""])
        counts, board, *_ = json.loads(queue.split("data: ", 1)[1])
        assert "急诊" in counts and "个会话" in counts
        for heading in ("级别", "主诉（患者原话）", "等待时间", "会话"):
            assert f">{heading}</th>" in board, heading
        assert "Complaint" not in board and "Waiting" not in board

        opened = call_gradio(client, "open_session", [site.seeded.emergency, "zh"])
        assert "event: complete" in opened
        session = json.loads(opened.split("data: ", 1)[1])[1]
        for words in ("评估（原始内容，即患者看到的）", "对话记录", "由规则发现", "患者"):
            assert words in session, words
        assert "crushing chest pain" in session  # the patient's own words, unchanged
        printable = client.get(f"/nurse/export/{site.seeded.emergency}/markdown")
        assert "## 现状" in printable.text  # its SBAR in the workspace's language
        bad_date = call_gradio(client, "refresh_queue", ["", "any", "any", "24/11", "", ""])
        error = json.loads(bad_date.split("data: ", 1)[1])["error"]
        assert error == "开始日期：日期格式为 YYYY-MM-DD"
