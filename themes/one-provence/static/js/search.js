// Site search over the language's index (window.OP_SEARCH_INDEX, a plain script: works from
// file://). Text and query go through the same folding: accents dropped (hydrogene finds
// hydrogène), Arabic tashkeel and tatweel removed, alef/yaa/taa marbuta variants unified.
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  var list = document.querySelector("[data-search-results]");
  var status = document.querySelector("[data-search-status]");
  var index = window.OP_SEARCH_INDEX;
  if (!form || !list || !index) return;
  var forms = {};
  JSON.parse(status.getAttribute("data-forms")).forEach(function (p) {
    forms[p[0]] = p[1];
  });
  var rules = new Intl.PluralRules(document.documentElement.lang);
  // Offline builds (file://) mark the way back to the site's root; links must name files there.
  var root = document.documentElement.getAttribute("data-root");
  function href(u) {
    if (root === null) return u;
    return root + u.replace(/^\//, "") + (/\/$/.test(u) ? "index.html" : "");
  }

  // Folds one character; returns "" for characters that vanish (marks).
  function fold(c) {
    var d = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (/[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/.test(d)) return "";
    d = d.replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0624/g, "\u0648")
      .replace(/\u0626/g, "\u064A")
      .replace(/[\u2019\u02BC]/g, "'");
    return d.toLowerCase();
  }

  // The folded text, and for each folded position the position in the original.
  function normalise(text) {
    var out = "";
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var k = 0; k < f.length; k++) { out += f[k]; map.push(i); }
    }
    return { text: out, map: map };
  }

  var docs = index.map(function (d) {
    return { doc: d, title: normalise(d.t).text, body: normalise(d.x) };
  });

  function terms(q) {
    return normalise(q).text.split(/[\s,;:!?.«»"()\u060C\u061F]+/).filter(function (w) { return w.length > 0; });
  }

  function snippet(entry, word) {
    var at = entry.body.text.indexOf(word);
    if (at < 0) return entry.doc.x.slice(0, 180);
    var start = entry.body.map[Math.max(0, at - 60)] || 0;
    var end = entry.body.map[Math.min(entry.body.map.length - 1, at + word.length + 120)] || entry.doc.x.length;
    var text = entry.doc.x.slice(start, end);
    return (start > 0 ? "… " : "") + text + (end < entry.doc.x.length ? " …" : "");
  }

  function search(q) {
    var words = terms(q);
    if (words.length === 0) return [];
    return docs
      .map(function (e) {
        var score = 0;
        for (var i = 0; i < words.length; i++) {
          var inTitle = e.title.indexOf(words[i]) !== -1;
          var inBody = e.body.text.indexOf(words[i]) !== -1;
          if (!inTitle && !inBody) return null;
          score += (inTitle ? 10 : 0) + (inBody ? 1 : 0);
        }
        return { entry: e, score: score };
      })
      .filter(Boolean)
      .sort(function (a, b) { return b.score - a.score || a.entry.doc.t.localeCompare(b.entry.doc.t); })
      .map(function (r) { return { doc: r.entry.doc, snippet: snippet(r.entry, words[0]) }; });
  }

  function show(q) {
    var results = search(q);
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      li.className = "search-result";
      var a = document.createElement("a");
      a.href = href(r.doc.u);
      a.textContent = r.doc.t;
      var h = document.createElement("h2");
      h.appendChild(a);
      li.appendChild(h);
      if (r.doc.s) {
        var s = document.createElement("p");
        s.className = "search-section";
        s.textContent = r.doc.s;
        li.appendChild(s);
      }
      var p = document.createElement("p");
      p.className = "search-snippet";
      p.textContent = r.snippet;
      li.appendChild(p);
      list.appendChild(li);
    });
    var n = results.length;
    status.textContent = q.trim() ? (forms[rules.select(n)] || forms.other).replace("{n}", String(n)) : "";
  }

  var input = form.querySelector("input[name=q]");
  var initial = new URLSearchParams(location.search).get("q") || decodeURIComponent((location.hash.match(/q=([^&]*)/) || [])[1] || "");
  if (initial) { input.value = initial; show(initial); }
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    show(input.value);
    try { location.replace("#q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// */ }
  });
})();
