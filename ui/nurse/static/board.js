// The review board: a row opens with a click anywhere on it, or with the row's button
// (Enter or Space from the keyboard). Gradio runs this file as the board's js_on_load:
// `element` is the board's container (it stays while the rows are re-rendered), and
// `trigger` fires the board's click event, with the session id, to the Python handler.
element.addEventListener("click", function (event) {
  var row = event.target.closest("[data-session]");
  if (row && element.contains(row)) {
    trigger("click", {session: row.dataset.session});
  }
});
