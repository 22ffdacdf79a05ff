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

const config = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'data/leicestershire/fundpress.json'), 'utf8'));
// The data set's years ("2017-18", ...), each with its own report; years are never added together.
const years = fs.readdirSync(path.join(site, 'reports')).filter((d) => /^\d{4}-\d\d$/.test(d)).sort();
const latest = years[years.length - 1];
const report = (year) => `reports/${year}/commissioning-budget.html`;
const yearRows = (year) => (fs.readFileSync(path.join(site, report(year)), 'utf8').match(/<tr id="row-/g) || []).length;
const reportRows = () => years.reduce((n, year) => n + yearRows(year), 0);
const grandOf = (year) => printed(report(year), /<tr class="total">.*?<td class="num">([^<]+)<\/td>/s);
// Every row: a count, then each year's count and total.
const allStatus = () => `${reportRows()} budget lines: ` +
  years.map((year) => `${year.replace('-', '/')} ${yearRows(year)}, £${grandOf(year)}`).join('; ');
const rowNames = (page) => page.$$eval('#register-table tbody th', (cells) => cells.map((c) => c.textContent));

test('with JavaScript each page of the register shows its own rows until the reader asks for more', async () => {
  const rows = reportRows();
  const pageSize = config.site.page_size;
  const withScript = await launched.newPage();
  const without = await launched.newPage({ javaScriptEnabled: false });
  for (const relative of ['register/index.html', 'register/page/2/index.html']) {
    await withScript.goto(h.fileUrl(site, relative));
    await without.goto(h.fileUrl(site, relative));
    assert.deepEqual(await rowNames(withScript), await rowNames(without), relative + ': the rows of this page');
    assert.equal(await withScript.title(), await without.title(), relative + ': its title, "page N of M"');
    assert.equal(await withScript.isVisible('#register-pagination'), true);
    assert.equal(await status(withScript), allStatus());
    assert.ok(await bodyRows(withScript) <= pageSize);
  }
  // Sorted, it lists every row, without page numbers; its count and total are the build's.
  await withScript.locator('#register-table thead th button').first().click();
  assert.equal(await bodyRows(withScript), rows, 'every row, not one page');
  assert.equal(await withScript.isHidden('#register-pagination'), true);
  assert.doesNotMatch(await withScript.title(), /page \d+ of/);
  assert.equal(await status(withScript), allStatus());
  // The script's links work from any page of the register, however deep.
  const hrefs = await withScript.$$eval('#register-table tbody a', (links) => links.map((a) => a.href));
  assert.ok(hrefs.length >= rows);
  for (const href of hrefs) assert.ok(fs.existsSync(new URL(href)), href);
  assert.deepEqual(withScript.problems, []);
  await withScript.context().close();
  await without.context().close();
});

test('sort buttons are named by their heading; the header\'s aria-sort gives the order', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const button = page.getByRole('button', { name: 'Service name', exact: true });
  assert.equal(await button.count(), 1, 'the arrow is not part of the name');
  await button.click();
  assert.equal(await page.locator('#register-table thead th', { has: button }).getAttribute('aria-sort'), 'ascending');
  const snapshot = await page.locator('#register-table thead').ariaSnapshot();
  assert.doesNotMatch(snapshot, /[\u2191\u2193\u2195]/, 'no arrow symbol is read out');
  await page.context().close();
});

test('filters by year, organisation and amount band; the total is the organisation\'s', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  for (const id of ['#filter-organisation', '#filter-band']) assert.equal(await page.locator(id).count(), 1, id);
  const organisations = await page.$$eval('#filter-organisation option', (list) => list.map((o) => o.value).filter(Boolean));
  const value = organisations[0];
  // The organisation's page gives its latest year's lines and total.
  await page.selectOption('#filter-year', latest);
  await page.selectOption('#filter-organisation', value);
  const orgPage = `organisations/${value}/index.html`;
  const [, lines, subtotal] = /<p class="lede">(\d+) budget lines?, (£[\d,]+)/.exec(fs.readFileSync(path.join(site, orgPage), 'utf8'));
  assert.equal(await status(page), `${lines} budget line${lines === '1' ? '' : 's'}, ${subtotal}`);
  await page.selectOption('#filter-organisation', '');
  await page.selectOption('#filter-year', '');
  // Each band holds only amounts inside it.
  const bands = await page.$$eval('#filter-band option', (list) => list.map((o) => [o.value, o.textContent]).filter(([v]) => v));
  assert.ok(bands.length > 1);
  let counted = 0;
  for (const [band, label] of bands) {
    await page.selectOption('#filter-band', band);
    const amounts = (await page.$$eval('#register-table tbody td.num', (c) => c.map((x) => x.textContent))).map(pence);
    const limits = label.match(/£[\d,]+/g).map(pence);
    for (const amount of amounts) {
      if (/^Under/.test(label)) assert.ok(amount < limits[0], label + ' ' + amount);
      else if (/or more$/.test(label)) assert.ok(amount >= limits[0], label + ' ' + amount);
      else assert.ok(amount >= limits[0] && amount <= limits[1] + 99n, label + ' ' + amount);
    }
    counted += await bodyRows(page);
  }
  assert.equal(counted, reportRows(), 'the bands cover every row once');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the rows shown download as CSV, exactly', async () => {
  const page = await launched.newPage({ acceptDownloads: true });
  await page.goto(register);
  await page.selectOption('#filter-year', latest);  // one year: one total
  await page.selectOption('#filter-section', 'victims');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#register-download')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length - 1, await bodyRows(page), 'a line per row shown, after the headings');
  assert.match(lines[0], /Service name/);
  // The amounts add up to the section's exact sum, in pence.
  const header = lines[0].split(',');
  const at = header.findIndex((h) => /proposed costs/i.test(h));
  let sum = 0n;
  for (const line of lines.slice(1)) {
    const figure = line.match(/(?:^|,)(-?\d+\.\d\d)(?:,|$)/);
    assert.ok(figure, line);
    sum += pence(figure[1]);
  }
  assert.ok(at >= 0);
  assert.equal(String(sum), await page.getAttribute('#register-status', 'data-pence'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a search that matches nothing says what to try, and shows no empty table', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  assert.equal(await page.isVisible('#register-empty'), false);
  await page.fill('#filter-text', 'zzqx no such service');
  assert.equal(await page.isVisible('#register-empty'), true);
  assert.match(await page.textContent('#register-empty'), /Try/);
  assert.equal(await page.isVisible('#register-table'), false);
  assert.match(await status(page), /^0 budget lines, £0$/);
  await page.click('#filter-clear');
  assert.equal(await page.isVisible('#register-empty'), false);
  await page.context().close();
});

test('filtering by section narrows the rows and updates the count and total to the section\'s sub-total', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  await page.selectOption('#filter-year', latest);  // a section's page gives its latest year
  const options = await page.$$eval('#filter-section option', (list) => list.map((o) => [o.value, o.textContent]));
  for (const [value, name] of options.filter(([value]) => value)) {
    await page.selectOption('#filter-section', value);
    const sectionPage = `sections/${value}/index.html`;
    const subtotal = printed(sectionPage, /<tr class="total">.*?<td class="num">([^<]+)<\/td>/s);
    const lines = printed(sectionPage, /<p class="lede">(\d+) budget lines?,/);
    assert.equal(await status(page), `${lines} budget line${lines === '1' ? '' : 's'}, ${subtotal}`, name);
    assert.equal(String(await bodyRows(page)), lines, name);
    assert.match(page.url(), new RegExp(`section=${value}`));
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('text search narrows rows; the total is the exact sum of the amounts shown', async () => {
  const page = await launched.newPage();
  await page.goto(register);
  const all = await bodyRows(page);
  await page.selectOption('#filter-year', years[0]);  // one year: one total
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
  const amountHeader = page.locator('#register-table thead th', { hasText: /proposed costs/i });
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

// The same register with its script data in parts of 20 rows (site.register_shard_rows).
const partsSite = () => h.buildSiteWith('data/leicestershire', 'leicestershire-register-parts',
  { register_shard_rows: 20 });

test('a register in parts loads no part until the reader asks, then every part; counts and totals are the rollup\'s', async () => {
  const parted = partsSite();
  const parts = fs.readdirSync(path.join(parted, 'register/data')).filter((f) => /^\d+\.js$/.test(f)).length;
  assert.equal(parts, Math.ceil(reportRows() / 20), 'parts of 20 rows');
  assert.doesNotMatch(fs.readFileSync(path.join(parted, 'register/awards.js'), 'utf8'), /budget line|"cells"/, 'awards.js lists the parts, not the rows');
  const page = await launched.newPage();
  const plain = await launched.newPage();
  await page.goto(h.fileUrl(parted, 'register/page/2/index.html'));
  await plain.goto(h.fileUrl(site, 'register/page/2/index.html'));
  const loadedParts = () => page.locator('script[src*="register/data/"]').count();
  assert.equal(await loadedParts(), 0, 'no part loads while the page shows its own rows');
  assert.deepEqual(await rowNames(page), await rowNames(plain), 'the page\'s own rows');
  assert.equal(await status(page), allStatus());
  // Every status the live region says, from here on.
  await page.evaluate(() => {
    window.statuses = [];
    const region = document.getElementById('register-status');
    new MutationObserver(() => window.statuses.push(region.textContent))
      .observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.selectOption('#filter-year', latest);
  const wanted = `${yearRows(latest)} budget lines, £${grandOf(latest)}`;
  await page.waitForFunction((text) => document.getElementById('register-status').textContent === text, wanted);
  assert.equal(await loadedParts(), parts, 'every part is loaded');
  const statuses = await page.evaluate(() => window.statuses);
  assert.match(statuses[0], new RegExp(`^Loading rows: \\d+ of ${parts} parts$`));
  assert.equal(String(await bodyRows(page)), String(yearRows(latest)));
  // Sorted, every row of every part, with the build's count and totals per year.
  await page.selectOption('#filter-year', '');
  await page.locator('#register-table thead th button').first().click();
  assert.equal(await bodyRows(page), reportRows(), 'every row, each once');
  assert.equal(await status(page), allStatus());
  const names = await rowNames(page);
  await plain.locator('#register-table thead th button').first().click();
  assert.deepEqual(names, await rowNames(plain), 'the same rows in the same order as from one file');
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await plain.context().close();
});

test('without JavaScript the register is a complete paginated table', async () => {
  const rows = reportRows();
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
