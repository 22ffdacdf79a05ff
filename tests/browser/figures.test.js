// What the charts and the area pages say, read back in the browser: each
// chart's bars match the table of its figures beside it, row for row; an
// area's own lines and the lines of the wider areas that include it are two
// tables, each with its own total, never added together.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-figures');

let launched;
test.before(async () => { launched = await h.launch(); });
test.after(async () => launched.browser.close());

// "£1,448,239" -> 144823900n
function pence(text) {
  const match = /^(-)?£?([\d,]+)(?:\.(\d\d))?$/.exec(text.trim());
  assert.ok(match, 'not a figure: ' + text);
  const value = BigInt(match[2].replace(/,/g, '')) * 100n + BigInt(match[3] || '0');
  return match[1] ? -value : value;
}

async function charts(page) {
  return page.$$eval('.chart-block', (blocks) => blocks.map((block) => ({
    heading: block.querySelector('h2').textContent,
    summary: block.querySelector('.chart-summary').textContent,
    bars: [...block.querySelectorAll('svg .bar')].map((bar) => Number(bar.getAttribute('width'))),
    labels: [...block.querySelectorAll('svg .bar-label')].map((t) => t.textContent),
    rows: [...block.querySelectorAll('table tbody tr')].map((tr) => ({
      name: tr.querySelector('th').textContent,
      amount: tr.querySelectorAll('td.num')[1].textContent,
    })),
  })));
}

function checkChart(chart) {
  assert.ok(chart.rows.length >= 1, chart.heading);
  assert.deepEqual(chart.labels, chart.rows.map((r) => r.name), chart.heading + ': a bar per row, in order');
  const amounts = chart.rows.map((r) => pence(r.amount));
  const largest = amounts.reduce((a, b) => (a > b ? a : b));
  const longest = Math.max(...chart.bars);
  chart.bars.forEach((width, i) => {
    // Widths are whole units of the viewBox, the longest bar for the largest amount.
    const expected = Number(amounts[i] * BigInt(longest) / largest);
    assert.ok(Math.abs(width - expected) <= 1, `${chart.heading}: ${chart.rows[i].name} drawn ${width}, figure says ${expected}`);
  });
}

test('the home page charts spend by year, the largest recipients and areas, each with its table', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, 'index.html'));
  const found = await charts(page);
  const headings = found.map((c) => c.heading);
  for (const wanted of [/^Spending by year/, /largest recipients/, /^Spending by area/]) {
    assert.ok(headings.some((hd) => wanted.test(hd)), `${wanted} in ${headings}`);
  }
  for (const chart of found) checkChart(chart);
  const recipients = found.find((c) => /largest recipients/.test(c.heading));
  assert.ok(recipients.rows.length <= 10);
  const amounts = recipients.rows.map((r) => pence(r.amount));
  assert.deepEqual(amounts, [...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)), 'largest first');
  assert.match(recipients.summary, new RegExp(recipients.rows[0].name));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a year page and the indexes carry their charts', async () => {
  const page = await launched.newPage();
  const year = h.filesUnder(path.join(site, 'years'), '/index.html').filter((p) => p.includes('/'))[0];
  for (const [relative, wanted] of [['years/' + year, /^Spending by section/], ['sections/index.html', /^Spending by section/],
    ['organisations/index.html', /largest recipients/], ['areas/index.html', /^Spending by area/], ['years/index.html', /^Spending by year/]]) {
    await page.goto(h.fileUrl(site, relative));
    const found = await charts(page);
    assert.ok(found.some((c) => wanted.test(c.heading)), `${relative}: ${found.map((c) => c.heading)}`);
    for (const chart of found) checkChart(chart);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an area page shows its own lines and the wider areas\' lines apart, each with its own total', async () => {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, 'areas/rutland/index.html'));
  const tables = await page.$$eval('table', (list) => list.map((table) => ({
    id: table.id,
    amounts: [...table.querySelectorAll('tbody td.num')].map((td) => td.textContent),
    areas: [...table.querySelectorAll('tbody td')].filter((td) => td.dataset.label === 'Geographical reach').map((td) => td.textContent),
    total: (table.querySelector('tfoot td.num') || {}).textContent,
  })));
  // Several years: each has its own table, the latest first.
  const own = tables.find((t) => t.id === 'rows-table' || t.id.startsWith('rows-table-'));
  const wider = tables.find((t) => t.id === 'wider-table');
  assert.ok(own && wider, JSON.stringify(tables.map((t) => t.id)));
  const sum = (amounts) => amounts.map(pence).reduce((a, b) => a + b, 0n);
  // Each total is the sum of its own rows (totals are shown to the pound).
  assert.equal(pence(own.total), (sum(own.amounts) + 50n) / 100n * 100n);
  assert.equal(pence(wider.total), (sum(wider.amounts) + 50n) / 100n * 100n);
  assert.ok(wider.amounts.length > 0);
  const widerAreas = await page.$$eval('#wider-heading ~ ul a', (links) => links.map((a) => a.textContent));
  assert.deepEqual(widerAreas, ['Leicestershire and Rutland', 'LLR']);
  for (const area of wider.areas) assert.ok(widerAreas.includes(area), area);
  assert.ok(!own.areas.some((a) => widerAreas.includes(a)), 'no wider line among its own');
  // Never added together: the sum of the two appears nowhere on the page.
  const together = (pence(own.total) + pence(wider.total)) / 100n;
  const text = await page.textContent('main');
  assert.ok(!text.replace(/,/g, '').includes(String(together)), 'the two totals are never added');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
