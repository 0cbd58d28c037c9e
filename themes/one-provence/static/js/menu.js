// The main menu on a narrow screen (issue #29). Without this script the menu wraps onto as many
// lines as it needs (never sideways scrolling). With it, when the items do not fit on one line,
// a "Menu" button shows them as a list: aria-expanded says whether it is open, Escape closes it
// and gives the focus back to the button, and opening moves the focus to the current page's
// item (or the first). Whether the items fit is measured, not guessed from a width: labels are
// longer in some languages than in others.
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  var button = nav && nav.querySelector(".menu-toggle");
  var list = nav && nav.querySelector("ul");
  if (!button || !list) return;
  var items = list.children;

  function fitsOnOneLine() {
    nav.classList.remove("is-collapsible");
    return items[0].offsetTop === items[items.length - 1].offsetTop;
  }

  function open(yes, focus) {
    nav.classList.toggle("is-open", yes);
    button.setAttribute("aria-expanded", yes ? "true" : "false");
    if (yes && focus) {
      (list.querySelector("[aria-current]") || list.querySelector("a")).focus();
    }
  }

  function layout() {
    var wasOpen = nav.classList.contains("is-open");
    nav.classList.remove("is-open");
    var collapse = !fitsOnOneLine();
    nav.classList.toggle("is-collapsible", collapse);
    button.hidden = !collapse;
    open(collapse && wasOpen, false);
  }

  button.addEventListener("click", function () {
    open(button.getAttribute("aria-expanded") !== "true", true);
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      open(false, false);
      button.focus();
    }
  });
  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; layout(); });
  });
  layout();
})();
