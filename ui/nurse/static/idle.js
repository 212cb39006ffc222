// The nurse workspace's idle logout. Loaded by the page's <head> with
//   <script src=".../nw-static/idle.js" data-base="/nurse" data-idle-minutes="15">
// After that long without activity the page ends the login on the server and leaves for
// the login form, so no health data stays on screen. The server's own idle check stays
// the authority; reading (keys, clicks, mouse, scrolling) is told to it at most once a
// minute (POST /nurse/alive), so its clock measures the nurse, not the page's requests.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script.dataset.base;
  var limit = Number(script.dataset.idleMinutes) * 60 * 1000;
  var last = Date.now(), told = Date.now(), leaving = false;

  function leave() {
    leaving = true;
    window.location.replace(base + "/login?expired=1");
  }

  ["mousemove", "keydown", "click", "scroll", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function () { last = Date.now(); }, {passive: true});
  });

  setInterval(function () {
    if (last > told && Date.now() - told > 60000 && !leaving) {
      told = Date.now();
      fetch(base + "/alive", {method: "POST", credentials: "same-origin"})
        .then(function (answer) { if (answer.status === 401) { leave(); } });
    }
    if (Date.now() - last > limit && !leaving) {
      leaving = true;  // end the login on the server too, then leave the page
      fetch(base + "/logout?idle=1", {method: "POST", credentials: "same-origin"})
        .finally(function () { window.location.replace(base + "/login?expired=1"); });
    }
  }, 5000);
})();
