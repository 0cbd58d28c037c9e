// Orientation: a question in the reader's words, answered with ranked entries of every
// directory. Concepts are recognised from the lexicon's forms (analyzed by the build with the
// same rules as OPAnalyzer), matched against the entries' vocabulary values; full-text
// relevance (MiniSearch, BM25+) comes next. No answer covers every concept: the least specific
// one is relaxed, and the page says so. The question lives in the address (#q=...).
(function () {
  "use strict";
  var data = window.OP_ORIENTATION;
  var A = window.OPAnalyzer;
  var form = document.querySelector("[data-orientation]");
  var list = document.querySelector("[data-orientation-results]");
  var status = document.querySelector("[data-orientation-status]");
  var reading = document.querySelector("[data-orientation-reading]");
  var readingSection = document.querySelector("[data-orientation-reading-section]");
  if (!data || !A || !form || !list || !status) return;
  var input = form.querySelector("input[name=q]");
  var lang = data.lang;
  var stop = data.stop;
  var root = document.documentElement.getAttribute("data-root");
  var forms = {};
  JSON.parse(status.getAttribute("data-forms")).forEach(function (p) { forms[p[0]] = p[1]; });
  var plural = new Intl.PluralRules(lang);
  var FIELD_WEIGHT = { needs: 1.3, kinds: 1.15, "site-kinds": 1.15, "scheme-kinds": 1.15,
    sectors: 1.0, stages: 0.7, audiences: 0.6 };
  var total = data.entries.length;

  function href(u) {
    if (root === null) return u;
    return root + u.replace(/^\//, "") + (/\/$/.test(u) ? "index.html" : "");
  }

  // Full-text indexes: the text is analyzed once here; questions are analyzed by `words`.
  function index(entries) {
    var ms = new window.MiniSearch({
      fields: ["t", "s", "x"],
      idField: "i",
      tokenize: function (text) { return A.analyze(text, lang, stop); },
      processTerm: function (t) { return t; }
    });
    ms.addAll(entries.map(function (e, i) { return { i: i, t: e.t, s: e.s, x: e.x }; }));
    return ms;
  }
  var mainIndex = index(data.entries);
  var readingIndex = index(data.reading);
  var titles = data.entries.map(function (e) { return A.analyze(e.t, lang, stop); });

  // Single-word forms, for questions with a typo the lexicon does not list.
  var singles = Object.keys(data.forms).filter(function (k) { return k.indexOf(" ") < 0 && k.length >= 5; });

  function close(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var max = a.length >= 8 ? 2 : 1;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      for (var k = 1; k <= b.length; k++) {
        cur.push(Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)));
      }
      prev = cur;
    }
    return prev[b.length] <= max;
  }

  function withoutIntents(tokens) {
    var out = tokens.slice();
    data.intents.forEach(function (intent) {
      for (var i = 0; i + intent.length <= out.length; i++) {
        if (intent.every(function (t, k) { return out[i + k] === t; })) {
          out.splice(i, intent.length);
          i--;
        }
      }
    });
    return out;
  }

  // A concept named, and at a lower weight the broader ones it implies (a grant is funding).
  function note(found, concept, weight) {
    found[concept] = Math.max(found[concept] || 0, weight);
    ((data.implies || {})[concept] || []).forEach(function (c) {
      found[c] = Math.max(found[c] || 0, weight * 0.6);
    });
  }

  // The concepts named in one reading of the question (longest forms first), and the words
  // left over.
  function recognise(tokens, found) {
    var rest = [];
    var i = 0;
    while (i < tokens.length) {
      var matched = 0;
      for (var len = Math.min(4, tokens.length - i); len >= 1 && !matched; len--) {
        var key = tokens.slice(i, i + len).join(" ");
        var hit = data.forms[key] || (len === 2 ? data.forms[tokens[i] + tokens[i + 1]] : null);
        if (hit) {
          Object.keys(hit).forEach(function (c) { note(found, c, hit[c]); });
          matched = len;
        }
      }
      if (matched) { i += matched; continue; }
      var word = tokens[i];
      var near = word.length >= 5 && singles.filter(function (s) { return close(word, s); })[0];
      if (near) {
        Object.keys(data.forms[near]).forEach(function (c) { note(found, c, data.forms[near][c] * 0.75); });
      } else {
        rest.push(word);
      }
      i++;
    }
    return rest;
  }

  // The question read under each language's rules: a French page may be asked in English.
  function read(q) {
    var found = {};
    var rest = [];
    var seen = {};
    ["fr", "en"].concat(lang === "fr" || lang === "en" ? [] : [lang]).forEach(function (rules) {
      var tokens = withoutIntents(A.analyze(q, rules === "ar" ? "en" : rules, stop));
      recognise(tokens, found).forEach(function (w) {
        if (!seen[w]) { seen[w] = true; rest.push(w); }
      });
    });
    var words = withoutIntents(A.analyze(q, lang, stop));
    return { concepts: found, words: words, rest: rest };
  }

  function specificity(c) {
    var info = data.concepts[c];
    var n = info ? info.n : 0;
    var field = info && info.fields[0];
    return (FIELD_WEIGHT[field] || 1) * (1 + Math.log((total + 1) / (n + 1)));
  }

  function isSector(c) {
    var info = data.concepts[c];
    return !!info && info.fields.indexOf("sectors") >= 0;
  }

  // 1 when the entry has the value; 0.5 for a sector when the entry serves every sector.
  function covers(e, c) {
    if (e.c.indexOf(c) >= 0) return 1;
    return isSector(c) && e.ns ? 0.5 : 0;
  }

  function textScores(ms, words) {
    var scores = {};
    if (!words.length) return scores;
    var hits = ms.search(words.join(" "), {
      tokenize: function (s) { return s.split(" "); },
      processTerm: function (t) { return t; },
      prefix: function (t) { return t.length >= 4; },
      fuzzy: function (t) { return t.length >= 6 ? 0.2 : 0; },
      combineWith: "OR",
      boost: { t: 3, s: 2, x: 1 }
    });
    var max = hits.length ? hits[0].score : 1;
    hits.forEach(function (h) { scores[h.id] = h.score / max; });
    return scores;
  }

  function named(tokens, title) {
    return title.length > 0 && title.every(function (t) { return tokens.indexOf(t) >= 0; });
  }

  // Entries ranked for the concepts `plan.want` (all covered first; relaxed ones still count
  // for half), then by text relevance.
  function rank(entries, plan, weights, text, tokens, titleList) {
    var want = plan.want;
    return entries.map(function (e, i) {
      var score = 0;
      var all = true;
      want.forEach(function (c) {
        var m = covers(e, c);
        if (!m) all = false;
        score += m * specificity(c) * weights[c];
      });
      plan.dropped.forEach(function (c) {
        score += 0.5 * covers(e, c) * specificity(c) * weights[c];
      });
      score += 2.5 * (text[i] || 0);
      if (titleList && named(tokens, titleList[i])) score += 6;
      return { e: e, i: i, score: score, all: all && want.length > 0 };
    }).filter(function (r) { return r.score > 0.05; })
      .sort(function (a, b) { return (b.all - a.all) || (b.score - a.score) || a.e.t.localeCompare(b.e.t); });
  }

  // Concepts covered by at least one entry, least specific relaxed until one entry covers all.
  function relax(concepts) {
    var want = Object.keys(concepts).filter(function (c) {
      return data.entries.some(function (e) { return covers(e, c) > 0; });
    });
    var dropped = [];
    function someoneCoversAll() {
      return data.entries.some(function (e) { return want.every(function (c) { return covers(e, c) > 0; }); });
    }
    while (want.length > 1 && !someoneCoversAll()) {
      want.sort(function (a, b) { return specificity(a) * concepts[a] - specificity(b) * concepts[b]; });
      dropped.push(want.shift());
    }
    return { want: want, dropped: dropped };
  }

  function label(c) { return (data.concepts[c] && data.concepts[c].label) || c; }

  function listOf(items) {
    var quoted = items.map(function (c) { return "« " + label(c) + " »"; });
    if (lang !== "fr") quoted = items.map(function (c) { return "“" + label(c) + "”"; });
    try { return new Intl.ListFormat(lang, { type: "conjunction" }).format(quoted); }
    catch (err) { return quoted.join(", "); }
  }

  function item(r, concepts) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href(r.e.u);
    a.textContent = r.e.t;
    var h = document.createElement("h3");
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "result-meta";
    meta.textContent = data.sections[r.e.d] || "";
    li.appendChild(meta);
    var why = concepts.filter(function (c) { return covers(r.e, c) === 1; }).map(label);
    if (why.length) {
      var p = document.createElement("p");
      p.className = "result-why";
      p.textContent = status.getAttribute("data-why") + " : " + why.join(" · ");
      if (lang !== "fr") p.textContent = status.getAttribute("data-why") + ": " + why.join(" · ");
      li.appendChild(p);
    }
    if (r.e.s) {
      var s = document.createElement("p");
      s.textContent = r.e.s;
      li.appendChild(s);
    }
    return li;
  }

  function answer(q) {
    list.textContent = "";
    if (reading) reading.textContent = "";
    if (readingSection) readingSection.hidden = true;
    q = q.trim();
    if (!q) { status.textContent = ""; return; }
    var question = read(q);
    var plan = relax(question.concepts);
    var text = textScores(mainIndex, question.rest.length ? question.rest : question.words);
    var results = rank(data.entries, plan, question.concepts, text, question.words, titles).slice(0, 12);
    results.forEach(function (r) { list.appendChild(item(r, plan.want)); });
    var n = results.length;
    var message = (forms[plural.select(n)] || forms.other).replace("{n}", String(n));
    if (plan.dropped.length) {
      var all = plan.want.concat(plan.dropped);
      message += " " + status.getAttribute("data-relaxed").replace(/[\u2068\u2069]/g, "")
        .replace("{all}", listOf(all)).replace("{kept}", listOf(plan.want));
    } else if (!plan.want.length) {
      message += " " + status.getAttribute("data-unknown");
    }
    status.textContent = message;
    var more = rank(data.reading, plan, question.concepts, textScores(readingIndex, question.words), [], null).slice(0, 4);
    if (reading && more.length) {
      more.forEach(function (r) { reading.appendChild(item(r, plan.want)); });
      readingSection.hidden = false;
    }
  }

  // The question is in the fragment (#q=...); a form elsewhere (the home page) sends ?q=.
  function fromAddress() {
    var m = /(?:^#|&)q=([^&]*)/.exec(location.hash) || /(?:^\?|&)q=([^&]*)/.exec(location.search);
    return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : "";
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = input.value;
    var hash = "#q=" + encodeURIComponent(q.trim());
    if (location.hash !== hash) location.hash = hash; else answer(q);
  });
  window.addEventListener("hashchange", function () {
    var q = fromAddress();
    input.value = q;
    answer(q);
  });
  var initial = fromAddress();
  if (initial) {
    input.value = initial;
    answer(initial);
  }
  window.OPOrientation = { read: read, answer: answer };
})();
