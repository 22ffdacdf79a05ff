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

// The downloads page is built on the exports branch; until it is merged the
// link to it is the only one allowed to point at nothing.
const downloadsMerged = fs.existsSync(path.join(site, 'downloads'));

function links(relative) {
  const html = fs.readFileSync(path.join(site, relative), 'utf8');
  return [...html.matchAll(/<(?:a|link|script)\b[^>]*?\b(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

test('every page is reachable from index.html by links alone, and no link is broken', () => {
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  const broken = [];
  while (queue.length) {
    const from = queue.shift();
    for (const href of links(from)) {
      if (/^(https?:|mailto:)/.test(href) || href.startsWith('#')) continue;
      assert.ok(!href.startsWith('/') && !/^[a-z]+:/i.test(href), `${from}: link ${href} is not relative`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), href.split('#')[0]));
      assert.ok(!target.startsWith('..'), `${from}: ${href} leaves the site`);
      if (!fs.existsSync(path.join(site, target))) {
        if (!(target.startsWith('downloads/') && !downloadsMerged)) broken.push(`${from} -> ${href}`);
        continue;
      }
      if (target.endsWith('.html') && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  assert.deepEqual(broken, []);
  const unreached = pages.filter((p) => !reached.has(p) && p !== '404.html');
  assert.deepEqual(unreached, [], 'pages no link leads to');
});

test('every page is valid HTML5 (html-validate)', async () => {
  const validator = new HtmlValidate({
    // What the HTML standard requires, and html-validate's accessibility rules.
    extends: ['html-validate:standard', 'html-validate:a11y'],
  });
  const problems = [];
  for (const relative of pages) {
    const report = await validator.validateFile(path.join(site, relative));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${relative}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
  }
  assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
});

test('every id on a page is unique and every in-page link has its target', () => {
  for (const relative of pages) {
    const html = fs.readFileSync(path.join(site, relative), 'utf8');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, `${relative}: duplicate ids`);
    for (const href of links(relative).filter((l) => l.startsWith('#')))
      assert.ok(ids.includes(href.slice(1)), `${relative}: ${href} has no target`);
  }
});
