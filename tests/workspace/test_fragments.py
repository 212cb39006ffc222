"""The workspace's templates escape every value they print, `$` and backticks included.

Gradio fills ``gr.HTML`` through a JavaScript template, so `${...}` and backticks in stored
text must not reach it live; the Jinja2 environment's ``finalize`` escapes them with the
HTML, for every value, so no template has to remember to.
"""

from __future__ import annotations

from types import SimpleNamespace

from markupsafe import Markup

from ui.nurse.fragments import inert, render

PAYLOAD = '<img src=x onerror="a()"> ${document.cookie} `b` & c'


def test_every_printed_value_is_inert_in_html_and_in_gradios_template() -> None:
    shown = render("muted.html", "en", message=PAYLOAD)
    assert shown.strip() == (
        '<p class="nw-muted">&lt;img src=x onerror=&#34;a()&#34;&gt; &#36;{document.cookie}'
        " &#96;b&#96; &amp; c</p>"
    )
    assert inert(None) == "" and inert(Markup("<b>ours</b>")) == "<b>ours</b>"


def test_values_filled_into_a_workspace_text_stay_inert_around_our_own_markup() -> None:
    saved = render("saved.html", "zh", name="<i>ann</i>$")
    assert saved.strip() == '<p id="nw-saved">已由 &lt;i&gt;ann&lt;/i&gt;&#36; 保存。</p>'
    user = SimpleNamespace(name="<b>ann</b>", role="nurse`")
    header = render("header.html", "en", user=user, base="/nurse")
    assert "Logged in as &lt;b&gt;ann&lt;/b&gt; (nurse&#96;)" in header  # fmt() fills it
    assert '<form method="post" action="/nurse/logout" class="nw-logout">' in header
