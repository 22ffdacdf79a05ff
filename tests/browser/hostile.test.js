// Hostile text in every field (tests/fixtures/hostile-text): script tags,
// attribute break-outs, javascript: addresses, Markdown with raw HTML and
// right-to-left override characters must show as text and run nothing.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { HtmlValidate } = require('html-validate');
const h = require('./lib/harness');

const site = h.buildSite('tests/fixtures/hostile-text', 'hostile-text');
const pages = h.filesUnder(site, '.html').filter((p) => p !== '404.html');

let launched;
test.before(async () => { launched = await h.launch(); });
test.after(async () => launched.browser.close());

test('no page runs injected code, loads an injected element or links to javascript:', async () => {
  const page = await launched.newPage();
  for (const relative of pages) {
    await page.goto(h.fileUrl(site, relative));
    // Let the register's script render its rows from the data file too.
    await page.waitForLoadState('load');
    const found = await page.evaluate(() => ({
      pwned: window.pwned,
      injected: document.querySelectorAll('img, iframe, style, object, embed, b, [onerror], [onclick], [onmouseover]').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      foreignScripts: [...document.scripts].filter((s) => s.src && !s.src.startsWith('file:')).length,
      badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
        .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
    }));
    assert.deepEqual(found, { pwned: undefined, injected: 0, inlineScripts: 0, foreignScripts: 0, badLinks: [] }, relative);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('hostile names appear as the text they are', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, 'register/index.html'));
  const text = await page.textContent('#register-table');
  assert.ok(text.includes('<script>window.pwned=1</script>'), 'a service name with a script tag');
  assert.ok(text.includes('"><img src=x onerror="window.pwned=\'organisation\'">'), 'an organisation that closes an attribute');
  assert.ok(text.includes('javascript:window.pwned=1'), 'a javascript: description');
  assert.ok(text.includes('Left\u202etxet desrever\u202c right'), 'a right-to-left override, kept as a character');
  assert.ok(text.includes('{{triple}} mustache'), 'mustache in data is not a template');
  assert.ok(text.includes('</td></tr></table><script>window.pwned=\'cell\'</script>'), 'a cell that closes the table');
  await page.goto(h.fileUrl(site, 'index.html'));
  assert.match(await page.title(), /Hostile "><img src=x onerror="window.pwned='short name'"> PCC/);
  await page.context().close();
});

test('the hostile site is still valid HTML', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const problems = [];
  for (const relative of h.filesUnder(site, '.html')) {
    const report = await validator.validateFile(path.join(site, relative));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${relative}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
  }
  assert.deepEqual(problems, []);
});
