// Every kind of page of the Leicestershire site, in Chromium from file:// (and
// 404.html from a local static server): zero axe violations, no console
// errors, nothing requested from another host, the page's structure, and no
// sideways scrolling at 320px wide or at 200% zoom. A screenshot of each kind
// is kept under build/browser/screenshots/.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-pages');
const first = (folder) => h.filesUnder(path.join(site, folder), '/index.html')[0].replace(/^/, folder + '/');

const pageTypes = {
  home: 'index.html',
  register: 'register/index.html',
  'register-page-2': 'register/page/2/index.html',
  award: first('awards'),
  sections: 'sections/index.html',
  section: first('sections'),
  areas: 'areas/index.html',
  'area-with-areas-within': 'areas/llr/index.html',
  organisations: 'organisations/index.html',
  organisation: first('organisations'),
  years: 'years/index.html',
  year: first('years'),
  prose: 'about-the-commissioning-budget/index.html',
  glossary: 'glossary/index.html',
  accessibility: 'accessibility/index.html',
  reports: 'reports/index.html',
  downloads: 'downloads/index.html',
  report: h.filesUnder(path.join(site, 'reports'), '.html').filter((p) => p.includes('/')).map((p) => 'reports/' + p)[0],
};

// The framework pages (funds with envelopes and limits, priorities, the plan's
// tree, mechanisms, a line that breaks a rule), and a
// page of an internal copy, with its marking.
const fundSite = h.buildSite('tests/fixtures/fund-pages', 'fund-pages');
const wiltshire = h.buildSite('data/wiltshire', 'wiltshire');
const pagedSite = h.buildSite('tests/fixtures/listing-over-page-size', 'listing-over-page-size');
const otherSites = {
  funds: [fundSite, 'funds/index.html'],
  fund: [fundSite, 'funds/community-fund/index.html'],
  'fund-over-envelope': [fundSite, 'funds/innovation-fund/index.html'],
  priorities: [fundSite, 'priorities/index.html'],
  priority: [fundSite, 'priorities/tackle-crime/index.html'],
  'award-with-a-breach': [fundSite, 'awards/f-3/index.html'],
  'plan-tree': [h.buildSite('tests/fixtures/plan-tree', 'plan-tree'), 'priorities/index.html'],
  mechanisms: [wiltshire, 'mechanisms/index.html'],
  mechanism: [wiltshire, 'mechanisms/partnership-agreement/index.html'],
  'internal-award': [h.buildSite('tests/fixtures/personal-data', 'personal-data-internal', ['--internal']), 'awards/p-2/index.html'],
  // A section with more lines than its page size: the first of its pages and the last.
  'listing-split': [pagedSite, 'sections/victims/index.html'],
  'listing-split-page-3': [pagedSite, 'sections/victims/page/3/index.html'],
};

let launched;
test.before(async () => {
  launched = await h.launch();
  fs.mkdirSync(h.artefactDir, { recursive: true });
});
test.after(async () => launched.browser.close());

async function structure(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main#main').length,
    skip: document.querySelector('a.skip-link') && document.querySelector('a.skip-link').getAttribute('href'),
    tablesWithoutCaption: [...document.querySelectorAll('table')].filter((t) => !t.caption).length,
    headersWithoutScope: [...document.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
    breadcrumbs: document.querySelectorAll('nav[aria-label="Breadcrumb"]').length,
    numbersLeftAligned: [...document.querySelectorAll('td.num')].filter((td) => getComputedStyle(td).textAlign !== 'right' ||
      !getComputedStyle(td).fontVariantNumeric.includes('tabular-nums')).length,
    sheets: document.styleSheets.length,
  }));
}

async function check(page, name) {
  assert.deepEqual(page.problems, [], name + ': console errors or outside requests');
  const s = await structure(page);
  assert.equal(s.lang, 'en-GB', name + ': lang');
  assert.equal(s.h1, 1, name + ': exactly one h1');
  assert.equal(s.main, 1, name + ': one main landmark');
  assert.equal(s.skip, '#main', name + ': skip link to main');
  assert.equal(s.tablesWithoutCaption, 0, name + ': every table has a caption');
  assert.equal(s.headersWithoutScope, 0, name + ': every th has a scope');
  assert.equal(s.numbersLeftAligned, 0, name + ': figures right-aligned, tabular');
  assert.equal(s.sheets, 1, name + ': the stylesheet loaded');
  if (name !== 'home') assert.equal(s.breadcrumbs, 1, name + ': breadcrumbs');
  assert.deepEqual(await h.axeViolations(page), [], name + ': axe violations');
  await page.screenshot({ path: path.join(h.artefactDir, name + '-desktop.png'), fullPage: true });
  // 320 CSS pixels is 1280 at 400% zoom; 640 is 200%: the page must not scroll sideways.
  for (const width of [640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: scrolls sideways by ${overflow}px at ${width}px wide`);
  }
  await page.screenshot({ path: path.join(h.artefactDir, name + '-320.png'), fullPage: true });
  assert.deepEqual(await h.axeViolations(page), [], name + ': axe violations at 320px');
}

for (const [name, relative] of Object.entries(pageTypes)) {
  test(`${name} (${relative})`, async () => {
    const page = await launched.newPage();
    await page.goto(h.fileUrl(site, relative));
    await check(page, name);
    await page.context().close();
  });
}

for (const [name, [root, relative]] of Object.entries(otherSites)) {
  test(`${name} (${relative})`, async () => {
    const page = await launched.newPage();
    await page.goto(h.fileUrl(root, relative));
    await check(page, name);
    await page.context().close();
  });
}

test('404.html, served for a missing address at any depth', async () => {
  // Served where its fundpress.json says the site lives, as a host would.
  const config = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'data/leicestershire/fundpress.json'), 'utf8'));
  const mount = new URL(config.site.base_url).pathname;
  const { server, origin } = await h.serve(site, mount);
  try {
    const page = await launched.newPage();
    const response = await page.goto(origin + mount + 'no/such/folder/page.html');
    assert.equal(response.status(), 404);
    assert.match(await page.title(), /Page not found/);
    // Chromium logs the document's own 404 status as a console error: that one is expected.
    const own = page.problems.findIndex((p) => p.includes('status of 404'));
    assert.ok(own >= 0);
    page.problems.splice(own, 1);
    await check(page, '404');
    // Its links work from there: the home page and the register open.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('main a[href$="register/index.html"]');
    assert.match(await page.title(), /Funding register/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    server.close();
  }
});

// GOV.UK's attachment sizes: bytes below 1 KB, then one decimal of KB or MB.
function sizeText(bytes) {
  if (bytes < 1024) return `${bytes.toLocaleString('en-GB')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const unit = bytes >= 1024 * 1024 ? 1024 * 1024 : 1024;
  const tenths = Math.floor((bytes * 10 + unit / 2) / unit);
  return `${Math.floor(tenths / 10).toLocaleString('en-GB')}.${tenths % 10} ${unit === 1024 ? 'KB' : 'MB'}`;
}

test('downloads list each file with its format and its real size; the icons are served', async () => {
  const config = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'data/leicestershire/fundpress.json'), 'utf8'));
  const mount = new URL(config.site.base_url).pathname;
  const { server, origin } = await h.serve(site, mount);
  try {
    const page = await launched.newPage();
    const icons = [];
    page.on('response', (r) => { if (/favicon/.test(r.url())) icons.push([new URL(r.url()).pathname, r.status()]); });
    // The browser asks for the linked icon after the page, when it gets to it: wait for that.
    const linkedIcon = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/assets/favicon.svg'));
    await page.goto(origin + mount + 'downloads/index.html');
    const files = await page.evaluate(() => [...document.querySelectorAll('caption#files-caption ~ tbody tr')].map((tr) => ({
      name: tr.querySelector('a').getAttribute('href'),
      meta: tr.querySelector('.file-meta').textContent,
      bytes: Number(tr.querySelector('data.file-size').value),
    })));
    // Every file of downloads/ but the page itself (Leicestershire's budget has no 360Giving files).
    const written = fs.readdirSync(path.join(site, 'downloads')).filter((f) => f !== 'index.html').sort();
    assert.deepEqual(files.map((f) => f.name).sort(), written, 'every download is listed');
    for (const file of files) {
      const real = fs.statSync(path.join(site, 'downloads', file.name)).size;
      assert.equal(file.bytes, real, file.name + ': the size shown is the file\'s');
      const format = path.extname(file.name).slice(1).toUpperCase();
      assert.equal(file.meta, `${format}, ${sizeText(real)}`, file.name + ': format and size');
    }
    // Every page links its icon, and /favicon.ico is there for browsers that ask for it.
    assert.equal(await page.evaluate(() => document.querySelector('link[rel="icon"]').getAttribute('href')), '../assets/favicon.svg');
    const ico = await page.request.get(origin + mount + 'favicon.ico');
    assert.equal(ico.status(), 200);
    assert.deepEqual(await ico.body(), fs.readFileSync(path.join(site, 'favicon.ico')));
    await linkedIcon;
    assert.deepEqual(icons.filter(([, status]) => status !== 200), [], 'every icon request answered');
    assert.ok(icons.some(([p]) => p.endsWith('/assets/favicon.svg')), 'the browser fetched the linked icon');
    // "Last updated" in the footer is the data's as_of date, never the build's clock.
    assert.match(await page.locator('footer').innerText(), /Last updated 1 April 2017/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    server.close();
  }
});

test('print stylesheet hides navigation and the register tools', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, 'register/index.html'));
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ['.site-nav', '.register-tools', '.breadcrumbs']
    .map((s) => getComputedStyle(document.querySelector(s)).display));
  assert.deepEqual(hidden, ['none', 'none', 'none']);
  await page.screenshot({ path: path.join(h.artefactDir, 'register-print.png'), fullPage: true });
  await page.context().close();
});
