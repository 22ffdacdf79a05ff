// Tables on a phone: at 320 and 375 CSS pixels every figure of every table,
// and the name it belongs to, is inside the screen without scrolling
// sideways, with and without JavaScript. A table that does scroll (a wide
// one on a tablet) says so and keeps its first column in view.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-phones');
const first = (folder) => folder + '/' + h.filesUnder(path.join(site, folder), '/index.html')[0];

// Every kind of page with a table of figures.
const pages = {
  home: 'index.html',
  register: 'register/index.html',
  'register-page-2': 'register/page/2/index.html',
  sections: 'sections/index.html',
  section: first('sections'),
  areas: 'areas/index.html',
  'area-with-areas-within': 'areas/llr/index.html',
  organisations: 'organisations/index.html',
  organisation: first('organisations'),
  years: 'years/index.html',
  year: first('years'),
  report: 'reports/' + h.filesUnder(path.join(site, 'reports'), '.html').filter((p) => p.includes('/'))[0],
};

let launched;
test.before(async () => {
  launched = await h.launch();
  fs.mkdirSync(h.artefactDir, { recursive: true });
});
test.after(async () => launched.browser.close());

// Each figure cell (and the row header of its row) that is not wholly inside
// the viewport, described for the failure message.
async function offScreen(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [];
    const inside = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.right <= width + 0.5;
    };
    for (const cell of document.querySelectorAll('table td.num')) {
      if (!cell.textContent.trim()) continue;  // no figure (the first year has no change)
      const row = cell.closest('tr');
      const name = row.querySelector('th');
      if (!inside(cell)) outside.push('figure "' + cell.textContent.trim() + '" in row "' + row.textContent.trim().slice(0, 60) + '"');
      if (name && !inside(name)) outside.push('name "' + name.textContent.trim().slice(0, 60) + '"');
    }
    return { outside, figures: document.querySelectorAll('table td.num').length };
  });
}

// Only the register's script redraws a table, so only its pages are also
// checked without JavaScript (the others are the same page either way).
for (const javaScript of [true, false]) {
  for (const [name, relative] of Object.entries(pages)) {
    if (!javaScript && !name.startsWith('register')) continue;
    test(`${name}: every figure on screen at 320 and 375px (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await launched.newPage({ javaScriptEnabled: javaScript, viewport: { width: 375, height: 800 } });
      await page.goto(h.fileUrl(site, relative));
      for (const width of [375, 320]) {
        await page.setViewportSize({ width, height: 800 });
        const { outside, figures } = await offScreen(page);
        assert.ok(figures > 0, `${name}: has figures to check`);
        assert.deepEqual(outside, [], `${name} at ${width}px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px at ${width}px`);
        if (javaScript) {
          const hints = await page.locator('.table-scroll-hint:visible').count();
          assert.equal(hints, 0, `${name}: no table scrolls at ${width}px, so none says it does`);
        }
      }
      if (javaScript) {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.screenshot({ path: path.join(h.artefactDir, name + '-375.png'), fullPage: true });
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('each figure on a phone is labelled with its column heading', async () => {
  const page = await launched.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(h.fileUrl(site, 'register/index.html'));
  const labels = await page.evaluate(() => {
    const headings = [...document.querySelectorAll('#register-table thead th')].map((th) => th.textContent.trim());
    const cell = document.querySelector('#register-table tbody td.num');
    return { headings, label: getComputedStyle(cell, '::before').content };
  });
  assert.ok(labels.headings.some((heading) => labels.label === '"' + heading + '"'), JSON.stringify(labels));
  await page.context().close();
});

test('a wide table that scrolls says so and keeps its first column in view', async () => {
  const page = await launched.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(h.fileUrl(site, 'register/index.html'));
  const box = page.locator('#register-table').locator('xpath=..');
  const wide = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
  assert.ok(wide, 'the register is wider than 800px (else this test proves nothing)');
  assert.equal(await page.locator('#register-table-hint').isVisible(), true);
  const before = await page.locator('#register-table tbody th').first().boundingBox();
  await box.evaluate((element) => { element.scrollLeft = 300; });
  const after = await page.locator('#register-table tbody th').first().boundingBox();
  assert.equal(Math.round(after.x), Math.round(before.x), 'the first column stays where it was');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('#register-table-hint').waitFor({ state: 'hidden' });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
