// ReviewSite default theme. Everything works without this file; it adds:
// - "Exit this page", behaving like GOV.UK Frontend's component: leaves without a history
//   entry (location.replace), on a click or on Shift pressed three times within 5 seconds of
//   each other, with a progress indicator, status messages and a "Loading." overlay;
// - "Link to this page": a button that copies the address (the address is plain text without
//   JavaScript);
// - the accessibility view (larger text, high contrast), kept for this tab only in
//   sessionStorage, and removed from it when turned off.
(function () {
  "use strict";
  var root = document.documentElement;
  var WINDOW_MS = 5000;

  var exitLink = document.querySelector("[data-exit-url]");
  if (exitLink) {
    var exitURL = exitLink.getAttribute("data-exit-url");
    var bar = exitLink.parentNode;
    var overlay = null;

    // Only with JavaScript does Shift work, so only then is the hint added.
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " (or press Shift three times)";
    exitLink.appendChild(hint);

    var indicator = document.createElement("span");
    indicator.className = "exit-indicator";
    indicator.setAttribute("aria-hidden", "true");
    var lights = [];
    for (var i = 0; i < 3; i++) {
      lights.push(indicator.appendChild(document.createElement("span")));
    }
    exitLink.appendChild(indicator);

    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    bar.appendChild(status);

    var presses = 0;
    var lastKeyHadShift = false;
    var windowTimer = null;
    var messageTimer = null;

    var showPresses = function () {
      indicator.classList.toggle("is-visible", presses > 0);
      lights.forEach(function (light, index) { light.classList.toggle("is-on", index < presses); });
    };

    var exitPage = function () {
      status.textContent = "";
      document.body.classList.add("exiting");
      overlay = document.createElement("div");
      overlay.className = "exit-overlay";
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
      // Text set after the element is in the page, so screen readers announce it.
      overlay.textContent = "Loading.";
      window.location.replace(exitURL);
    };

    var expire = function () {
      clearTimeout(windowTimer);
      windowTimer = null;
      presses = 0;
      showPresses();
      status.textContent = "Exit this page expired.";
      messageTimer = setTimeout(function () { status.textContent = ""; }, WINDOW_MS);
    };

    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      exitPage();
    });

    document.addEventListener("keyup", function (event) {
      // Shift on its own counts; the Shift of Shift+Tab or Shift+A does not (its key-up
      // follows another key-up that had shiftKey set).
      if ((event.key === "Shift" || event.keyCode === 16) && !lastKeyHadShift) {
        presses += 1;
        showPresses();
        clearTimeout(messageTimer);
        clearTimeout(windowTimer);
        if (presses >= 3) {
          presses = 0;
          windowTimer = null;
          exitPage();
        } else {
          status.textContent = presses === 1 ? "Shift, press 2 more times to exit." : "Shift, press 1 more time to exit.";
          windowTimer = setTimeout(expire, WINDOW_MS);
        }
      } else if (windowTimer) {
        expire();
      }
      lastKeyHadShift = event.shiftKey;
    }, true);

    // Back to a page kept in the back/forward cache: take the overlay away again.
    window.addEventListener("pageshow", function () {
      document.body.classList.remove("exiting");
      if (overlay) { overlay.remove(); overlay = null; }
      presses = 0;
      status.textContent = "";
      showPresses();
    });
  }

  var copyStatus = document.querySelector("[data-copy-status]");
  var clearTimer = null;
  var say = function (text) {
    if (!copyStatus) { return; }
    copyStatus.textContent = text;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(function () { copyStatus.textContent = ""; }, 5000);
  };
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (item) {
    var address = item.getAttribute("data-copy");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.setAttribute("data-copy", address);
    button.textContent = "Copy link to this page";
    button.addEventListener("click", function () {
      var copied = function () { say("Link copied"); };
      var failed = function () { say("Could not copy the link. The address is " + address); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(address).then(copied, failed);
      } else {
        failed();
      }
    });
    item.removeAttribute("data-copy");
    item.textContent = "";
    item.appendChild(button);
  });

  var key = function (name) { return "reviewsite-" + name; };
  var stored = function (name) {
    try { return window.sessionStorage.getItem(key(name)) === "on"; } catch (e) { return false; }
  };
  var store = function (name, on) {
    try {
      if (on) { window.sessionStorage.setItem(key(name), "on"); } else { window.sessionStorage.removeItem(key(name)); }
    } catch (e) { /* storage blocked: the view lasts for this page only */ }
  };
  // Settings from earlier versions of this theme, kept in localStorage: remove them.
  try {
    window.localStorage.removeItem(key("large-text"));
    window.localStorage.removeItem(key("high-contrast"));
  } catch (e) { /* storage blocked */ }

  var controls = document.querySelector("[data-view-controls]");
  if (controls) {
    controls.hidden = false;
    Array.prototype.forEach.call(controls.querySelectorAll("[data-view]"), function (button) {
      var name = button.getAttribute("data-view");
      var apply = function (on) {
        root.classList.toggle("view-" + name, on);
        button.setAttribute("aria-pressed", on ? "true" : "false");
      };
      apply(stored(name));
      button.addEventListener("click", function () {
        var on = button.getAttribute("aria-pressed") !== "true";
        apply(on);
        store(name, on);
      });
    });
  }
})();
