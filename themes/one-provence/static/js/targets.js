// Targets of the key figures (issue #29): whether a target's due year is still ahead or over
// is decided here, from the reader's clock, because the build never reads it (a site copied on
// a USB stick stays true years later). Without JavaScript the page says when the target was set
// and for when, and never that it is current. A due year is over once the year after it starts.
(function () {
  'use strict';
  if (window.__targetsDone) return;
  window.__targetsDone = true;
  var year = new Date().getFullYear();
  var targets = document.querySelectorAll('.stat-target[data-due]');
  Array.prototype.forEach.call(targets, function (el) {
    var due = Number(el.getAttribute('data-due'));
    if (!due) return;
    var past = year > due;
    var text = el.getAttribute(past ? 'data-past-text' : 'data-ahead-text');
    if (text) el.textContent = text;
    el.classList.toggle('is-past', past);
    el.classList.toggle('is-ahead', !past);
  });
})();
