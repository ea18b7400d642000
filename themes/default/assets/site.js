// ReviewSite default theme. Everything works without this file; it adds:
// - "Exit this page": replaces the history entry and leaves on Shift pressed three times;
// - "Link to this page": copies the address instead of following the link;
// - the accessibility view (larger text, high contrast), remembered with localStorage.
(function () {
  "use strict";
  var root = document.documentElement;

  function exitPage(url) {
    // Blank the page first so nothing lingers on screen, then leave without a history entry.
    document.body.classList.add("exiting");
    window.location.replace(url);
  }

  var exitLink = document.querySelector("[data-exit-url]");
  if (exitLink) {
    var exitURL = exitLink.getAttribute("data-exit-url");
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      exitPage(exitURL);
    });
    var presses = 0;
    var timer = null;
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { presses = 0; return; }
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) { presses = 0; exitPage(exitURL); return; }
      timer = setTimeout(function () { presses = 0; }, 1000);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard) { return; }
      event.preventDefault();
      navigator.clipboard.writeText(link.getAttribute("data-copy")).then(function () {
        var status = document.querySelector("[data-copy-status]");
        if (status) { status.textContent = "Link copied"; }
      });
    });
  });

  function stored(name) {
    try { return window.localStorage.getItem("reviewsite-" + name) === "on"; } catch (e) { return false; }
  }
  function store(name, on) {
    try { window.localStorage.setItem("reviewsite-" + name, on ? "on" : "off"); } catch (e) { /* private mode */ }
  }
  var controls = document.querySelector("[data-view-controls]");
  if (controls) {
    controls.hidden = false;
    Array.prototype.forEach.call(controls.querySelectorAll("[data-view]"), function (button) {
      var name = button.getAttribute("data-view");
      function apply(on) {
        root.classList.toggle("view-" + name, on);
        button.setAttribute("aria-pressed", on ? "true" : "false");
      }
      apply(stored(name));
      button.addEventListener("click", function () {
        var on = button.getAttribute("aria-pressed") !== "true";
        apply(on);
        store(name, on);
      });
    });
  }
})();
