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
  // The "talk it over" form after the answers carries what was asked and what was shown.
  var askedField = document.querySelector("[data-orientation-question]");
  var shownField = document.querySelector("[data-orientation-answers]");
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
  var ALL_BONUS = 3;
  var RELAX_ORDER = { audiences: 0, stages: 1, kinds: 2, "site-kinds": 2, "scheme-kinds": 2,
    sectors: 3, needs: 4 };

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
  data.entries.forEach(function (e, i) { e.k = i; });
  data.reading.forEach(function (e, i) { e.k = data.entries.length + i; });
  var mainIndex = index(data.entries);
  var readingIndex = index(data.reading);
  var titles = data.entries.map(function (e) { return A.analyze(e.t, lang, stop); });

  // Single-word forms of each language, for questions with a typo the lexicon does not list.
  var singles = {};
  Object.keys(data.forms).forEach(function (l) {
    singles[l] = Object.keys(data.forms[l]).filter(function (k) { return k.indexOf(" ") < 0 && k.length >= 5; });
  });
  // Entries that give most values of a vocabulary (the Métropole names 7 of 8 sectors) serve
  // everything there: they count as a general answer, after the specific ones (issue #30).
  var FIELD_SIZE = {};
  Object.keys(data.concepts).forEach(function (c) {
    data.concepts[c].fields.forEach(function (f) { FIELD_SIZE[f] = (FIELD_SIZE[f] || 0) + 1; });
  });
  var INTENT_BONUS = 8;

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

  // What one form of the question names: a group of alternative concepts (two labels that
  // read alike, a concept and the broader ones it implies) with their weights.
  function group(hit, factor) {
    var g = {};
    Object.keys(hit).forEach(function (c) {
      g[c] = Math.max(g[c] || 0, hit[c] * factor);
      ((data.implies || {})[c] || []).forEach(function (b) {
        g[b] = Math.max(g[b] || 0, hit[c] * factor * 0.6);
      });
    });
    return g;
  }

  function addGroup(groups, g) {
    var key = Object.keys(g).sort().join("|");
    var same = groups.filter(function (x) { return Object.keys(x).sort().join("|") === key; })[0];
    if (same) Object.keys(g).forEach(function (c) { same[c] = Math.max(same[c], g[c]); });
    else groups.push(g);
  }

  // The concept groups named in one reading of the question, longest forms first; a word the
  // lexicon does not list may still be a typo of one of its words.
  function recognise(tokens, groups, rules, fuzzy) {
    var forms = data.forms[rules] || {};
    var i = 0;
    while (i < tokens.length) {
      var matched = 0;
      for (var len = Math.min(4, tokens.length - i); len >= 1 && !matched; len--) {
        var key = tokens.slice(i, i + len).join(" ");
        var hit = forms[key] || (len === 2 ? forms[tokens[i] + tokens[i + 1]] : null);
        if (hit) {
          addGroup(groups, group(hit, 1));
          matched = len;
        }
      }
      if (matched) { i += matched; continue; }
      var word = tokens[i];
      var near = fuzzy && word.length >= 7 && (singles[rules] || []).filter(function (s) {
        return s[0] === word[0] && close(word, s);
      })[0];
      if (near) addGroup(groups, group(forms[near], 0.75));
      i++;
    }
  }

  // The language of a question: its script, then its own words (« le », « mon », accents /
  // "the", "my"); `null` when nothing tells.
  var MARKERS = {};
  Object.keys(data.markers || {}).forEach(function (l) {
    MARKERS[l] = {};
    data.markers[l].forEach(function (w) { MARKERS[l][w] = true; });
  });
  function detect(q) {
    var arabic = (q.match(/[\u0600-\u06FF]/g) || []).length;
    var latin = (q.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
    if (arabic > latin) return "ar";
    var score = { fr: /[àâçéèêëîïôûùœ]/i.test(q) ? 2 : 0, en: 0 };
    A.fold(q).split(/[^a-z0-9]+/).forEach(function (w) {
      if (MARKERS.fr && MARKERS.fr[w]) score.fr++;
      if (MARKERS.en && MARKERS.en[w]) score.en++;
    });
    if (score.fr === score.en) return null;
    return score.fr > score.en ? "fr" : "en";
  }

  // The question read in its own language first, with that language's words only: the
  // English "local" is not the French « local » (issue #30). When that reading names nothing,
  // or the language cannot be told, the other languages' words are tried (an English page may
  // be asked in French). Typos are forgiven under the question's language.
  // Who asks and why, from the lexicon's purpose phrases ("invest in", « s'implanter »): the
  // first said in the question; a word ending in "*" stands for any ending. The phrase is taken out of the question: "invest" there is the
  // reader's purpose, not a need for funding.
  var PURPOSES = (data.purposes || []).map(function (p) {
    return { audience: p[0], res: p[1].map(function (phrase) {
      var words = phrase.split(" ").map(function (w) {
        return /\*$/.test(w) ? w.slice(0, -1).replace(/[^\p{L}\p{N}]/gu, "") + "[\\p{L}\\p{N}]*"
          : w.replace(/[^\p{L}\p{N}]/gu, "");
      });
      return new RegExp("(^| )" + words.join(" ") + "(?= |$)", "u");
    }) };
  });
  function purpose(q) {
    var text = (A.fold(q).match(/[\p{L}\p{N}]+/gu) || []).join(" ");
    var best = null;
    PURPOSES.forEach(function (p) {
      p.res.forEach(function (re) {
        var m = re.exec(text);
        if (m && (!best || m.index < best.at)) best = { audience: p.audience, at: m.index, end: m.index + m[0].length };
      });
    });
    return best && { audience: best.audience, rest: text.slice(0, best.at) + " " + text.slice(best.end) };
  }

  function read(question) {
    var asked = purpose(question);
    var q = asked ? asked.rest : question;
    var own = detect(question) || (lang === "ar" ? null : lang);
    var groups = [];
    function reading(rules, fuzzy) {
      var tokens = withoutIntents(A.analyze(q, rules === "ar" ? "en" : rules, stop));
      recognise(tokens, groups, rules, fuzzy);
    }
    if (own) reading(own, true);
    // Latin words in an Arabic question (a name, "5G", "CES") are read as English or French.
    var latin = own === "ar" && (q.match(/[A-Za-z\u00C0-\u024F0-9]+/g) || []).join(" ");
    if (latin) {
      recognise(withoutIntents(A.analyze(latin, "en", stop)), groups, "en", false);
      recognise(withoutIntents(A.analyze(latin, "fr", stop)), groups, "fr", false);
    }
    // A question whose language is told is not read with another's words: "formation" in an
    // English question is not the French « formation ».
    if (!groups.length && !detect(question)) {
      ["fr", "en", "ar"].filter(function (l) { return l !== own; }).forEach(function (l) {
        reading(l, !own && (l === lang || (lang === "ar" && l === "en")));
      });
    }
    var intent = (asked && asked.audience) || audienceOf(groups);
    groups = groups.filter(function (g) { return !isAudience(g); });
    return { groups: groups, intent: intent, own: own,
      words: withoutIntents(A.analyze(q, own && own !== "ar" ? own : lang, stop)) };
  }

  // Who is asking (an investor, a large company, a talent, a founder...): a group naming only
  // audiences. It leads to that audience's page and puts the entries serving it first.
  function isAudience(g) {
    return Object.keys(g).every(function (c) {
      var info = data.concepts[c];
      return info && info.fields.length === 1 && info.fields[0] === "audiences";
    });
  }
  function audienceOf(groups) {
    var best = null;
    groups.filter(isAudience).forEach(function (g) {
      Object.keys(g).forEach(function (c) {
        if (!best || g[c] > best.w) best = { c: c, w: g[c] };
      });
    });
    return best && best.c;
  }

  function specificity(c) {
    var info = data.concepts[c];
    var n = info ? info.n : 0;
    var field = info && info.fields[0];
    return (FIELD_WEIGHT[field] || 1) * (1 + Math.log((total + 1) / (n + 1)));
  }

  // The vocabulary fields an entry gives values for.
  var FIELDS_OF = data.entries.concat(data.reading).map(function (e) {
    var fields = {};
    e.c.forEach(function (v) {
      var info = data.concepts[v];
      if (info) info.fields.forEach(function (f) { fields[f] = true; });
    });
    return fields;
  });

  // Vocabularies that say whom an entry serves, not what it is: an entry giving no value in
  // one serves all (no sector: every sector; a site has no stage).
  var OPEN = { sectors: true, stages: true, audiences: true };

  // Whether an entry gives most values of a concept's vocabulary (at least three quarters of
  // four or more): it serves them all rather than this one.
  function broad(e, c) {
    var info = data.concepts[c];
    return !!info && info.fields.some(function (f) {
      if ((FIELD_SIZE[f] || 0) < 4) return false;
      var n = e.c.filter(function (v) {
        var i = data.concepts[v];
        return i && i.fields.indexOf(f) >= 0;
      }).length;
      return n >= 0.75 * FIELD_SIZE[f];
    });
  }

  // Entries broad in two vocabularies or more (every sector, every audience...) serve
  // everything: they come after the entries specific to the question.
  var EVERYTHING_PENALTY = 2;
  var BROAD_IN = {};
  function servesEverything(e) {
    if (BROAD_IN[e.k] === undefined) {
      BROAD_IN[e.k] = ["sectors", "audiences", "stages", "needs"].filter(function (f) {
        var c = Object.keys(data.concepts).filter(function (v) { return data.concepts[v].fields[0] === f; })[0];
        return c && broad(e, c);
      }).length >= 2;
    }
    return BROAD_IN[e.k];
  }

  // 1 when the entry has the value (0.5 when it has nearly every value of that vocabulary);
  // 0.5 when it gives no value at all in an open vocabulary.
  function covers(e, c) {
    if (e.c.indexOf(c) >= 0) return broad(e, c) ? 0.5 : 1;
    var info = data.concepts[c];
    if (!info || !info.fields.every(function (f) { return OPEN[f]; })) return 0;
    var fields = FIELDS_OF[e.k];
    return info.fields.some(function (f) { return fields[f]; }) ? 0 : 0.5;
  }

  // How well an entry answers a group: its best concept.
  function answers(e, g) {
    var best = 0;
    Object.keys(g).forEach(function (c) {
      best = Math.max(best, covers(e, c) * specificity(c) * g[c]);
    });
    return best;
  }

  function coversGroup(e, g) {
    return Object.keys(g).some(function (c) { return covers(e, c) > 0; });
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

  // Entries ranked for the groups `plan.want` (all answered first; relaxed ones still count
  // for half), then by text relevance; among equals, the more specific entry (fewer values).
  function rank(entries, plan, text, tokens, titleList) {
    return entries.map(function (e, i) {
      var score = plan.intent ? INTENT_BONUS * covers(e, plan.intent) : 0;
      var all = true;
      plan.want.forEach(function (g) {
        var a = answers(e, g);
        if (!a) all = false;
        score += a;
      });
      plan.dropped.forEach(function (g) { score += 0.5 * answers(e, g); });
      score += 6 * (text[i] || 0);
      if (titleList && named(tokens, titleList[i])) score += 6;
      // Covering every kept concept weighs like a strong concept, not like a wall: a place the
      // question names by its name may still come first.
      var all = all && plan.want.length > 0;
      if (all) score += ALL_BONUS;
      // Still listed (it does answer), after the specific entries.
      if (score > 0.05 && servesEverything(e)) score = Math.max(0.06, score - EVERYTHING_PENALTY);
      return { e: e, i: i, score: score, all: all };
    }).filter(function (r) { return r.score > 0.05; })
      .sort(function (a, b) {
        return (b.score - a.score) || (a.e.c.length - b.e.c.length) || a.e.t.localeCompare(b.e.t);
      });
  }

  // The groups some entry answers; the least specific relaxed until one entry answers all.
  function relax(groups) {
    var want = groups.filter(function (g) {
      return data.entries.some(function (e) { return coversGroup(e, g); });
    });
    var dropped = [];
    function someoneCoversAll() {
      return data.entries.some(function (e) {
        return want.every(function (g) { return coversGroup(e, g); });
      });
    }
    // Whom it serves goes first, then what kind of organisation it is, then the sector; the
    // need is what the reader has come for and goes last. Within a rank, the least specific.
    function rankOf(g) {
      return Math.max.apply(null, Object.keys(g).map(function (c) {
        var f = (data.concepts[c] || { fields: [] }).fields[0];
        return RELAX_ORDER[f] === undefined ? 2 : RELAX_ORDER[f];
      }));
    }
    function weight(g) {
      return Math.max.apply(null, Object.keys(g).map(function (c) { return specificity(c) * g[c]; }));
    }
    while (want.length > 1 && !someoneCoversAll()) {
      want.sort(function (a, b) { return (rankOf(a) - rankOf(b)) || (weight(a) - weight(b)); });
      dropped.push(want.shift());
    }
    return { want: want, dropped: dropped };
  }

  // A group's name: its strongest concept.
  function main(g) {
    return Object.keys(g).sort(function (a, b) { return g[b] - g[a] || (a < b ? -1 : 1); })[0];
  }

  function label(c) { return (data.concepts[c] && data.concepts[c].label) || c; }

  function listOf(items) {
    var quoted = items.map(function (c) { return "« " + label(c) + " »"; });
    if (lang !== "fr") quoted = items.map(function (c) { return "“" + label(c) + "”"; });
    try { return new Intl.ListFormat(lang, { type: "conjunction" }).format(quoted); }
    catch (err) { return quoted.join(", "); }
  }

  function said(key, text) {
    return status.getAttribute(key) + (lang === "fr" ? " : " : ": ") + text;
  }

  // What of the question an entry covers, and what it does not: each group named by its
  // strongest concept; a general entry (every sector, every audience) says so.
  function coverage(e, groups, intent) {
    var yes = [], no = [], all = [];
    function put(cs, first) {
      var best = cs.filter(function (c) { return covers(e, c) === 1; })[0];
      var some = cs.filter(function (c) { return covers(e, c) > 0; })[0];
      var name = label(best || some || first);
      var list = best ? yes : some ? all : no;
      if (list.indexOf(name) < 0) list.push(name);
    }
    groups.forEach(function (g) { put(Object.keys(g), main(g)); });
    if (intent) put([intent], intent);
    return { yes: yes, no: no, all: all };
  }

  function item(r, groups, intent) {
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
    var cov = coverage(r.e, groups, intent);
    [["result-why", "data-why", cov.yes], ["result-general", "data-general", cov.all],
      ["result-lacks", "data-lacks", cov.no]].forEach(function (k) {
      if (!k[2].length) return;
      var p = document.createElement("p");
      p.className = k[0];
      p.textContent = said(k[1], k[2].join(" · "));
      li.appendChild(p);
    });
    if (r.e.s) {
      var s = document.createElement("p");
      s.textContent = r.e.s;
      li.appendChild(s);
    }
    return li;
  }

  var PAGE = 10;
  var moreButton = document.querySelector("[data-orientation-more]");
  var audienceLink = document.querySelector("[data-orientation-audience]");
  var shown = { results: [], n: 0, plan: null };

  // The next answers, up to PAGE more; the button says how many are left.
  function showMore() {
    var from = shown.n;
    shown.results.slice(from, from + PAGE).forEach(function (r) {
      list.appendChild(item(r, shown.plan.want.concat(shown.plan.dropped), shown.plan.intent));
    });
    shown.n = Math.min(shown.results.length, from + PAGE);
    if (from > 0) {
      var first = list.children[from] && list.children[from].querySelector("a");
      if (first) first.focus();
    }
    if (shownField) {
      shownField.value = shown.results.slice(0, shown.n)
        .map(function (r) { return r.e.t + " (" + r.e.u + ")"; }).join("\n");
    }
    if (moreButton) {
      var left = shown.results.length - shown.n;
      moreButton.hidden = left <= 0;
      moreButton.textContent = moreButton.getAttribute("data-label")
        .replace(/[\u2068\u2069]/g, "").replace("{shown}", String(shown.n))
        .replace("{total}", String(shown.results.length));
    }
  }

  function showAudience(intent) {
    if (!audienceLink) return;
    audienceLink.textContent = "";
    var page = intent && data.audiences && data.audiences[intent];
    audienceLink.hidden = !page;
    if (!page) return;
    audienceLink.appendChild(document.createTextNode(status.getAttribute("data-audience") + " "));
    var a = document.createElement("a");
    a.href = href(page[0]);
    a.textContent = page[1];
    audienceLink.appendChild(a);
  }

  function answer(q) {
    list.textContent = "";
    shown = { results: [], n: 0, plan: null };
    if (moreButton) moreButton.hidden = true;
    showAudience(null);
    if (reading) reading.textContent = "";
    if (readingSection) readingSection.hidden = true;
    q = q.trim();
    if (askedField) askedField.value = q;
    if (shownField) shownField.value = "";
    if (!q) { status.textContent = ""; return; }
    var question = read(q);
    var plan = relax(question.groups);
    plan.intent = question.intent;
    var text = textScores(mainIndex, question.words);
    var results = rank(data.entries, plan, text, question.words, titles);
    shown = { results: results, n: 0, plan: plan };
    showAudience(plan.intent);
    showMore();
    var n = results.length;
    var message = (forms[plural.select(n)] || forms.other).replace("{n}", String(n));
    if (n === 0) {
      // Nothing to list: no "here are the resources" over an empty list; the form below and
      // the directories are what is left.
      message = status.getAttribute("data-none");
    } else if (plan.dropped.length) {
      var all = plan.want.concat(plan.dropped).map(main);
      message += " " + status.getAttribute("data-relaxed").replace(/[\u2068\u2069]/g, "")
        .replace("{all}", listOf(all)).replace("{kept}", listOf(plan.want.map(main)));
    } else if (!plan.want.length) {
      message += " " + status.getAttribute("data-unknown");
    }
    status.textContent = message;
    var more = rank(data.reading, plan, textScores(readingIndex, question.words), [], null).slice(0, 4);
    if (reading && more.length) {
      more.forEach(function (r) { reading.appendChild(item(r, plan.want, null)); });
      readingSection.hidden = false;
    }
  }

  // The question is in the fragment (#q=...); a form elsewhere (the home page) sends ?q=.
  function fromAddress() {
    var m = /(?:^#|&)q=([^&]*)/.exec(location.hash) || /(?:^\?|&)q=([^&]*)/.exec(location.search);
    return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : "";
  }

  if (moreButton) moreButton.addEventListener("click", showMore);

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
