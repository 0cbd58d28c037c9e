// Directory finder: its questions filter the directory list that the page already holds (the
// data is in the page, so it works from file:// with no request). Rules:
// - an entry matches an answer when the answer is among its values; an entry with no value for
//   a question marked data-cross (the sector) is cross-sector: it matches any answer there,
//   listed after the entries that match exactly;
// - each entry is shown once, in the first of its groups where it matches (the page lists an
//   entry of several kinds in each of their groups), and counted once: the count is what is on
//   screen;
// - when no entry matches every answer, the list is never left empty: the least specific answer
//   (the one that matches the most entries on its own) is set aside, or the next one if that is
//   not enough, and the status says which answer was set aside.
// The answers are kept in the address's #fragment so a result can be shared; the count and any
// relaxation are announced to screen readers.
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
  var relaxedText = status.getAttribute("data-relaxed") || "";
  var lang = document.documentElement.lang;
  var rules = new Intl.PluralRules(lang);
  var cross = {};
  selects.forEach(function (s) { if (s.hasAttribute("data-cross")) cross[s.name] = true; });

  // Each entry's values per question, read once; its place in its list, to restore the order.
  var items = entries.map(function (e, i) {
    var values = {};
    selects.forEach(function (s) {
      values[s.name] = (e.getAttribute("data-" + s.name) || "").split(" ").filter(Boolean);
    });
    return { el: e, id: e.getAttribute("data-entry"), values: values, order: i, note: e.querySelector("[data-cross-note]") };
  });

  // The answers given, in the order of the questions: [{field, value, label}].
  function answers() {
    return selects.filter(function (s) { return s.value; }).map(function (s) {
      return { field: s.name, value: s.value, label: s.options[s.selectedIndex].text };
    });
  }

  // "exact", "cross" (matches only thanks to cross-sector answers) or null.
  function match(item, list) {
    var how = "exact";
    for (var i = 0; i < list.length; i++) {
      var vs = item.values[list[i].field];
      if (vs.indexOf(list[i].value) !== -1) continue;
      if (cross[list[i].field] && vs.length === 0) { how = "cross"; continue; }
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

  function apply(updateAddress) {
    var given = answers();
    var dropped = relaxation(given);
    var used = given.filter(function (a) { return dropped.indexOf(a) === -1; });
    var sectorChosen = used.some(function (a) { return cross[a.field]; });
    items.forEach(function (it) { it.how = match(it, used); });
    var shown = {};
    // Within each list, the exact matches first, then the cross-sector ones; an entry already
    // shown in an earlier group is not shown again.
    groups.forEach(function (g) {
      var ul = g.querySelector("ul");
      var own = items.filter(function (it) { return it.el.parentNode === ul; });
      own.sort(function (x, y) {
        return (x.how === "cross") - (y.how === "cross") || x.order - y.order;
      });
      // Moved only when the order changes (moving a node would take the focus away).
      var inOrder = own.every(function (it, i) { return ul.children[i] === it.el; });
      if (!inOrder) own.forEach(function (it) { ul.appendChild(it.el); });
      var visible = 0;
      own.forEach(function (it) {
        var show = !!it.how && !shown[it.id];
        it.el.hidden = !show;
        if (it.note) it.note.hidden = !(show && it.how === "cross" && sectorChosen);
        if (show) { shown[it.id] = true; visible++; }
      });
      g.hidden = visible === 0;
      var count = g.querySelector(".group-count");
      if (count) count.textContent = "(" + visible + ")";
    });
    var n = Object.keys(shown).length;
    var text = (forms[rules.select(n)] || forms.other).replace("{n}", String(n));
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
