// Mise en relation: the form works without this script (the browser's own checks and Netlify's
// POST). With it, errors are written in the page's language next to each field, announced
// (role="alert" summary) and the first wrong field takes the focus, as RGAA 11.10 and 11.11 ask.
(function () {
  "use strict";
  var form = document.querySelector("form.contact-form");
  if (!form) return;
  form.noValidate = true;
  var summary = form.querySelector(".contact-summary");
  var fields = Array.prototype.slice.call(form.querySelectorAll("input[required], textarea[required]"));

  function errorOf(field) {
    return document.getElementById(field.id + "-error");
  }

  function show(field, wrong) {
    var error = errorOf(field);
    if (error) error.hidden = !wrong;
    if (wrong) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  }

  // Western digits in every language, as in the rest of the site.
  // data-forms: [[category, text with {n}], ...] from the page's Fluent plural forms.
  var forms = {};
  JSON.parse(form.dataset.forms || "[]").forEach(function (pair) { forms[pair[0]] = pair[1]; });
  var rules = new Intl.PluralRules(document.documentElement.lang);

  function countText(n) {
    var text = forms[rules.select(n)] || forms.other || "";
    return text.replace("{n}", String(n));
  }

  function valid(field) {
    return field.value.trim() !== "" && field.checkValidity();
  }

  fields.forEach(function (field) {
    field.addEventListener("input", function () {
      if (field.getAttribute("aria-invalid") === "true" && valid(field)) show(field, false);
    });
  });

  form.addEventListener("submit", function (event) {
    var wrong = fields.filter(function (field) {
      var bad = !valid(field);
      show(field, bad);
      return bad;
    });
    if (wrong.length === 0) {
      summary.hidden = true;
      return;
    }
    event.preventDefault();
    summary.textContent = countText(wrong.length);
    summary.hidden = false;
    wrong[0].focus();
  });
})();
