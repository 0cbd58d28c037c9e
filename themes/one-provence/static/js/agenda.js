// Agenda (issue #19): what is upcoming, what is past and how long a call stays open are decided
// here, from the absolute instants the build wrote (the build never reads the clock), so a site
// copied on a USB stick weeks before a trade show stays true there. Without JavaScript, the
// absolute dates stay. Relative times come from Intl.RelativeTimeFormat in the page's language
// (Arabic plural forms included).
(function () {
  'use strict';
  if (window.__agendaDone) return;
  window.__agendaDone = true;
  var now = Date.now();
  var lang = document.documentElement.lang || 'fr';
  var DAY = 86400000;
  var HOUR = 3600000;
  var rtf = typeof Intl !== 'undefined' && Intl.RelativeTimeFormat ?
    new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }) : null;
  var sep = lang === 'ar' ? '، ' : ', ';

  function relative(ms) {
    if (!rtf) return '';
    var diff = ms - now;
    var days = Math.abs(diff) / DAY;
    if (days < 1) return rtf.format(Math.round(diff / HOUR), 'hour');
    if (days < 45) return rtf.format(Math.round(diff / DAY), 'day');
    if (days < 365) return rtf.format(Math.round(diff / (DAY * 30.44)), 'month');
    return rtf.format(Math.round(diff / (DAY * 365.25)), 'year');
  }
  function num(el, name) {
    var v = el.getAttribute(name);
    return v ? Number(v) : NaN;
  }
  // Over: a call once closed, an event once ended.
  function over(li) {
    var closes = num(li, 'data-closes');
    return (isNaN(closes) ? num(li, 'data-end') : closes) <= now;
  }
  function byStart(a, b) { return num(a, 'data-start') - num(b, 'data-start'); }
  function each(sel, fn) { Array.prototype.forEach.call(document.querySelectorAll(sel), fn); }

  // Calls: "closes on …, in N days", or closed.
  each('.call-status', function (p) {
    var closes = num(p, 'data-closes');
    var opens = num(p, 'data-opens');
    var state = p.querySelector('.call-state');
    var rel = p.querySelector('.call-relative');
    p.classList.remove('is-open', 'is-closed', 'is-soon');
    if (closes <= now) {
      p.classList.add('is-closed');
      state.textContent = p.getAttribute('data-closed-text');
      rel.textContent = '';
    } else if (!isNaN(opens) && opens > now) {
      p.classList.add('is-soon');
      state.textContent = p.getAttribute('data-soon-text') + sep + relative(opens);
      rel.textContent = sep + relative(closes);
    } else {
      p.classList.add('is-open');
      state.textContent = p.getAttribute('data-open-text');
      rel.textContent = sep + relative(closes);
    }
  });

  // An event's page: past, happening now, or in N days.
  each('.event-status', function (s) {
    var start = num(s, 'data-start');
    var end = num(s, 'data-end');
    if (end <= now) s.textContent = '(' + s.getAttribute('data-past-text') + ')';
    else if (start <= now) s.textContent = '(' + s.getAttribute('data-now-text') + ')';
    else s.textContent = '(' + relative(start) + ')';
  });

  // The agenda page: upcoming first (soonest first), then past (newest first), by month.
  var agenda = document.querySelector('[data-agenda]');
  if (agenda) {
    var items = Array.prototype.slice.call(agenda.querySelectorAll('li[data-start]'));
    var upcoming = items.filter(function (li) { return !over(li); }).sort(byStart);
    var past = items.filter(over).sort(function (a, b) { return byStart(b, a); });
    agenda.textContent = '';
    part(agenda, 'upcoming', upcoming, agenda.getAttribute('data-none'));
    if (past.length) part(agenda, 'past', past, '');
  }
  function part(root, id, list, none) {
    var sec = document.createElement('section');
    sec.className = 'agenda-part agenda-' + id;
    sec.setAttribute('aria-labelledby', 'agenda-' + id);
    var h = document.createElement('h2');
    h.id = 'agenda-' + id;
    h.textContent = root.getAttribute('data-' + id + '-title');
    sec.appendChild(h);
    if (!list.length && none) {
      var p = document.createElement('p');
      p.className = 'agenda-none';
      p.textContent = none;
      sec.appendChild(p);
    }
    var month = null;
    var ul = null;
    list.forEach(function (li) {
      li.hidden = false;
      li.classList.toggle('is-past', id === 'past');
      if (li.getAttribute('data-month') !== month) {
        month = li.getAttribute('data-month');
        var h3 = document.createElement('h3');
        h3.textContent = li.getAttribute('data-month-label');
        ul = document.createElement('ul');
        ul.className = 'agenda-list';
        ul.setAttribute('role', 'list');
        sec.appendChild(h3);
        sec.appendChild(ul);
      }
      ul.appendChild(li);
    });
    root.appendChild(sec);
  }

  // The agenda's filters: a choice per field (kind, sector, audience) narrows the list in
  // place; the links to each value's own page stay for readers without JavaScript.
  var filters = Array.prototype.slice.call(document.querySelectorAll('.agenda-filters .filter'));
  filters.forEach(function (f) {
    var select = document.createElement('select');
    select.setAttribute('aria-labelledby', 'filter-' + f.getAttribute('data-field'));
    select.setAttribute('data-field', f.getAttribute('data-field'));
    select.add(new Option(f.getAttribute('data-all'), ''));
    Array.prototype.forEach.call(f.querySelectorAll('a[data-value]'), function (a) {
      select.add(new Option(a.textContent, a.getAttribute('data-value')));
    });
    select.addEventListener('change', narrow);
    f.insertBefore(select, f.querySelector('ul'));
  });
  function narrow() {
    var wanted = filters.map(function (f) {
      var s = f.querySelector('select');
      return s.value ? s.getAttribute('data-field') + ':' + s.value : '';
    }).filter(Boolean);
    each('[data-agenda] li[data-start]', function (li) {
      var terms = (li.getAttribute('data-terms') || '').split(' ');
      li.hidden = !wanted.every(function (w) { return terms.indexOf(w) >= 0; });
    });
    each('[data-agenda] h3', function (h) {
      var ul = h.nextElementSibling;
      h.hidden = ul.hidden = !ul.querySelector('li:not([hidden])');
    });
  }

  // Home and audience pages: the next events and open calls among those shipped.
  each('[data-upcoming]', function (sec) {
    var ul = sec.querySelector('ul');
    var limit = Number(sec.getAttribute('data-limit') || 3);
    var items = Array.prototype.slice.call(ul.querySelectorAll('li[data-start]'));
    var next = items.filter(function (li) { return !over(li); }).sort(byStart);
    items.forEach(function (li) { li.hidden = true; });
    next.slice(0, limit).forEach(function (li) {
      li.hidden = false;
      ul.appendChild(li);
    });
    var none = next.length === 0;
    sec.querySelector('.upcoming-none').hidden = !none;
    var h = sec.querySelector('h2[data-title]');
    if (h) h.textContent = h.getAttribute('data-title');
    // Nothing to come: the block shrinks to its link to the agenda (no empty heading, no list).
    if (none) {
      sec.classList.add('is-empty');
      sec.removeAttribute('aria-labelledby');
      [h, ul, sec.querySelector('.more')].forEach(function (el) { if (el) el.hidden = true; });
    }
  });
})();
