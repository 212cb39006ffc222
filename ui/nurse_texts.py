"""Every word the nurse workspace shows, in English and Chinese (``TRIAGE_NURSE_LANGUAGE``).

Stored texts (transcripts, notes, the model's words) are shown as they are; these are the
workspace's own labels, headings and messages. Each key has both languages: a test checks.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "zh")

TEXTS: Final[dict[str, dict[str, str]]] = {
    # login page and its messages
    "login.title": {"en": "Nurse workspace — log in", "zh": "护士工作台 — 登录"},
    "workspace": {"en": "Nurse workspace", "zh": "护士工作台"},
    "login.name": {"en": "User name", "zh": "用户名"},
    "login.password": {"en": "Password", "zh": "密码"},
    "login.submit": {"en": "Log in", "zh": "登录"},
    "login.wrong": {"en": "Wrong user name or password.", "zh": "用户名或密码错误。"},
    "login.locked": {
        "en": "Too many failed attempts for this name: wait {minutes} minutes, or ask an admin.",
        "zh": "该用户名登录失败次数过多：请等待 {minutes} 分钟，或联系管理员。",
    },
    "login.expired": {
        "en": "You were logged out after a period without activity.",
        "zh": "长时间未操作，您已被登出。",
    },
    "login.out": {"en": "You are logged out.", "zh": "您已登出。"},
    "login.too_large": {"en": "Request too large.", "zh": "请求过大。"},
    # Gradio's own pop-ups (queue full, connection lost, an error), replaced in the
    # workspace's language by ui.render.popup_head
    "popup.title": {"en": "Sorry", "zh": "抱歉"},
    "popup.busy": {
        "en": "The workspace is busy. Wait a moment, then try again.",
        "zh": "工作台正忙，请稍等片刻后再试。",
    },
    "popup.connection": {
        "en": "The connection to the server was lost. Reload the page.",
        "zh": "与服务器的连接中断了，请刷新页面。",
    },
    "popup.error": {
        "en": "Something went wrong. Try again in a moment.",
        "zh": "出了点问题，请稍后再试。",
    },
    # errors inside the workspace
    "error.database": {
        "en": "The database is not available. Try again in a moment.",
        "zh": "数据库暂时不可用，请稍后再试。",
    },
    "error.login_ended": {
        "en": "Your login has ended. Reload the page to log in again.",
        "zh": "您的登录已结束，请刷新页面重新登录。",
    },
    "error.pick_session": {
        "en": "Pick a session in the queue (a 32-character id).",
        "zh": "请在队列中选择一个会话（32 位编号）。",
    },
    "error.no_session": {"en": "No session with that id.", "zh": "没有这个编号的会话。"},
    "error.open_first": {"en": "Open a session first.", "zh": "请先打开一个会话。"},
    "error.date": {
        "en": "{field}: write the date as YYYY-MM-DD",
        "zh": "{field}：日期格式为 YYYY-MM-DD",
    },
    "error.admin_only": {
        "en": "Only an admin can read the audit log.",
        "zh": "只有管理员可以查看审计日志。",
    },
    # header
    "header.user": {"en": "Logged in as {name} ({role})", "zh": "当前用户 {name}（{role}）"},
    "header.logout": {"en": "Log out", "zh": "登出"},
    # the queue tab
    "tab.queue": {"en": "Review queue", "zh": "审核队列"},
    "filter.level": {"en": "Level", "zh": "级别"},
    "filter.all_levels": {"en": "All levels", "zh": "全部级别"},
    "filter.flag": {"en": "Red flag", "zh": "危险信号"},
    "filter.reviewed": {"en": "Reviewed", "zh": "已审核"},
    "filter.any": {"en": "any", "zh": "不限"},
    "filter.yes": {"en": "yes", "zh": "是"},
    "filter.no": {"en": "no", "zh": "否"},
    "filter.from": {"en": "From (YYYY-MM-DD)", "zh": "开始日期（YYYY-MM-DD）"},
    "filter.to": {"en": "To (YYYY-MM-DD)", "zh": "结束日期（YYYY-MM-DD）"},
    "filter.from_field": {"en": "From", "zh": "开始日期"},
    "filter.to_field": {"en": "To", "zh": "结束日期"},
    "filter.text": {"en": "Search transcripts", "zh": "搜索对话内容"},
    "filter.apply": {"en": "Apply filters", "zh": "应用筛选"},
    "page.previous": {"en": "Previous page", "zh": "上一页"},
    "page.next": {"en": "Next page", "zh": "下一页"},
    "queue.showing": {
        "en": "Sessions {first}–{last} of {total} (page {page} of {pages})",
        "zh": "第 {first}–{last} 个会话，共 {total} 个（第 {page} 页，共 {pages} 页）",
    },
    "queue.label": {
        "en": "Sessions, most urgent first, then the longest waiting (click a row to open it)",
        "zh": "会话：最紧急的在前，同级别中等待最久的在前（点击一行打开）",
    },
    "queue.new": {
        "en": "New since this list was loaded: {items}. Press Apply filters to see them.",
        "zh": "列表加载后新增：{items}。请点击“应用筛选”查看。",
    },
    "queue.by_nurse": {"en": " (nurse)", "zh": "（护士）"},
    "col.level": {"en": "Level", "zh": "级别"},
    "col.complaint": {"en": "Complaint (patient's words)", "zh": "主诉（患者原话）"},
    "col.patient": {"en": "Patient", "zh": "患者"},
    "col.flags": {"en": "Red flags", "zh": "危险信号"},
    "col.waiting": {"en": "Waiting", "zh": "等待时间"},
    "col.reviewed": {"en": "Reviewed", "zh": "已审核"},
    "col.session": {"en": "Session", "zh": "会话"},
    "board.empty": {"en": "No sessions match these filters.", "zh": "没有符合筛选条件的会话。"},
    "board.no_message": {"en": "(nothing written yet)", "zh": "（尚未输入内容）"},
    "age": {"en": "{n} y", "zh": "{n} 岁"},
    "sex.female": {"en": "female", "zh": "女"},
    "sex.male": {"en": "male", "zh": "男"},
    "sex.other": {"en": "other", "zh": "其他"},
    "language.en": {"en": "English", "zh": "英语"},
    "language.zh": {"en": "Chinese", "zh": "中文"},
    "wait.now": {"en": "under 1 min", "zh": "不到 1 分钟"},
    "wait.minutes": {"en": "{m} min", "zh": "{m} 分钟"},
    "wait.hours": {"en": "{h} h {m} min", "zh": "{h} 小时 {m} 分钟"},
    "wait.days": {"en": "{d} d {h} h", "zh": "{d} 天 {h} 小时"},
    "open.id": {"en": "Session id", "zh": "会话编号"},
    "open.button": {"en": "Open session", "zh": "打开会话"},
    # the session tab
    "tab.session": {"en": "Session", "zh": "会话"},
    "session.none": {"en": "Open a session from the queue.", "zh": "请从队列中打开一个会话。"},
    "session.title": {"en": "Session {id}", "zh": "会话 {id}"},
    "session.meta": {
        "en": "Started {at} · language {lang} · stage {stage} · level {level}",
        "zh": "开始于 {at} · 语言 {lang} · 阶段 {stage} · 级别 {level}",
    },
    "session.overridden": {
        "en": " (agent said {level}; overridden by {reviewer}: {reason})",
        "zh": "（系统判断为 {level}；已由 {reviewer} 更改：{reason}）",
    },
    "assessment": {"en": "Assessment", "zh": "评估"},
    "assessment.none": {"en": "No disposition yet.", "zh": "尚无处置级别。"},
    "assessment.title": {
        "en": "Assessment (original, as given to the patient)",
        "zh": "评估（原始内容，即患者看到的）",
    },
    "assessment.levels": {
        "en": "{level} at {at} — rules: {rules}, model: {model}",
        "zh": "{level}，{at} — 规则：{rules}，模型：{model}",
    },
    "assessment.reasons": {"en": "Reasons", "zh": "理由"},
    "assessment.advice": {"en": "Advice given", "zh": "给出的建议"},
    "assessment.self_care": {"en": "Self-care", "zh": "自我护理"},
    "assessment.help": {"en": "Get help now if", "zh": "出现以下情况请立即求助"},
    "none": {"en": "none", "zh": "无"},
    "flags": {"en": "Red flags", "zh": "危险信号"},
    "flag.raised": {"en": "raised by {source}", "zh": "由{source}发现"},
    "flag.source.rule": {"en": "rule", "zh": "规则"},
    "flag.source.model": {"en": "model", "zh": "模型"},
    "flag.guideline": {"en": "guideline", "zh": "依据"},
    "flag.evidence": {"en": "Evidence", "zh": "证据"},
    "flag.message": {"en": "Patient message #{seq}", "zh": "患者第 {seq} 条消息"},
    "record": {"en": "Intake record", "zh": "问诊记录"},
    "record.as_of": {"en": " (as of {at})", "zh": "（截至 {at}）"},
    "record.empty": {"en": "empty", "zh": "空"},
    "transcript": {"en": "Transcript", "zh": "对话记录"},
    "sources": {"en": "Answered from:", "zh": "回答依据："},
    "sources.outdated": {"en": "since updated or removed", "zh": "之后已更新或删除"},
    "role.patient": {"en": "patient", "zh": "患者"},
    "role.agent": {"en": "agent", "zh": "助手"},
    "reviews": {"en": "Sign-offs", "zh": "签核记录"},
    "reviews.none": {"en": "not reviewed yet", "zh": "尚未审核"},
    "review.reviewed": {"en": "reviewed", "zh": "已审核"},
    "review.not_reviewed": {"en": "not reviewed", "zh": "未审核"},
    "review.override": {
        "en": "; override to {level} — {reason}",
        "zh": "；更改为 {level} — {reason}",
    },
    "review.note": {"en": "; note: ", "zh": "；备注："},
    "exports": {"en": "Export", "zh": "导出"},
    "exports.fhir": {"en": "FHIR R4 JSON", "zh": "FHIR R4 JSON"},
    "exports.markdown": {"en": "printable Markdown", "zh": "可打印的 Markdown"},
    "exports.print": {"en": "Print", "zh": "打印"},
    "sbar.language": {"en": "SBAR language", "zh": "SBAR 语言"},
    "signoff.reviewed": {"en": "Reviewed", "zh": "已审核"},
    "signoff.note": {"en": "Nurse note", "zh": "护士备注"},
    "signoff.no_override": {"en": "No override", "zh": "不更改"},
    "signoff.override": {"en": "Override disposition", "zh": "更改处置级别"},
    "signoff.reason": {"en": "Reason for the override", "zh": "更改理由"},
    "signoff.save": {"en": "Save sign-off", "zh": "保存签核"},
    "signoff.saved": {"en": "Saved by {name}.", "zh": "已由 {name} 保存。"},
    # the audit tab
    "tab.audit": {"en": "Audit log", "zh": "审计日志"},
    "audit.show": {"en": "Show the audit log", "zh": "显示审计日志"},
    "audit.when": {"en": "When", "zh": "时间"},
    "audit.who": {"en": "Who", "zh": "用户"},
    "audit.action": {"en": "Action", "zh": "操作"},
    "audit.object": {"en": "Object", "zh": "对象"},
    "audit.id": {"en": "Id", "zh": "编号"},
    # levels
    "level.emergency": {"en": "Emergency", "zh": "急诊"},
    "level.urgent": {"en": "Urgent", "zh": "紧急"},
    "level.non_urgent": {"en": "Non-urgent", "zh": "非紧急"},
    "level.self_care": {"en": "Self-care", "zh": "自我护理"},
    "level.in_progress": {"en": "In progress", "zh": "进行中"},
}


def text(key: str, language: str, **values: object) -> str:
    """Return the workspace text ``key`` in ``language`` (English when unknown), filled in."""
    by_language = TEXTS[key]
    return by_language.get(language, by_language["en"]).format(**values)


def name_of(kind: str, value: str, language: str) -> str:
    """Return a stored code (a role, a flag source) in ``language``, or as it is if unknown."""
    by_language = TEXTS.get(f"{kind}.{value}")
    return by_language.get(language, by_language["en"]) if by_language else value


def level_label(level: str, language: str) -> str:
    """Return a disposition level (or ``in_progress``) as the workspace names it."""
    return text(f"level.{level}", language)
