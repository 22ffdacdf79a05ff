// The funding register in a real browser: with JavaScript it filters, sorts,
// counts and adds up every row exactly, and keeps its state in the address;
// without JavaScript it is a complete paginated table.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-register');
const register = h.fileUrl(site, 'register/index.html');

let launched;
test.before(async () => { launched = await h.launch(); });
test.after(async () => launched.browser.close());

const status = (page) => page.textContent('#register-status');
const bodyRows = (page) => page.locator('#register-table tbody tr').count();

// "1,448,239" -> 144823900n: a figure as printed, in pence.
function pence(text) {
  const match = /^(-)?£?([\d,]+)(?:\.(\d\d))?$/.exec(text.trim());
  assert.ok(match, 'not a figure: ' + text);
  const value = BigInt(match[2].replace(/,/g, '')) * 100n + BigInt(match[3] || '0');
  return match[1] ? -value : value;
}

// The figures the build printed, read from its own pages.
function printed(relative, pattern) {
  const html = fs.readFileSync(path.join(site, relative), 'utf8');
  const match = pattern.exec(html);
  assert.ok(match, `${relative} has no ${pattern}`);
  return match[1];
}

test('with every row shown, the script\'s count and total equal the build\'s grand total', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const grand = printed('reports/2017-18/commissioning-budget.html', /<tr class="total">.*?<td class="num">([^<]+)<\/td>/s);
  const rows = (fs.readFileSync(path.join(site, 'reports/2017-18/commissioning-budget.html'), 'utf8').match(/<tr id="row-/g) || []).length;
  assert.equal(await status(page), `${rows} budget lines, £${grand}`);
  assert.equal(await bodyRows(page), rows, 'the script shows every row, not one page');
  assert.equal(await page.isHidden('#register-pagination'), true);
  // The script's links work from any page of the register, however deep.
  await page.goto(h.fileUrl(site, 'register/page/2/index.html'));
  const hrefs = await page.$$eval('#register-table tbody a', (links) => links.map((a) => a.href));
  assert.ok(hrefs.length >= rows);
  for (const href of hrefs) assert.ok(fs.existsSync(new URL(href)), href);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('filtering by section narrows the rows and updates the count and total to the section\'s sub-total', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const options = await page.$$eval('#filter-section option', (list) => list.map((o) => [o.value, o.textContent]));
  for (const [value, name] of options.filter(([value]) => value)) {
    await page.selectOption('#filter-section', value);
    const sectionPage = `sections/${value}/index.html`;
    const subtotal = printed(sectionPage, /<tr class="total">.*?<td class="num">([^<]+)<\/td>/s);
    const lines = printed(sectionPage, /<p class="lede">(\d+) budget lines?,/);
    assert.equal(await status(page), `${lines} budget line${lines === '1' ? '' : 's'}, ${subtotal}`, name);
    assert.equal(String(await bodyRows(page)), lines, name);
    assert.match(page.url(), new RegExp(`#section=${value}$`));
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('text search narrows rows; the total is the exact sum of the amounts shown', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const all = await bodyRows(page);
  await page.fill('#filter-text', 'prevention and diversion');
  const amounts = await page.$$eval('#register-table tbody td.num', (cells) => cells.map((c) => c.textContent));
  assert.ok(amounts.length > 1 && amounts.length < all, `${amounts.length} of ${all} rows`);
  const sum = amounts.map(pence).reduce((a, b) => a + b, 0n);
  const shown = /, (.+)$/.exec(await status(page))[1];
  // Rows show pence; the total is rounded to the pound, half away from zero.
  assert.equal(pence(shown), (sum + 50n) / 100n * 100n);
  assert.match(await status(page), new RegExp(`^${amounts.length} budget lines, `));
  const texts = await page.$$eval('#register-table tbody tr', (rows) => rows.map((r) => r.textContent.toLowerCase()));
  for (const text of texts) assert.ok(text.includes('prevention and diversion'));
  await page.context().close();
});

test('sorting by amount orders rows by value, not as text, both ways, with aria-sort', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const amountHeader = page.locator('#register-table thead th', { hasText: 'proposed costs' });
  await amountHeader.locator('button').click();
  assert.equal(await amountHeader.getAttribute('aria-sort'), 'descending');
  let values = (await page.$$eval('#register-table tbody td.num', (c) => c.map((x) => x.textContent))).map(pence);
  assert.deepEqual(values, [...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  assert.ok(values[0] > values[values.length - 1]);
  await amountHeader.locator('button').click();
  assert.equal(await amountHeader.getAttribute('aria-sort'), 'ascending');
  values = (await page.$$eval('#register-table tbody td.num', (c) => c.map((x) => x.textContent))).map(pence);
  assert.deepEqual(values, [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.equal(await page.locator('#register-table thead th[aria-sort]').count(), 1);
  await page.context().close();
});

test('a shared address opens the same filtered, sorted view', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  await page.selectOption('#filter-area', 'leicester-city');
  await page.fill('#filter-text', 'council');
  await page.locator('#register-table thead th', { hasText: 'Service name' }).locator('button').click();
  const address = page.url();
  const expected = { status: await status(page), first: await page.textContent('#register-table tbody tr th') };
  const other = await launched.newPage();
  await other.goto(address);
  assert.equal(await status(other), expected.status);
  assert.equal(await other.textContent('#register-table tbody tr th'), expected.first);
  assert.equal(await other.inputValue('#filter-text'), 'council');
  assert.equal(await other.inputValue('#filter-area'), 'leicester-city');
  // An area includes the areas within it: Leicester City takes in Sub - Leicester City.
  await other.fill('#filter-text', '');
  assert.match(await other.textContent('#register-table tbody'), /Sub - Leicester City/);
  await page.context().close();
  await other.context().close();
});

test('without JavaScript the register is a complete paginated table', async () => {
  const rows = (fs.readFileSync(path.join(site, 'reports/2017-18/commissioning-budget.html'), 'utf8').match(/<tr id="row-/g) || []).length;
  const pageSize = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'data/leicestershire/fundpress.json'), 'utf8')).site.page_size;
  const pages = Math.ceil(rows / pageSize);
  assert.ok(pages > 1, 'the test needs more than one page');
  const page = await launched.newPage({ javaScriptEnabled: false });
  await page.goto(register);
  assert.equal(await page.isHidden('#register-tools'), true, 'filters need the script');
  assert.equal(await page.locator('.sort-button').count(), 0);
  const seen = [];
  let address = register;
  for (let n = 1; address; n++) {
    await page.goto(address);
    assert.match(await page.title(), new RegExp(`\\(page ${n} of ${pages}\\)`));
    assert.equal(await page.locator('.pagination-prev').count(), n === 1 ? 0 : 1, 'no "previous" on page 1');
    seen.push(...await page.$$eval('#register-table tbody th a', (links) => links.map((a) => a.textContent)));
    const next = page.locator('.pagination-next a');
    address = (await next.count()) ? await next.evaluate((a) => a.href) : null;
  }
  assert.equal(seen.length, rows, 'every row is on one of the pages');
  assert.equal(new Set(seen.map((text, i) => text + i)).size, rows);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
