// The booth's touch screen (issue #31), on every page of a `build --kiosk` folder. Touch
// first: no context menu, no pinch zoom, no way out of the folder. After `[kiosk]
// idle_seconds` (site.toml) without a touch, "still there?" counts ten seconds down, then the
// kiosk starts again from its attract loop with everything forgotten (the next page load
// starts clean; storage is cleared). On the root page: the attract loop, every language in
// turn, and the start screen a touch opens. On the orientation page: common needs as buttons.
(function () {
  "use strict";
  var html = document.documentElement;
  var idle = Number(html.getAttribute("data-kiosk-idle")) || 90;
  var root = html.getAttribute("data-root") || "";
  var COUNTDOWN = 10;

  document.addEventListener("contextmenu", function (e) { e.preventDefault(); });
  document.addEventListener("gesturestart", function (e) { e.preventDefault(); });
  document.addEventListener("wheel", function (e) { if (e.ctrlKey) e.preventDefault(); }, { passive: false });
  document.addEventListener("dblclick", function (e) { e.preventDefault(); });
  // Nothing leaves the folder: a link with a scheme (web, mail) is not followed.
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href]") : null;
    if (a && /^[a-z][a-z0-9+.-]*:/i.test(a.getAttribute("href")) && !/^file:/i.test(a.getAttribute("href"))) {
      e.preventDefault();
    }
  }, true);

  var attract = document.querySelector("[data-kiosk-attract]");
  var start = document.querySelector("[data-kiosk-start]");
  var overlay = document.querySelector(".kiosk-idle");
  var count = overlay && overlay.querySelector(".kiosk-count");
  var last = Date.now();
  var counting = false;

  function forget() {
    try { sessionStorage.clear(); localStorage.clear(); } catch (err) { /* file:// may refuse */ }
  }

  var leaving = false;
  function restart() {
    forget();
    if (attract) { showAttract(); return; }
    // Once: a second assignment would abort the navigation under way.
    leaving = true;
    location.href = root + "index.html";
  }

  function touched(e) {
    // A touch on "still there?" is answered on click: hidden at pointerdown, the overlay
    // would let the same touch press whatever lies under it.
    if (counting && overlay.contains(e.target)) return;
    last = Date.now();
    if (counting) {
      counting = false;
      overlay.hidden = true;
    }
  }
  ["pointerdown", "touchstart", "keydown", "wheel", "input"].forEach(function (type) {
    document.addEventListener(type, touched, { capture: true, passive: true });
  });

  setInterval(function () {
    if (leaving) return;
    if (attract && !attract.hidden) { last = Date.now(); return; }
    var quiet = (Date.now() - last) / 1000;
    if (!overlay) return;
    if (quiet >= idle && !counting) {
      counting = true;
      overlay.hidden = false;
    }
    if (counting) {
      var left = Math.max(0, Math.ceil(idle + COUNTDOWN - quiet));
      count.textContent = String(left);
      if (left <= 0) {
        counting = false;
        overlay.hidden = true;
        restart();
      }
    }
  }, 250);
  if (overlay) {
    overlay.addEventListener("click", function (e) {
      e.preventDefault();
      last = Date.now();
      counting = false;
      overlay.hidden = true;
    });
  }

  // --- The root page: attract loop and start screen -------------------------------------
  var slides = [];
  var current = 0;
  function show(n) {
    current = n;
    slides.forEach(function (s, k) { s.hidden = k !== n; });
  }
  function showAttract() {
    if (start) start.hidden = true;
    attract.hidden = false;
    show(0);
    window.scrollTo(0, 0);
  }
  function showStart() {
    attract.hidden = true;
    start.hidden = false;
    goBack();
    last = Date.now();
  }
  function goBack() {
    start.querySelector("[data-kiosk-langs]").hidden = false;
    [].forEach.call(start.querySelectorAll("[data-go]"), function (g) { g.hidden = true; });
  }
  if (attract && start) {
    var now = Date.now();
    // What is still to come, decided here: the build never reads the clock.
    [].forEach.call(attract.querySelectorAll("[data-kiosk-events]"), function (slide) {
      [].forEach.call(slide.querySelectorAll("li"), function (li) {
        var end = Number(li.getAttribute("data-end") || li.getAttribute("data-start") || 0);
        if (!end || end < now) li.remove();
      });
      if (!slide.querySelector("li")) slide.remove();
    });
    slides = [].slice.call(attract.querySelectorAll(".kiosk-slide"));
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var dwell = still ? 12000 : 8000;
    show(0);
    setInterval(function () {
      if (!attract.hidden && slides.length) show((current + 1) % slides.length);
    }, dwell);
    // On "click", not "pointerdown": the start screen would appear under the finger and take
    // the same touch as a tap on whatever button lies there.
    attract.addEventListener("click", function (e) { e.preventDefault(); showStart(); });
    document.addEventListener("keydown", function (e) {
      if (!attract.hidden && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showStart(); }
    });
    [].forEach.call(start.querySelectorAll("[data-lang]"), function (b) {
      b.addEventListener("click", function () {
        start.querySelector("[data-kiosk-langs]").hidden = true;
        var go = start.querySelector("[data-go='" + b.getAttribute("data-lang") + "']");
        go.hidden = false;
        go.querySelector("a").focus();
      });
    });
    [].forEach.call(start.querySelectorAll("[data-kiosk-back]"), function (b) {
      b.addEventListener("click", goBack);
    });
  }

  // --- The orientation page: the common needs as buttons, no keyboard needed -------------
  var form = document.querySelector("[data-orientation]");
  var data = window.OP_ORIENTATION;
  if (form && data && data.concepts) {
    var needs = Object.keys(data.concepts).filter(function (c) {
      return (data.concepts[c].fields || []).indexOf("needs") >= 0;
    }).sort(function (a, b) { return data.concepts[b].n - data.concepts[a].n; });
    if (needs.length) {
      var box = document.createElement("div");
      box.className = "kiosk-needs";
      var input = form.querySelector("input[name=q]");
      needs.forEach(function (c) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "kiosk-button";
        b.textContent = data.concepts[c].label;
        b.addEventListener("click", function () {
          input.value = data.concepts[c].label;
          if (form.requestSubmit) form.requestSubmit(); else form.dispatchEvent(new Event("submit"));
        });
        box.appendChild(b);
      });
      form.appendChild(box);
    }
  }
})();
