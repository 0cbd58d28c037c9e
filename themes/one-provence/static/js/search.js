// Site search over the language's index (window.OP_SEARCH_INDEX, a plain script: works from
// file://), with MiniSearch (vendored, js/vendor/minisearch.js) for the index and the ranking
// and the site's analyzer (js/analyzer.js, the same rules as the build's) for the words: text
// and query are folded (accents, Arabic diacritics and letter variants), split (a hyphenated
// word also gives its joined form: "startup" finds "start-up") and lightly stemmed (حاضنة finds
// الحاضنات). Terms are ORed, matched as prefixes, and forgiven a typo when they are long; the
// results come by MiniSearch's score (a title counts three times). The query is kept in the
// address (#q=…) so a search can be shared and reopened, online or from file://.
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  var list = document.querySelector("[data-search-results]");
  var status = document.querySelector("[data-search-status]");
  var index = window.OP_SEARCH_INDEX;
  var A = window.OPAnalyzer;
  if (!form || !list || !status || !index || !A || typeof window.MiniSearch !== "function") return;
  var input = form.querySelector("input[name=q]");
  var lang = document.documentElement.lang || "fr";
  // The lexicon's stop words when the page has them; none otherwise (every word counts).
  var given = window.OP_ORIENTATION && window.OP_ORIENTATION.stop;
  var stops = { fr: (given && given.fr) || [], en: (given && given.en) || [], ar: (given && given.ar) || [] };

  var forms = {};
  JSON.parse(status.getAttribute("data-forms")).forEach(function (p) { forms[p[0]] = p[1]; });
  var rules = new Intl.PluralRules(lang);

  // Offline builds (file://) mark the way back to the site's root; links must name files there.
  var root = document.documentElement.getAttribute("data-root");
  function href(u) {
    if (root === null) return u;
    return root + u.replace(/^\//, "") + (/\/$/.test(u) ? "index.html" : "");
  }

  // The analyzer splits words itself (it keeps "start-up" whole to add "startup"): MiniSearch
  // only cuts at white space, and each piece becomes the analyzer's tokens (possibly none).
  function tokenize(text) { return text.split(/\s+/); }
  function processTerm(term) {
    var tokens = A.analyze(term, lang, stops);
    return tokens.length ? tokens : null;
  }

  var engine = new window.MiniSearch({
    idField: "id",
    fields: ["t", "s", "x"],
    tokenize: tokenize,
    processTerm: processTerm,
    searchOptions: {
      boost: { t: 3 },
      prefix: true,
      fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; },
      combineWith: "OR"
    }
  });
  engine.addAll(index.map(function (d, i) { return { id: i, t: d.t || "", s: d.s || "", x: d.x || "" }; }));

  // The words of a text as written, with where they start: letters, marks and digits, joined
  // by hyphens (apostrophes separate: "l'incubateur" holds "incubateur").
  var WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

  // Whether a word as written is one the result matched (one of its tokens is a matched term).
  function matcher(terms) {
    var set = {};
    terms.forEach(function (t) { set[t] = true; });
    return function (word) {
      return A.analyze(word, lang, stops).some(function (t) { return set[t] === true; });
    };
  }

  var BEFORE = 70;
  var LENGTH = 220;

  // A passage of `text` cut on word boundaries around its first matched word (or its start),
  // as a list of pieces: strings, and {mark: word} for matched words.
  function snippet(text, isMatch) {
    var m;
    var first = -1;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (isMatch(m[0])) { first = m.index; break; }
    }
    var start = 0;
    if (first > BEFORE) {
      // Start at the beginning of a word, BEFORE characters or so ahead of the match.
      start = first - BEFORE;
      var space = text.slice(start, first).search(/\s/);
      start = space === -1 ? first : start + space + 1;
    }
    var end = Math.min(text.length, start + LENGTH);
    if (end < text.length) {
      var cut = text.slice(0, end).search(/\s\S*$/);
      if (cut > Math.max(start, first)) end = cut;
    }
    var passage = text.slice(start, end).trim();
    var pieces = [];
    var last = 0;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(passage)) !== null) {
      if (!isMatch(m[0])) continue;
      if (m.index > last) pieces.push(passage.slice(last, m.index));
      pieces.push({ mark: m[0] });
      last = m.index + m[0].length;
    }
    if (last < passage.length) pieces.push(passage.slice(last));
    if (start > 0) pieces.unshift("… ");
    if (end < text.length) pieces.push(" …");
    return pieces;
  }

  function search(q) {
    if (!q.trim()) return [];
    return engine.search(q).map(function (r) {
      return { doc: index[r.id], terms: r.terms };
    });
  }

  function render(results) {
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      li.className = "search-result";
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = href(r.doc.u);
      a.textContent = r.doc.t;
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
      snippet(r.doc.x || "", matcher(r.terms)).forEach(function (piece) {
        if (typeof piece === "string") {
          p.appendChild(document.createTextNode(piece));
        } else {
          var mark = document.createElement("mark");
          mark.textContent = piece.mark;
          p.appendChild(mark);
        }
      });
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  // The count is announced once typing pauses, not at every key.
  var announce = null;
  function count(q, n) {
    clearTimeout(announce);
    var text = q.trim() ? (forms[rules.select(n)] || forms.other).replace("{n}", String(n)) : "";
    announce = setTimeout(function () {
      if (status.textContent !== text) status.textContent = text;
    }, 250);
  }

  function readAddress() {
    var fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("q");
    if (fromHash !== null) return fromHash;
    return new URLSearchParams(location.search).get("q") || "";
  }

  function writeAddress(q) {
    var hash = q.trim() ? "#q=" + encodeURIComponent(q) : "";
    if (hash === location.hash || (!hash && !location.hash)) return;
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (err) {
      try { location.replace(hash || "#"); } catch (e) { /* the address stays as it was */ }
    }
  }

  function show(q, keep) {
    var results = search(q);
    render(results);
    count(q, results.length);
    if (keep) writeAddress(q);
  }

  input.addEventListener("input", function () { show(input.value, true); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    show(input.value, true);
  });
  window.addEventListener("hashchange", function () {
    // Only a #q=… address is a search (the skip link's #main is not).
    var q = new URLSearchParams(location.hash.replace(/^#/, "")).get("q");
    if (q !== null && q !== input.value) { input.value = q; show(q, false); }
  });
  var initial = readAddress();
  if (initial) { input.value = initial; show(initial, false); }
})();
