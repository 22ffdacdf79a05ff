// The search box in every page's header. The index is in search/: index.js
// lists the shard keys, and each shard (search/<key>.js, with its further
// parts search/<key>.2.js, ... when a word is that common) holds every entry
// with a word starting with its key. A query loads only the shards of one of
// its words, the one needing fewest files, by <script> (which works from
// disk too, where fetch does not), then keeps the entries that have a word
// starting with each word of the query. Results are grouped by kind. Words
// are split and keyed as view/search_index.cpp does.
(function () {
  'use strict';

  var box = document.getElementById('site-search');
  var input = document.getElementById('site-search-input');
  var results = document.getElementById('site-search-results');
  if (!box || !input || !results) return;
  var root = box.getAttribute('data-root');
  // The page's words, in its language.
  function say(name, values) {
    return box.getAttribute('data-' + name).replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? values[key] : whole;
    });
  }
  var perKind = 10;

  var manifest = null;
  var shards = {};    // file -> entries, once loaded
  var loading = {};   // file -> true while its script loads
  var haystacks = new Map();  // entry -> its words

  // The file of part `part` of shard `key`: "key", then "key.2", ...
  function fileOf(key, part) {
    return part > 1 ? key + '.' + part : key;
  }

  // The files of shard `key`, as many as its parts.
  function files(key) {
    var count = (manifest.parts && manifest.parts[key]) || 1;
    var names = [];
    for (var part = 1; part <= count; part++) names.push(fileOf(key, part));
    return names;
  }

  window.fundpressSearch = {
    index: function (data) { manifest = data; update(); },
    shard: function (data) {
      var file = fileOf(data.key, data.part);
      shards[file] = data.entries;
      delete loading[file];
      update();
    }
  };

  function load(path, key) {
    var script = document.createElement('script');
    script.src = root + path;
    script.onerror = function () { if (key) delete loading[key]; };
    document.head.appendChild(script);
  }

  function lower(text) {
    return text.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  }

  // Runs of letters, digits and marks, as view/search_index.cpp splits them:
  // punctuation and symbols ("·", "£") separate words, in ASCII or not.
  function words(text) {
    return lower(text).match(/[\p{L}\p{N}\p{M}]+/gu) || [];
  }

  function keyOf(word) {
    return Array.from(word).map(function (c) { return /[a-z0-9]/.test(c) ? c : '_'; }).join('');
  }

  // The shard keys the query word needs: the one whose key starts it, else
  // every key that starts with it (a short word: a few shards).
  function shardsFor(word) {
    var key = keyOf(word);
    var within = manifest.keys.filter(function (k) {
      return k.charAt(k.length - 1) !== '-' && key.indexOf(k) === 0;
    });
    if (within.length) return within;
    return manifest.keys.filter(function (k) { return k.indexOf(key) === 0; });
  }

  function haystack(entry) {
    var found = haystacks.get(entry);
    if (!found) {
      found = words(entry[1] + ' ' + entry[2] + ' ' + entry[4]);
      haystacks.set(entry, found);
    }
    return found;
  }

  function matches(entry, query) {
    var have = haystack(entry);
    return query.every(function (word) {
      return have.some(function (w) { return w.indexOf(word) === 0; });
    });
  }

  function element(name, text, className) {
    var e = document.createElement(name);
    if (text) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function show(children) {
    results.replaceChildren.apply(results, children);
    results.hidden = false;
  }

  function update() {
    var text = input.value.trim();
    var query = words(text);
    if (!query.length) {
      results.hidden = true;
      results.replaceChildren();
      return;
    }
    if (!manifest) {
      if (!loading.manifest) { loading.manifest = true; load('search/index.js'); }
      return;
    }
    // Every entry matching the query has a word starting with each query
    // word, so the files of any one word hold them all: take the fewest.
    var needed = query.map(function (word) {
      return shardsFor(word).reduce(function (all, k) { return all.concat(files(k)); }, []);
    }).reduce(function (a, b) { return b.length < a.length ? b : a; });
    if (needed.length > 12) {
      show([element('p', say('type-more'), 'search-hint')]);
      return;
    }
    var missing = needed.filter(function (f) { return !shards[f]; });
    if (missing.length) {
      missing.forEach(function (f) {
        if (!loading[f]) { loading[f] = true; load('search/' + f + '.js', f); }
      });
      return;
    }
    var seen = new Set();
    var groups = manifest.kinds.map(function () { return []; });
    needed.forEach(function (f) {
      shards[f].forEach(function (entry) {
        var id = entry[3];
        if (seen.has(id) || !matches(entry, query)) return;
        seen.add(id);
        groups[entry[0]].push(entry);
      });
    });
    // By title, then page: the same order however the index is split.
    groups.forEach(function (entries) {
      entries.sort(function (a, b) {
        return a[1].localeCompare(b[1]) || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
      });
    });
    var total = seen.size;
    var children = [element('h2', say(total === 0 ? 'no-results' : total === 1 ? 'results-one' : 'results-other',
      { count: String(total), query: text }))];
    if (total === 0) children.push(element('p', say('no-results-help')));
    groups.forEach(function (entries, kind) {
      if (!entries.length) return;
      var section = element('section');
      section.setAttribute('data-kind', manifest.kinds[kind]);
      section.appendChild(element('h3', manifest.kinds[kind] + ' (' + entries.length + ')'));
      var list = element('ul', '', 'search-list');
      entries.slice(0, perKind).forEach(function (entry) {
        var item = element('li');
        var link = element('a', entry[1]);
        link.href = root + entry[3];
        item.appendChild(link);
        if (entry[2]) item.appendChild(element('span', entry[2], 'search-detail'));
        list.appendChild(item);
      });
      section.appendChild(list);
      if (entries.length > perKind) {
        section.appendChild(element('p', say('more', { count: String(entries.length - perKind) }), 'search-hint'));
      }
      children.push(section);
    });
    show(children);
  }

  box.hidden = false;
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.value = ''; update(); }
  });
})();
