// The site's text analyzer in the browser: the same rules as the build's (src/analyze.rs),
// held together by shared test vectors (tests/analyzer-vectors.json). Fold case, Latin accents
// and apostrophes; normalise Arabic; split words (a hyphenated word gives its parts and its
// joined form); drop stop words; stem lightly (French, English, or Arabic for Arabic script).
(function (root) {
  "use strict";
  var LATIN = {
    "à": "a", "â": "a", "ä": "a", "á": "a", "ã": "a", "å": "a",
    "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "í": "i", "ì": "i",
    "ô": "o", "ö": "o", "ó": "o", "ò": "o", "õ": "o",
    "û": "u", "ü": "u", "ú": "u", "ù": "u", "ÿ": "y", "ñ": "n",
    "œ": "oe", "æ": "ae", "ß": "ss",
    "'": " ", "\u2019": " ", "\u02BC": " ", "`": " ",
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064A", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064A"
  };

  function foldChar(c) {
    var lower = c.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(LATIN, c)) return LATIN[c];
    if (Object.prototype.hasOwnProperty.call(LATIN, lower)) return LATIN[lower];
    var code = c.charCodeAt(0);
    if ((code >= 0x0300 && code <= 0x036F) || (code >= 0x064B && code <= 0x065F) || code === 0x0670 || code === 0x0640 ||
        (code >= 0x06D6 && code <= 0x06ED)) return "";
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06F0 && code <= 0x06F9) return String.fromCharCode(48 + code - 0x06F0);
    return lower;
  }

  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      // A character outside the basic plane is two UTF-16 units: keep them together.
      var code = text.charCodeAt(i);
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
        c = text.slice(i, i + 2);
        i++;
        out += c.toLowerCase();
        continue;
      }
      out += foldChar(c);
    }
    return out;
  }

  var ARABIC = /[\u0600-\u06FF]/;

  function rulesFor(word, lang) {
    if (ARABIC.test(word)) return "ar";
    return lang === "fr" ? "fr" : "en";
  }

  function chars(s) { return Array.from(s).length; }

  function stripOne(word, suffixes, min) {
    for (var i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if (word.length >= s.length && word.slice(word.length - s.length) === s) {
        var stem = word.slice(0, word.length - s.length);
        if (chars(stem) >= min) return stem;
      }
    }
    return null;
  }

  var FR = ["issement", "ements", "ement", "ations", "ation", "atrice", "ateur", "iere", "ier",
    "euse", "eur", "isme", "iste", "ite", "ive", "if", "ique", "able", "ee", "er", "ez", "e"];
  function stemFr(w) {
    if (chars(w) >= 5 && /aux$/.test(w)) w = w.slice(0, -3) + "al";
    else if (chars(w) >= 4 && /[sx]$/.test(w)) w = w.slice(0, -1);
    var s = stripOne(w, FR, 3);
    return s === null ? w : s;
  }

  var EN = ["ations", "ation", "ings", "ing", "ers", "er", "ors", "or", "ed"];
  function stemEn(w) {
    var n = chars(w);
    if (n > 4 && /ies$/.test(w)) w = w.slice(0, -3) + "y";
    else if (n > 3 && /s$/.test(w) && !/ss$/.test(w) && !/us$/.test(w)) w = w.slice(0, -1);
    var s = stripOne(w, EN, 3);
    return s === null ? w : s;
  }

  var ARTICLES = ["وال", "بال", "كال", "فال", "لل", "ال"];
  var POSSESSIVES = ["كم", "هم", "نا", "ها", "ك", "ي"];
  var AR_ENDINGS = ["ات", "ان", "ون", "ين", "يه", "ه"];
  function stemAr(w) {
    var i;
    if (chars(w) >= 4 && w.indexOf("و") === 0) w = w.slice(1);
    var hadArticle = false;
    for (i = 0; i < ARTICLES.length; i++) {
      var a = ARTICLES[i];
      if (w.indexOf(a) === 0 && chars(w.slice(a.length)) >= 2) {
        w = w.slice(a.length);
        hadArticle = true;
        break;
      }
    }
    if (!hadArticle && chars(w) >= 5) {
      var preps = ["ب", "ل", "ك"];
      for (i = 0; i < preps.length; i++) {
        if (w.indexOf(preps[i]) === 0) { w = w.slice(preps[i].length); break; }
      }
      if (w.indexOf("ال") === 0 && chars(w.slice(2)) >= 2) w = w.slice(2);
    }
    var stem = stripOne(w, POSSESSIVES, 3);
    if (stem !== null) {
      if (/ت$/.test(stem) && chars(stem.slice(0, -1)) >= 3) stem = stem.slice(0, -1);
      w = stem;
    }
    var s = stripOne(w, AR_ENDINGS, 2);
    return s === null ? w : s;
  }

  function stem(word, rules) {
    if (rules === "fr") return stemFr(word);
    if (rules === "ar") return stemAr(word);
    return stemEn(word);
  }

  function pushWord(word, lang, stops, out) {
    if (chars(word) < 2 && !/^[0-9]+$/.test(word)) return;
    var rules = rulesFor(word, lang);
    var list = (stops && stops[rules]) || [];
    if (list.indexOf(word) !== -1) return;
    out.push(stem(word, rules));
  }

  // Rust's char::is_alphanumeric: Alphabetic or Numeric.
  var RUN = /[\p{Alphabetic}\p{N}&-]+/gu;

  function analyze(text, lang, stops) {
    var out = [];
    var runs = fold(text).match(RUN) || [];
    runs.forEach(function (run) {
      var parts = run.split(/[-&]/).filter(function (p) { return p.length > 0; });
      parts.forEach(function (p) { pushWord(p, lang, stops, out); });
      if (parts.length > 1) pushWord(parts.join(""), lang, stops, out);
    });
    return out;
  }

  root.OPAnalyzer = { fold: fold, analyze: analyze, stem: stem };
})(typeof window !== "undefined" ? window : globalThis);
