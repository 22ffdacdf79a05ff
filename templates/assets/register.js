// The funding register, enhanced: search, filters, sorting by any column, a
// live count and total, the matching rows as a CSV download, and the view
// kept in the address so it can be shared. Without this script the register
// is a complete, paginated table; with it, every row comes from
// register/awards.js (or, for a large register, from the parts it lists,
// register/data/<n>.js) and is filtered here. Until the reader searches,
// filters or sorts, each page shows its own rows, as it does without the
// script, and no part is loaded.
// Amounts are added as BigInt pence, so totals are exact and match the site's.
(function () {
  'use strict';

  var data = window.fundpressRegister;
  var table = document.getElementById('register-table');
  if (!data || !table || typeof BigInt !== 'function') return;

  var tools = document.getElementById('register-tools');
  if (!tools) return;
  var root = tools.getAttribute('data-root');  // the way back to the site's root from this page
  var pageNumber = Number(tools.getAttribute('data-page')) || 1;
  var pageSize = Number(tools.getAttribute('data-page-size')) || 0;
  var pageTitle = document.title;
  var empty = document.getElementById('register-empty');
  var status = document.getElementById('register-status');
  var textInput = document.getElementById('filter-text');
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var caption = table.querySelector('caption');
  // The page's words, in its language: the rows' data is shared by every language.
  var baseCaption = tools.getAttribute('data-heading');
  var countOne = tools.getAttribute('data-count-one');
  var countOther = tools.getAttribute('data-count-other');
  var captionMatching = tools.getAttribute('data-caption-matching');
  var loadingText = tools.getAttribute('data-loading');
  var loadFailedText = tools.getAttribute('data-load-failed');
  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
  var tbody = table.querySelector('tbody');
  var builtRows = Array.prototype.slice.call(tbody.children);  // this page's rows, as built
  var rows = null;  // every row, once loaded
  var parts = data.parts || [];
  var partRows = [];  // part n's rows at n - 1, as each arrives
  var partsLoaded = 0;
  var loadState = data.rows ? 'done' : 'none';  // none, loading, done, failed
  var downloadWanted = false;  // a download asked for while the parts load

  function entries(list) {
    return list.map(function (row, index) {
      return {
        row: row,
        index: index,
        pence: row.pence === null ? null : BigInt(row.pence),
        haystack: row.cells.join(' \u0000 ').toLocaleLowerCase('en-GB')
      };
    });
  }
  if (data.rows) rows = entries(data.rows);

  // Each part calls this as it loads (a same-origin script, as the site's
  // CSP allows); the rows are used once every part is in, in the parts' order.
  window.fundpressRegisterPart = function (n, list) {
    if (loadState !== 'loading' || partRows[n - 1]) return;
    partRows[n - 1] = list;
    partsLoaded += 1;
    if (partsLoaded === parts.length) {
      rows = entries([].concat.apply([], partRows));
      partRows = [];
      loadState = 'done';
    }
    render();
    if (rows && downloadWanted) {
      downloadWanted = false;
      download();
    }
  };

  function loadParts() {
    loadState = 'loading';
    parts.forEach(function (path) {
      var script = document.createElement('script');
      script.src = root + path;
      script.onerror = function () {
        loadState = 'failed';
        render();
      };
      document.head.appendChild(script);
    });
  }
  var state = { q: '', filters: {}, sort: -1, descending: false };
  var current = [];  // the rows shown, in order
  var builtCaption = caption.textContent;

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

  // A string with its {name}s replaced, as the views fill them (model/project.h: fill).
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function countOf(count) {
    return fill(count === 1 ? countOne : countOther, { count: group(count) });
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

  // Whether the reader has asked for anything but the page as built.
  function asked() {
    if (state.q || state.sort >= 0) return true;
    for (var field in state.filters) if (state.filters[field]) return true;
    return false;
  }

  // The page as built, its own rows, while no part is loaded.
  function renderBuilt() {
    current = null;
    tbody.replaceChildren.apply(tbody, builtRows);
    document.dispatchEvent(new CustomEvent('fundpress:table-changed'));
    caption.textContent = builtCaption;
    status.textContent = status.getAttribute('data-all');
    status.removeAttribute('data-pence');
    document.title = pageTitle;
    ['register-page-of', 'register-page-note', 'register-pagination'].forEach(function (id) {
      var element = document.getElementById(id);
      if (element) element.hidden = false;
    });
    empty.hidden = true;
    table.hidden = false;
  }

  function render() {
    if (!rows) {
      // Every row is needed only once the reader asks; until then the page's own.
      if (asked() && loadState === 'none') loadParts();
      renderBuilt();
      if (loadState === 'loading')
        status.textContent = fill(loadingText, { done: group(partsLoaded), count: group(parts.length) });
      else if (loadState === 'failed')
        status.textContent = loadFailedText;
      headers.forEach(function (th) { th.removeAttribute('aria-sort'); });
      return;
    }
    var shown = rows.filter(matches);
    if (state.sort >= 0) shown.sort(compare);
    var paged = !asked() && pageSize > 0;
    if (paged) shown = shown.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    current = shown;
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
    var filtered = !paged && shown.length !== rows.length;
    caption.textContent = paged ? builtCaption : !filtered ? baseCaption
      : fill(captionMatching, { heading: baseCaption, count: countOf(shown.length) });
    if (paged) {
      status.textContent = status.getAttribute('data-all');
      status.removeAttribute('data-pence');
    } else {
      // Years are never added together: rows of several years get a total per year.
      var years = [], byYear = {};
      shown.forEach(function (entry) {
        var year = entry.row.keys.year[0];
        if (!byYear[year]) { byYear[year] = { count: 0, pence: 0n }; years.push(year); }
        byYear[year].count += 1;
        if (entry.pence !== null) byYear[year].pence += entry.pence;
      });
      if (years.length > 1) {
        years.sort();
        status.textContent = countOf(shown.length) + ': ' + years.map(function (year) {
          return year.replace('-', '/') + ' ' + group(byYear[year].count) + ', ' + formatPounds(byYear[year].pence);
        }).join('; ');
        status.removeAttribute('data-pence');
      } else {
        status.textContent = countOf(shown.length) + ', ' + formatPounds(total);
        status.setAttribute('data-pence', String(total));
      }
    }
    document.title = paged ? pageTitle : pageTitle.replace(/ \([^)]*\)/, '');
    // Page numbers belong to the register as built; a search or sort lists every match.
    ['register-page-of', 'register-page-note', 'register-pagination'].forEach(function (id) {
      var element = document.getElementById(id);
      if (element) element.hidden = !paged;
    });
    empty.hidden = shown.length !== 0;
    table.hidden = shown.length === 0;
    headers.forEach(function (th, column) {
      if (column === state.sort) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }

  // The rows shown, as CSV: the headings, then each row's cells as shown,
  // amounts as plain decimal pounds. A text starting with =, +, -, @, tab or
  // carriage return gets a leading ' so a spreadsheet never runs it.
  function csvField(text) {
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function poundsPlain(pence) {
    var negative = pence < 0n;
    var magnitude = negative ? -pence : pence;
    var fraction = String(magnitude % 100n);
    return (negative ? '-' : '') + String(magnitude / 100n) + '.' + (fraction.length < 2 ? '0' + fraction : fraction);
  }

  function download() {
    if (!current) {
      // The script holds the rows shown once every part is loaded: download then.
      downloadWanted = true;
      if (loadState === 'none') loadParts();
      render();
      return;
    }
    var lines = [data.columns.map(function (column) { return csvField(column.label); }).join(',')];
    current.forEach(function (entry) {
      lines.push(data.columns.map(function (column, c) {
        if (column.numeric && entry.pence !== null) return poundsPlain(entry.pence);
        return csvField(entry.row.cells[c]);
      }).join(','));
    });
    var blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'register-rows.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
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
    // The button is named by its heading alone; the header's aria-sort says
    // how it is sorted, and the arrow is only drawn, never read out.
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    var arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.appendChild(arrow);
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

  document.getElementById('register-download').addEventListener('click', download);

  tools.hidden = false;
  readAddress();
  render();
})();
