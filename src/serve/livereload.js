// Injected by `oneprovence serve` only: waits for the next build, reloads the page when it
// succeeds, shows the error (file, line, message) over the page when it fails.
(function () {
  "use strict";
  var version = null;
  function overlay(message) {
    var box = document.getElementById("oneprovence-error");
    if (!message) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("pre");
      box.id = "oneprovence-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:1rem;z-index:99999;overflow:auto;margin:0;padding:1.5rem;" +
        "background:#fff8f6;color:#5c1a0b;border:4px solid #a63d24;border-radius:.5rem;" +
        "font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;direction:ltr;text-align:left";
      document.body.appendChild(box);
    }
    box.textContent = "oneprovence: the last build failed; the page shows the last good build.\n\n" + message;
  }
  function poll() {
    fetch("/__oneprovence/poll?v=" + (version === null ? 0 : version), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (version !== null && s.version !== version && !s.error) { location.reload(); return; }
        version = s.version;
        overlay(s.error);
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
