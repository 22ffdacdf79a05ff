// The funding register, enhanced: search, filters, sorting by any column, a
// live count and total, and the view kept in the address so it can be shared.
// Without this script the register is a complete, paginated table; with it,
// every row comes from register/awards.js and is filtered here.
// Amounts are added as BigInt pence, so totals are exact and match the site's.
(function () {
  'use strict';

  var data = window.fundpressRegister;
  var table = document.getElementById('register-table');
  if (!data || !table || typeof BigInt !== 'function') return;

  var tools = document.getElementById('register-tools');
  if (!tools) return;
  var root = tools.getAttribute('data-root');  // the way back to the site's root from this page
  var status = document.getElementById('register-status');
  var textInput = document.getElementById('filter-text');
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var caption = table.querySelector('caption');
  var baseCaption = 'Funding register';
  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
  var tbody = table.querySelector('tbody');
  var rows = data.rows.map(function (row, index) {
    return {
      row: row,
      index: index,
      pence: row.pence === null ? null : BigInt(row.pence),
      haystack: row.cells.join(' \u0000 ').toLocaleLowerCase('en-GB')
    };
  });
  var state = { q: '', filters: {}, sort: -1, descending: false };

  // "£1,234,567", "-£12", "(£12)", "£1,448k", "£1.4m", as view/format.h
  // writes a total (model/money_format.h: half away from zero).
  function formatPounds(pence) {
    var negative = pence < 0n;
    var magnitude = negative ? -pence : pence;
    var body;
    if (data.unit > 1) {
      var tenth = data.unit >= 1000000;
      var divisor = BigInt(data.unit) * (tenth ? 10n : 100n);
      var units = magnitude / divisor;
      if ((magnitude % divisor) * 2n >= divisor) units += 1n;
      body = tenth ? group(units / 10n) + '.' + String(units % 10n) : group(units);
      body = '£' + body + (tenth ? 'm' : 'k');
      if (!negative || units === 0n) return body;
      return data.brackets ? '(' + body + ')' : '-' + body;
    }
    if (data.decimals === 2) {
      var fraction = String(magnitude % 100n);
      body = group(magnitude / 100n) + '.' + (fraction.length < 2 ? '0' + fraction : fraction);
    } else {
      var pounds = magnitude / 100n;
      if (magnitude % 100n >= 50n) pounds += 1n;  // half away from zero
      body = group(pounds);
    }
    body = '£' + body;
    if (!negative || body === '£0') return body;
    return data.brackets ? '(' + body + ')' : '-' + body;
  }

  function group(whole) {
    return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function countOf(count) {
    return group(count) + ' ' + data.noun + (count === 1 ? '' : 's');
  }

  function matches(entry) {
    if (state.q && entry.haystack.indexOf(state.q.toLocaleLowerCase('en-GB')) < 0) return false;
    for (var field in state.filters) {
      var wanted = state.filters[field];
      if (wanted && (entry.row.keys[field] || []).indexOf(wanted) < 0) return false;
    }
    return true;
  }

  function compare(a, b) {
    var column = state.sort;
    var order = 0;
    if (data.columns[column].numeric) {
      // Rows whose amount is not yet known sort after every figure.
      if (a.pence === null || b.pence === null) return (a.pence === null) - (b.pence === null);
      order = a.pence < b.pence ? -1 : a.pence > b.pence ? 1 : 0;
    } else {
      var x = a.row.sort[column] !== null ? a.row.sort[column] : a.row.cells[column];
      var y = b.row.sort[column] !== null ? b.row.sort[column] : b.row.cells[column];
      order = x.localeCompare(y, 'en-GB', { numeric: true, sensitivity: 'base' });
    }
    if (state.descending) order = -order;
    return order || a.index - b.index;
  }

  function cell(entry, column) {
    var header = column === 0;
    var element = document.createElement(header ? 'th' : 'td');
    if (header) element.setAttribute('scope', 'row');
    var numeric = data.columns[column].numeric && entry.pence !== null;
    if (numeric) element.className = 'num';
    if (!header) element.setAttribute('data-label', data.columns[column].label);
    var text = entry.row.cells[column];
    var link = entry.row.links[column];
    if (link) {
      var a = document.createElement('a');
      a.href = root + link;
      a.textContent = text;
      element.appendChild(a);
    } else {
      element.textContent = text;
    }
    return element;
  }

  function render() {
    var shown = rows.filter(matches);
    if (state.sort >= 0) shown.sort(compare);
    var total = 0n;
    var fragment = document.createDocumentFragment();
    shown.forEach(function (entry) {
      if (entry.pence !== null) total += entry.pence;
      var tr = document.createElement('tr');
      for (var c = 0; c < data.columns.length; c++) tr.appendChild(cell(entry, c));
      fragment.appendChild(tr);
    });
    tbody.replaceChildren(fragment);
    document.dispatchEvent(new CustomEvent('fundpress:table-changed'));
    var filtered = shown.length !== rows.length;
    caption.textContent = baseCaption + (filtered ? ': ' + countOf(shown.length) + ' matching' : '');
    status.textContent = countOf(shown.length) + ', ' + formatPounds(total);
    status.setAttribute('data-pence', String(total));
    headers.forEach(function (th, column) {
      if (column === state.sort) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }

  // The view in the address: #q=text&section=slug&sort=amount&order=descending.
  function writeAddress() {
    var parts = [];
    if (state.q) parts.push('q=' + encodeURIComponent(state.q));
    selects.forEach(function (select) {
      var value = state.filters[select.getAttribute('data-filter')];
      if (value) parts.push(encodeURIComponent(select.getAttribute('data-filter')) + '=' + encodeURIComponent(value));
    });
    if (state.sort >= 0) {
      parts.push('sort=' + encodeURIComponent(data.columns[state.sort].field));
      parts.push('order=' + (state.descending ? 'descending' : 'ascending'));
    }
    var hash = parts.length ? '#' + parts.join('&') : ' ';
    try {
      history.replaceState(null, '', hash === ' ' ? location.pathname + location.search : hash);
    } catch (e) {
      // Some browsers refuse replaceState on file: pages; a hash change needs no permission.
      location.replace(hash === ' ' ? '#' : hash);
    }
  }

  function readAddress() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      if (!pair) return;
      var at = pair.indexOf('=');
      try {
        params[decodeURIComponent(at < 0 ? pair : pair.slice(0, at))] = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
      } catch (e) { /* a malformed part of the address is ignored */ }
    });
    state.q = params.q || '';
    state.filters = {};
    selects.forEach(function (select) {
      var field = select.getAttribute('data-filter');
      var value = params[field] || '';
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      state.filters[field] = known ? value : '';
    });
    state.sort = -1;
    data.columns.forEach(function (column, index) {
      if (column.field === params.sort) state.sort = index;
    });
    state.descending = params.order === 'descending';
    textInput.value = state.q;
    selects.forEach(function (select) { select.value = state.filters[select.getAttribute('data-filter')]; });
  }

  function changed() {
    render();
    writeAddress();
  }

  // Sort buttons in the header cells: the first press sorts ascending (a
  // figure column descending, largest first), the next reverses.
  headers.forEach(function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      if (state.sort === column) state.descending = !state.descending;
      else {
        state.sort = column;
        state.descending = data.columns[column].numeric;
      }
      changed();
    });
  });

  textInput.addEventListener('input', function () {
    state.q = textInput.value.trim();
    changed();
  });
  selects.forEach(function (select) {
    select.addEventListener('change', function () {
      state.filters[select.getAttribute('data-filter')] = select.value;
      changed();
    });
  });
  document.getElementById('filter-clear').addEventListener('click', function () {
    state.q = '';
    state.filters = {};
    selects.forEach(function (select) { select.value = ''; });
    textInput.value = '';
    changed();
    textInput.focus();
  });
  window.addEventListener('hashchange', function () {
    readAddress();
    render();
  });

  // Every row is here now: page numbers would only mislead.
  tools.hidden = false;
  ['register-page-of', 'register-page-note', 'register-pagination'].forEach(function (id) {
    var element = document.getElementById(id);
    if (element) element.hidden = true;
  });
  readAddress();
  render();
})();
