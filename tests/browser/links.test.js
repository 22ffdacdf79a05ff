// Links and markup, without a browser: every page is reachable from
// index.html by links alone, no link is broken, every link is relative (or
// goes to another host on purpose, as a plain link), and every page is valid
// HTML5 by html-validate.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { HtmlValidate } = require('html-validate');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-links');
const pages = h.filesUnder(site, '.html');
// A site in English and Welsh: the Welsh pages in cy/, the files written once.
const bilingual = h.buildSite('tests/fixtures/two-languages', 'two-languages-links');
const bilingualPages = h.filesUnder(bilingual, '.html');
// A listing longer than its page size: its lines over pages 1..n, linked by the pagination.
const paged = h.buildSite('tests/fixtures/listing-over-page-size', 'listing-over-page-size-links');
const pagedPages = h.filesUnder(paged, '.html');
const welsh = JSON.parse(fs.readFileSync(path.join(__dirname, '../../templates/strings/cy.json'), 'utf8'));
const english = JSON.parse(fs.readFileSync(path.join(__dirname, '../../templates/strings/en.json'), 'utf8'));

// The downloads page is built on the exports branch; until it is merged the
// link to it is the only one allowed to point at nothing.
const downloadsMerged = fs.existsSync(path.join(site, 'downloads'));

function links(relative, root = site) {
  const html = fs.readFileSync(path.join(root, relative), 'utf8');
  return [...html.matchAll(/<(?:a|link|script)\b[^>]*?\b(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

// Follows every link from index.html: returns the pages reached and the links that lead nowhere.
function crawl(root, allowMissing = () => false) {
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  const broken = [];
  while (queue.length) {
    const from = queue.shift();
    for (const href of links(from, root)) {
      if (/^(https?:|mailto:)/.test(href) || href.startsWith('#')) continue;
      assert.ok(!href.startsWith('/') && !/^[a-z]+:/i.test(href), `${from}: link ${href} is not relative`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), href.split('#')[0]));
      assert.ok(!target.startsWith('..'), `${from}: ${href} leaves the site`);
      if (!fs.existsSync(path.join(root, target))) {
        if (!allowMissing(target)) broken.push(`${from} -> ${href}`);
        continue;
      }
      if (target.endsWith('.html') && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return { reached, broken };
}

test('every page is reachable from index.html by links alone, and no link is broken', () => {
  const { reached, broken } = crawl(site, (target) => target.startsWith('downloads/') && !downloadsMerged);
  assert.deepEqual(broken, []);
  const unreached = pages.filter((p) => !reached.has(p) && p !== '404.html');
  assert.deepEqual(unreached, [], 'pages no link leads to');
});

test('in English and Welsh, every page of both trees is reachable and no link is broken', () => {
  const { reached, broken } = crawl(bilingual);
  assert.deepEqual(broken, []);
  const unreached = bilingualPages.filter((p) => !reached.has(p) && !p.endsWith('404.html'));
  assert.deepEqual(unreached, [], 'pages no link leads to');
});

test('a listing split into pages: every page of it is reachable and no link is broken', () => {
  const { reached, broken } = crawl(paged);
  assert.deepEqual(broken, []);
  const unreached = pagedPages.filter((p) => !reached.has(p) && !p.endsWith('404.html'));
  assert.deepEqual(unreached, [], 'pages no link leads to');
  // The fixture splits a section, a year and an area, so this walks pages 2..n, in both languages.
  for (const page of ['sections/victims/page/3/index.html', 'years/2018-19/page/2/index.html',
    'areas/north/page/2/index.html', 'cy/sections/victims/page/3/index.html'])
    assert.ok(reached.has(page), page);
  const englishPages = pagedPages.filter((p) => !p.startsWith('cy/'));
  assert.deepEqual(pagedPages.filter((p) => p.startsWith('cy/')).map((p) => p.slice(3)), englishPages);
  // Like the register's pages 2..n, they are in the sitemap with their other language.
  const sitemap = fs.readFileSync(path.join(paged, 'sitemap.xml'), 'utf8');
  assert.ok(sitemap.includes('<loc>https://pcc.example.org/funding/sections/victims/page/3/</loc>\n' +
    `    <xhtml:link rel="alternate" hreflang="${english.lang}" href="https://pcc.example.org/funding/sections/victims/page/3/"/>\n` +
    `    <xhtml:link rel="alternate" hreflang="${welsh.lang}" href="https://pcc.example.org/funding/cy/sections/victims/page/3/"/>`));
});

test('the Welsh tree has the same pages as the English one, and the files only once', () => {
  const englishPages = bilingualPages.filter((p) => !p.startsWith('cy/'));
  const welshPages = bilingualPages.filter((p) => p.startsWith('cy/')).map((p) => p.slice(3));
  assert.ok(englishPages.length > 20, `${englishPages.length} English pages`);
  assert.deepEqual(welshPages, englishPages);
  for (const file of ['downloads/awards.csv', 'assets/site.css', 'register/awards.js'])
    assert.ok(fs.existsSync(path.join(bilingual, file)), file);
  assert.deepEqual(h.filesUnder(path.join(bilingual, 'cy'), '.csv'), []);
  assert.deepEqual(h.filesUnder(path.join(bilingual, 'cy'), '.xlsx'), []);
});

test('every page says its language, links its other version in the switch and both as alternates', () => {
  // The split listing's pages 2..n too, like the register's.
  const both = [...bilingualPages.map((p) => [bilingual, p]), ...pagedPages.map((p) => [paged, p])];
  for (const [root, relative] of both) {
    const inWelsh = relative.startsWith('cy/');
    const page = inWelsh ? relative.slice(3) : relative;
    const html = fs.readFileSync(path.join(root, relative), 'utf8');
    const lang = inWelsh ? welsh.lang : english.lang;
    assert.match(html, new RegExp(`<html lang="${lang}">`), relative);
    // A 404 page is served at any depth, so it links from the host's root (the base_url's path).
    const resolve = (href) => {
      if (!href.startsWith('/')) return path.posix.normalize(path.posix.join(path.posix.dirname(relative), href));
      assert.ok(page === '404.html' && href.startsWith('/funding/'), `${relative}: ${href}`);
      return href.slice('/funding/'.length);
    };
    // The switch: one link, to the same page in the other language, marked with its language.
    const nav = html.match(/<nav class="language-switch"[^>]*>([\s\S]*?)<\/nav>/);
    assert.ok(nav, `${relative}: no language switch`);
    const other = inWelsh ? english : welsh;
    const switches = [...nav[1].matchAll(/<a href="([^"]*)" lang="([^"]*)" hreflang="([^"]*)">([^<]*)<\/a>/g)];
    assert.equal(switches.length, 1, `${relative}: ${nav[1]}`);
    const [, href, linkLang, hreflang, name] = switches[0];
    assert.equal(linkLang, other.lang, relative);
    assert.equal(hreflang, other.lang, relative);
    assert.equal(name, other.language_name, relative);
    assert.equal(resolve(href), inWelsh ? page : 'cy/' + page, `${relative}: switch leads to ${href}`);
    assert.ok(fs.existsSync(path.join(root, resolve(href))), `${relative}: ${href} is missing`);
    // The alternates: every version, this one included.
    const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]*)" href="([^"]*)">/g)]
      .map((m) => [m[1], resolve(m[2])]));
    assert.deepEqual(alternates, { [english.lang]: page, [welsh.lang]: 'cy/' + page }, relative);
  }
});

test('a Welsh page\'s interface text comes from cy.json', () => {
  const html = fs.readFileSync(path.join(bilingual, 'cy/register/index.html'), 'utf8');
  assert.match(html, new RegExp(`<h1>${welsh.funding_register}</h1>`));
  assert.match(html, new RegExp(`<title>${welsh.funding_register} – `));
  assert.ok(html.includes(`<label for="site-search-input">${welsh.search}</label>`));
  assert.ok(html.includes(`<a class="skip-link" href="#main">${welsh.skip_link}</a>`));
  assert.ok(!html.includes(english.skip_link), 'English interface text on a Welsh page');
  const englishHtml = fs.readFileSync(path.join(bilingual, 'register/index.html'), 'utf8');
  assert.match(englishHtml, new RegExp(`<h1>${english.funding_register}</h1>`));
  // The sitemap names both versions of each page.
  const sitemap = fs.readFileSync(path.join(bilingual, 'sitemap.xml'), 'utf8');
  assert.ok(sitemap.includes('<xhtml:link rel="alternate" hreflang="cy" href="https://pcc.example.org/funding/cy/register/"/>'));
});

test('every page is valid HTML5 (html-validate)', async () => {
  const validator = new HtmlValidate({
    // What the HTML standard requires, and html-validate's accessibility rules.
    extends: ['html-validate:standard', 'html-validate:a11y'],
  });
  const problems = [];
  const files = [...pages.map((p) => path.join(site, p)),
    ...bilingualPages.filter((p) => p.startsWith('cy/')).map((p) => path.join(bilingual, p)),
    ...pagedPages.filter((p) => p.includes('/page/') || /^(sections|years|areas)\/[^/]+\/index\.html$/.test(p))
      .map((p) => path.join(paged, p))];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
  }
  assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
});

test('every id on a page is unique and every in-page link has its target', () => {
  for (const [root, relatives] of [[site, pages], [paged, pagedPages]]) {
    for (const relative of relatives) {
      const html = fs.readFileSync(path.join(root, relative), 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, `${relative}: duplicate ids`);
      for (const href of links(relative, root).filter((l) => l.startsWith('#')))
        assert.ok(ids.includes(href.slice(1)), `${relative}: ${href} has no target`);
    }
  }
});

test('a year\'s link in a split listing\'s table by year leads to the page its lines start on', () => {
  const html = fs.readFileSync(path.join(paged, 'sections/victims/index.html'), 'utf8');
  const hrefs = [...html.matchAll(/<a href="([^"]*#year-[^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['../../sections/victims/page/2/index.html#year-2017-18',
    '../../sections/victims/index.html#year-2018-19']);
  for (const href of hrefs) {
    const [file, anchor] = path.posix.join('sections/victims', href).split('#');
    const target = fs.readFileSync(path.join(paged, path.posix.normalize(file)), 'utf8');
    assert.ok(target.includes(`<h2 id="${anchor}">`), `${href} has no target`);
    assert.ok(!target.includes(`<h2 id="${anchor}">${anchor.slice(5).replace('-', '/')} (`), `${href} lands on a continuation`);
  }
});
