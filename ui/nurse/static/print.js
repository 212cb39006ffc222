// The session view's Print button: the browser's own print, which the workspace's print
// stylesheet (workspace.css, @media print) turns into a clean page of the session and its
// SBAR. Gradio runs this file as the export links' js_on_load (`element` is their box).
element.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
