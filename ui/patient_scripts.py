"""The patient chat's browser-side scripts: the resume link in the address bar, and accessibility.

Run by ``ui/patient.py`` on page load and after every event (Gradio's ``js=``).
"""

# After a reply, put the tab's resume token in the address bar (or remove it): a reload
# resumes the same conversation, and the fragment never reaches the server.
SYNC_HASH_JS = """() => {
  const el = document.querySelector('#triage-resume .triage-resume');
  const token = el ? el.dataset.token : '';
  const bare = location.pathname + location.search;
  history.replaceState(null, '', token ? bare + '#resume=' + token : bare);
}"""
# After every event, for assistive technology: the page's language on <html lang> (from the
# header), a name in that language for the conversation (Gradio's chat log is already a polite
# live region, so new replies are read out) and keyboard access to its scrolling area; the
# emergency banner (role=alert, assertive) takes the focus once; and when a turn took the
# focus away (the box and Send are disabled while it runs), it goes back to the message box.
A11Y_JS = """() => {
  const head = document.querySelector('#triage-top .triage-header');
  if (head) {
    document.documentElement.lang = head.lang;
    const name = head.dataset.chatLabel;
    const log = document.querySelector('#triage-chat [role=log]');
    if (log) log.setAttribute('aria-label', name);
    document.querySelectorAll('#triage-chat .bubble-wrap').forEach((el) => {
      el.tabIndex = 0;
      if (!el.matches('[role=log]')) el.setAttribute('aria-label', name);
    });
  }
  const alarm = document.querySelector('#triage-banner .triage-banner-emergency');
  if (alarm && !alarm.dataset.focused) {
    alarm.dataset.focused = '1';
    alarm.focus();
    return;
  }
  const box = document.querySelector('#triage-input textarea');
  const active = document.activeElement;
  // Lost: on nothing, or still on Send or another control the turn disabled (Chromium may
  // keep the focus on a button that was disabled under it).
  const lost = !active || active === document.body || active.disabled
    || active.matches('#triage-send');
  if (!box || !lost) return;
  // The box may be enabled by an update a moment after this one: try again for up to 2 s.
  const put = (tries) => {
    if (!box.disabled) box.focus();
    else if (tries > 0) setTimeout(() => put(tries - 1), 50);
  };
  put(40);
}"""
AFTER_EVENT_JS = f"() => {{ ({SYNC_HASH_JS})(); ({A11Y_JS})(); }}"
READ_HASH_JS = """() => {
  const m = location.hash.match(/resume=([A-Za-z0-9_-]{16,128})/);
  return m ? m[1] : '';
}"""
