// The search box in every page's header, from disk, with no server: it finds
// an organisation, a service, an area and a prose page, groups what it finds
// by kind, links to pages that exist, loads only the index shards its query
// needs, and says what to try when nothing matches.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-search');
const shards = fs.readdirSync(path.join(site, 'search')).filter((f) => f !== 'index.js');

let launched;
test.before(async () => { launched = await h.launch(); });
test.after(async () => launched.browser.close());

// Types `query` into the header's box and returns the results by kind:
// {kind: [[title, href], ...]}, once the results for it are shown.
async function search(page, query) {
  await page.fill('#site-search-input', query);
  await page.waitForFunction((q) => {
    const heading = document.querySelector('#site-search-results h2');
    return heading && heading.textContent.includes('\u201c' + q + '\u201d');
  }, query);
  return page.$$eval('#site-search-results section', (sections) => Object.fromEntries(sections.map((s) => [
    s.getAttribute('data-kind'), [...s.querySelectorAll('a')].map((a) => [a.textContent, a.href])])));
}

function opens(href) {
  assert.ok(fs.existsSync(new URL(href)), href + ' exists');
}

test('every page has the search box; it finds an organisation, a service and a prose page', async () => {
  const page = await launched.newPage();
  const requested = [];
  page.on('request', (request) => {
    const match = /\/search\/([^/]+\.js)$/.exec(request.url());
    if (match) requested.push(match[1]);
  });
  // From an award page, two folders deep: links still lead to the right pages.
  const award = h.filesUnder(path.join(site, 'awards'), '/index.html')[0];
  await page.goto(h.fileUrl(site, 'awards/' + award));
  assert.equal(await page.isVisible('#site-search-input'), true);

  let found = await search(page, 'catch 22');
  assert.ok(found.Organisations.some(([title]) => title === 'Catch 22'), JSON.stringify(found));
  assert.ok(found.Services.length > 0, 'the services Catch 22 delivers are found too');
  for (const [, href] of [...found.Organisations, ...found.Services]) opens(href);
  const firstShards = requested.filter((f) => f !== 'index.js');
  assert.ok(firstShards.length >= 1 && firstShards.length < shards.length,
    `loaded ${firstShards.length} of ${shards.length} shards`);

  found = await search(page, 'victim first');
  assert.ok(found.Services.some(([title]) => title === 'Victim First'), JSON.stringify(found));

  found = await search(page, 'commissioning works');
  assert.deepEqual(found.Pages.map(([title]) => title), ['How commissioning works']);
  opens(found.Pages[0][1]);

  // A word from the body of a prose page, and the start of a word.
  found = await search(page, 'strategic direct');
  assert.ok(found.Pages.some(([title]) => title === 'About the commissioning budget'));

  found = await search(page, 'rutl');
  assert.ok(found.Areas.some(([title]) => title === 'Rutland'), JSON.stringify(found));
  // Kinds come in one order: services, organisations, areas, funds, sections, pages.
  const kinds = await page.$$eval('#site-search-results section', (s) => s.map((x) => x.getAttribute('data-kind')));
  const order = ['Services', 'Organisations', 'Areas', 'Funds', 'Sections', 'Pages'];
  assert.deepEqual(kinds, order.filter((k) => kinds.includes(k)));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a query that matches nothing says what to try', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, 'index.html'));
  await search(page, 'zzqxv');
  assert.match(await page.textContent('#site-search-results'), /No results.*Check the spelling/s);
  await page.press('#site-search-input', 'Escape');
  assert.equal(await page.isHidden('#site-search-results'), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('without JavaScript the search box is not offered', async () => {
  const page = await launched.newPage({ javaScriptEnabled: false });
  await page.goto(h.fileUrl(site, 'index.html'));
  assert.equal(await page.isHidden('#site-search'), true);
  await page.context().close();
});

test('served from a sub-path, the search loads and links within it', async () => {
  const { server, origin } = await h.serve(site, '/funding/');
  try {
    const page = await launched.newPage();
    await page.goto(origin + '/funding/sections/index.html');
    const found = await search(page, 'catch');
    const href = found.Organisations[0][1];
    assert.ok(href.startsWith(origin + '/funding/organisations/'), href);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    server.close();
  }
});

// The same site with at most 10 entries in a file of the index
// (site.search_shard_entries): a word that more entries share is in parts.
const partsSite = () => h.buildSiteWith('data/leicestershire', 'leicestershire-search-parts',
  { search_shard_entries: 10 });

test('an index in parts finds exactly what the whole index finds, loading the parts of one word', async () => {
  const parted = partsSite();
  const files = fs.readdirSync(path.join(parted, 'search')).filter((f) => f !== 'index.js');
  for (const f of files) {
    const entries = JSON.parse(JSON.parse(/JSON\.parse\((".*")\)\);\s*$/.exec(fs.readFileSync(path.join(parted, 'search', f), 'utf8'))[1])).entries;
    assert.ok(entries.length <= 10, `${f} holds ${entries.length} entries`);
  }
  assert.ok(files.some((f) => /\.\d+\.js$/.test(f)), 'some word is in numbered parts');
  const page = await launched.newPage();
  const plain = await launched.newPage();
  const requested = [];
  page.on('request', (request) => {
    const match = /\/search\/([^/]+\.js)$/.exec(request.url());
    if (match) requested.push(match[1]);
  });
  await page.goto(h.fileUrl(parted, 'index.html'));
  await plain.goto(h.fileUrl(site, 'index.html'));
  const relative = (found, root) => JSON.stringify(found).split(h.fileUrl(root, '')).join('');
  for (const query of ['catch 22', 'victim first', 'support', 'leicester', 'services victim', 'rutl', 'zzqxv']) {
    const expected = relative(await search(plain, query), site);
    assert.equal(relative(await search(page, query), parted), expected, query);
    assert.equal(await page.textContent('#site-search-results h2'), await plain.textContent('#site-search-results h2'));
  }
  assert.ok(requested.some((f) => /\.\d+\.js$/.test(f)), 'a word in parts was searched: ' + requested.join(' '));
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await plain.context().close();
});

// A Welsh page's scripts speak Welsh: the words come from cy.json through the
// page, the results from the Welsh tree's own index.
const bilingual = h.buildSite('tests/fixtures/two-languages', 'two-languages-search');
const welsh = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'templates/strings/cy.json'), 'utf8'));
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));

test('on a Welsh page the search and the register\'s script say their words in Welsh', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(bilingual, 'cy/register/index.html'));
  const found = await search(page, 'victim');
  const heading = await page.textContent('#site-search-results h2');
  const count = parseInt(heading, 10);
  assert.equal(heading, fill(count === 1 ? welsh.search_results_one : welsh.search_results_other,
    { count: String(count), query: 'victim' }));
  assert.ok(found[welsh.organisations].some(([title, href]) => title === 'Victim Support' &&
    href.includes('/cy/organisations/')), JSON.stringify(found));
  await search(page, 'zzqxv');
  assert.equal(await page.textContent('#site-search-results h2'), fill(welsh.search_no_results, { query: 'zzqxv' }));
  assert.match(await page.textContent('#site-search-results'), new RegExp(welsh.search_no_results_help.slice(0, 20)));

  await page.fill('#filter-text', 'Helpline');
  await page.waitForFunction(() => document.querySelectorAll('#register-table tbody tr').length === 2);
  assert.equal(await page.textContent('#register-table caption'),
    fill(welsh.register_caption_matching, { heading: welsh.funding_register, count: fill(welsh.count_award_other, { count: '2' }) }));
  assert.match(await page.textContent('#register-status'), new RegExp('^' + fill(welsh.count_award_other, { count: '2' })));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
