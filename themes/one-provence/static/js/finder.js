// Orientation finder: three questions filter the directory list that the page already holds
// (its data is in the page, so it works from file:// with no request). The answers are kept in
// the address's #fragment so a result can be shared; the count is announced to screen readers.
(function () {
  "use strict";
  var form = document.querySelector("[data-finder]");
  var status = document.querySelector("[data-finder-status]");
  if (!form || !status) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-entry]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var forms = {};
  JSON.parse(status.getAttribute("data-forms")).forEach(function (pair) { forms[pair[0]] = pair[1]; });
  var rules = new Intl.PluralRules(document.documentElement.lang);

  function wanted() {
    var want = {};
    selects.forEach(function (s) { if (s.value) want[s.name] = s.value; });
    return want;
  }

  function matches(entry, want) {
    return Object.keys(want).every(function (field) {
      return (entry.getAttribute("data-" + field) || "").split(" ").indexOf(want[field]) !== -1;
    });
  }

  function apply(updateAddress) {
    var want = wanted();
    var shown = {};
    entries.forEach(function (e) {
      var ok = matches(e, want);
      e.hidden = !ok;
      if (ok) shown[e.getAttribute("data-entry")] = true;
    });
    groups.forEach(function (g) {
      var visible = g.querySelectorAll("[data-entry]:not([hidden])").length;
      g.hidden = visible === 0;
      var count = g.querySelector(".group-count");
      if (count) count.textContent = "(" + visible + ")";
    });
    var n = Object.keys(shown).length;
    var text = forms[rules.select(n)] || forms.other;
    status.textContent = text.replace("{n}", String(n));
    if (updateAddress) {
      var parts = Object.keys(want).map(function (k) { return k + "=" + encodeURIComponent(want[k]); });
      var hash = parts.length ? "#" + parts.join("&") : "";
      if (hash !== location.hash) {
        if (hash) location.replace(hash); else location.replace("#");
      }
    }
  }

  function readAddress() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    });
    selects.forEach(function (s) {
      var v = params[s.name] || "";
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === v; });
      s.value = known ? v : "";
    });
  }

  form.hidden = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
  window.addEventListener("hashchange", function () { readAddress(); apply(false); });
  readAddress();
  apply(false);
})();
