// Directory finder: its questions filter the directory list that the page already holds (the
// data is in the page, so it works from file:// with no request). Rules:
// - an entry matches an answer when the answer is among its values; for a question marked
//   data-cross (the sector), an entry marked data-all-sectors (no sector, or nearly all: see
//   src/render/directory.rs) serves every sector: it matches any answer there;
// - with a sector chosen, the entries specific to it are listed first, in their groups; those
//   serving every sector follow under a heading of their own, in groups of the same kinds
//   (issue #29: 25 "health" results of which 4 were about health);
// - an entry of several kinds is shown in each of its groups where it matches; each group's
//   count is the cards under it, and the status counts distinct entries (with a sector: so
//   many specific to it, so many serving every sector);
// - when no entry matches every answer, the list is never left empty: the least specific answer
//   (the one that matches the most entries on its own) is set aside, or the next one if that is
//   not enough, and the status says which answer was set aside.
// The answers are kept in the address's #fragment so a result can be shared; the counts and any
// relaxation are announced to screen readers.
(function () {
  "use strict";
  var form = document.querySelector("[data-finder]");
  var status = document.querySelector("[data-finder-status]");
  if (!form || !status) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-entry]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]")).map(function (g) {
    return { el: g, ul: g.querySelector("ul"), count: g.querySelector(".group-count"), twin: null };
  });
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  // [[category, text], ...] as an object.
  function formsOf(pairs) {
    var out = {};
    pairs.forEach(function (pair) { out[pair[0]] = pair[1]; });
    return out;
  }
  var forms = formsOf(JSON.parse(status.getAttribute("data-forms")));
  var split = JSON.parse(status.getAttribute("data-split") || "null");
  if (split) {
    split.specific = formsOf(split.specific);
    split.every = formsOf(split.every);
  }
  var relaxedText = status.getAttribute("data-relaxed") || "";
  var lang = document.documentElement.lang;
  var rules = new Intl.PluralRules(lang);
  var cross = {};
  selects.forEach(function (s) { if (s.hasAttribute("data-cross")) cross[s.name] = true; });

  // Each entry's values per question, read once; its group, and its place in the page, to
  // restore the order.
  var items = entries.map(function (e, i) {
    var values = {};
    var all = {};
    selects.forEach(function (s) {
      values[s.name] = (e.getAttribute("data-" + s.name) || "").split(" ").filter(Boolean);
      all[s.name] = cross[s.name] && e.hasAttribute("data-all-" + s.name);
    });
    var group = groups.filter(function (g) { return g.ul === e.parentNode; })[0];
    return { el: e, id: e.getAttribute("data-entry"), values: values, all: all, order: i, group: group };
  });

  // The text of `forms` for n: Fluent's own text for 0 (« aucun », لا شيء), else the browser's
  // CLDR category, as the build's PLURAL.
  function plural(f, n) {
    var text = n === 0 && f.zero !== undefined ? f.zero : (f[rules.select(n)] || f.other);
    return text.replace("{n}", String(n));
  }

  // "{a} and {b}" with the values given, whatever characters they hold.
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? values[k] : whole;
    });
  }

  // The every-sector entries' own part of the page, made once (hidden until a sector is
  // chosen): a heading, a sentence, and a twin of each group (same kind, h3, ids of its own).
  var band = null;
  if (split && items.some(function (it) { return Object.keys(it.all).some(function (f) { return it.all[f]; }); })) {
    band = document.createElement("section");
    band.className = "dir-every";
    band.hidden = true;
    band.setAttribute("aria-labelledby", "every-title");
    var title = document.createElement("h2");
    title.id = "every-title";
    title.textContent = split.title;
    var intro = document.createElement("p");
    intro.className = "every-intro";
    band.appendChild(title);
    band.appendChild(intro);
    groups.forEach(function (g) {
      var heading = g.el.querySelector("h2");
      var twin = document.createElement("section");
      twin.className = "dir-group";
      twin.hidden = true;
      twin.setAttribute("data-group", "");
      twin.setAttribute("data-every-group", "");
      twin.setAttribute("aria-labelledby", "every-" + heading.id);
      var h3 = document.createElement("h3");
      h3.id = "every-" + heading.id;
      h3.appendChild(document.createTextNode(heading.firstChild.textContent));
      var count = document.createElement("span");
      count.className = "group-count";
      h3.appendChild(count);
      var ul = document.createElement("ul");
      ul.className = "entries";
      ul.setAttribute("role", "list");
      twin.appendChild(h3);
      twin.appendChild(ul);
      band.appendChild(twin);
      g.twin = { el: twin, ul: ul, count: count, twin: null };
    });
    var last = groups[groups.length - 1].el;
    last.parentNode.insertBefore(band, last.nextSibling);
    band.intro = intro;
  }

  // The answers given, in the order of the questions: [{field, value, label}].
  function answers() {
    return selects.filter(function (s) { return s.value; }).map(function (s) {
      return { field: s.name, value: s.value, label: s.options[s.selectedIndex].text };
    });
  }

  // "exact", "cross" (matches only as serving every sector) or null.
  function match(item, list) {
    var how = "exact";
    for (var i = 0; i < list.length; i++) {
      if (item.all[list[i].field]) { how = "cross"; continue; }
      if (item.values[list[i].field].indexOf(list[i].value) !== -1) continue;
      return null;
    }
    return how;
  }

  function distinct(list) {
    var seen = {};
    items.forEach(function (it) { if (match(it, list)) seen[it.id] = true; });
    return Object.keys(seen).length;
  }

  // The answers to set aside when nothing matches them all: the fewest answers, and among as
  // many, the least specific first (the most entries on their own; the later question on a tie).
  // A single answer that nothing matches is set aside too: the whole list is shown.
  function relaxation(given) {
    if (given.length === 0 || distinct(given) > 0) return [];
    var alone = given.map(function (a, i) { return { a: a, i: i, n: distinct([a]) }; });
    alone.sort(function (x, y) { return y.n - x.n || y.i - x.i; });
    var best = null;
    // Subsets of answers to drop, by size, each size in order of least specific.
    for (var size = 1; size < given.length && !best; size++) {
      combinations(alone, size).forEach(function (drop) {
        if (best) return;
        var keep = given.filter(function (a) { return !drop.some(function (d) { return d.a === a; }); });
        if (distinct(keep) > 0) best = drop.map(function (d) { return d.a; });
      });
    }
    return best || given.slice();
  }

  // The subsets of `list` of `size` elements, in lexicographic order of positions.
  function combinations(list, size) {
    if (size === 0) return [[]];
    var out = [];
    for (var i = 0; i <= list.length - size; i++) {
      combinations(list.slice(i + 1), size - 1).forEach(function (rest) { out.push([list[i]].concat(rest)); });
    }
    return out;
  }

  function label(list) {
    var labels = list.map(function (a) { return a.label; });
    if (labels.length === 1 || typeof Intl.ListFormat !== "function") return labels.join(", ");
    return new Intl.ListFormat(lang, { type: "conjunction" }).format(labels);
  }

  // Puts `list` into `ul` in page order, moving nodes only when the order changes (moving a
  // node would take the focus away); shows those that match; returns how many are shown.
  function place(g, list) {
    list.sort(function (x, y) { return x.order - y.order; });
    var inOrder = list.length === g.ul.children.length &&
      list.every(function (it, i) { return g.ul.children[i] === it.el; });
    if (!inOrder) list.forEach(function (it) { g.ul.appendChild(it.el); });
    var visible = 0;
    list.forEach(function (it) {
      it.el.hidden = !it.how;
      if (it.how) visible++;
    });
    g.el.hidden = visible === 0;
    if (g.count) g.count.textContent = "(" + visible + ")";
    return visible;
  }

  function apply(updateAddress) {
    var given = answers();
    var dropped = relaxation(given);
    var used = given.filter(function (a) { return dropped.indexOf(a) === -1; });
    var sector = used.filter(function (a) { return cross[a.field]; })[0];
    items.forEach(function (it) { it.how = match(it, used); });
    // With a sector kept, the entries serving every sector go to their part of the page.
    var apart = !!(band && sector && items.some(function (it) { return it.how === "cross"; }));
    var shown = {}, specific = {}, every = {};
    items.forEach(function (it) {
      if (!it.how) return;
      shown[it.id] = true;
      (it.how === "cross" ? every : specific)[it.id] = true;
    });
    groups.forEach(function (g) {
      var own = items.filter(function (it) { return it.group === g; });
      var away = apart ? own.filter(function (it) { return it.how === "cross"; }) : [];
      place(g, own.filter(function (it) { return away.indexOf(it) === -1; }));
      if (g.twin) place(g.twin, away);
    });
    var n = Object.keys(shown).length;
    var text = plural(forms, n);
    if (band) {
      band.hidden = !apart;
      if (apart) band.intro.textContent = fill(split.intro, { sector: sector.label });
    }
    if (apart) {
      text = fill(split.join, {
        total: text,
        specific: fill(plural(split.specific, Object.keys(specific).length), { sector: sector.label }),
        every: plural(split.every, Object.keys(every).length),
      });
    }
    if (dropped.length) text = relaxedText.replace("{question}", label(dropped)) + " " + text;
    if (status.textContent !== text) status.textContent = text;
    if (updateAddress) {
      var parts = given.map(function (a) { return a.field + "=" + encodeURIComponent(a.value); });
      var hash = parts.length ? "#" + parts.join("&") : "";
      if (hash !== location.hash) {
        try {
          history.replaceState(null, "", hash || location.pathname + location.search);
        } catch (err) {
          location.replace(hash || "#");
        }
      }
    }
  }

  // Sets the answers from the address; false when the address is not about them (#main).
  function readAddress() {
    var params = {};
    var hash = location.hash.replace(/^#/, "");
    hash.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) {
        try { params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); } catch (err) { /* ignored */ }
      }
    });
    var ours = selects.some(function (s) { return Object.prototype.hasOwnProperty.call(params, s.name); });
    if (hash && !ours) return false;
    selects.forEach(function (s) {
      var v = params[s.name] || "";
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === v; });
      s.value = known ? v : "";
    });
    return true;
  }

  form.hidden = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
  window.addEventListener("hashchange", function () { if (readAddress()) apply(false); });
  readAddress();
  apply(false);
})();
