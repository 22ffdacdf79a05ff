// The site printed from Chromium (page.pdf honours the stylesheet's @page),
// read back with poppler: the report prints on A4 landscape, its column
// headings on every page, each sub-total once and the grand total once,
// after the last sub-total; other pages print on A4 portrait.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const site = h.buildSite('data/leicestershire', 'leicestershire-print');
const config = JSON.parse(fs.readFileSync(path.join(h.sourceDir, 'data/leicestershire/fundpress.json'), 'utf8'));

let launched;
test.before(async () => {
  launched = await h.launch();
  fs.mkdirSync(h.artefactDir, { recursive: true });
});
test.after(async () => launched.browser.close());

async function print(relative, name) {
  const page = await launched.newPage();
  await page.goto(h.fileUrl(site, relative));
  const pdf = path.join(h.artefactDir, name + '.pdf');
  // No size is passed: the page's own @page rule decides it.
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { info, pages, text, pageTexts: text.split('\f').filter((t) => t.trim() !== '') };
}

// "landscape" or "portrait" when poppler reads the pages as A4 (Chromium's
// sizes are a fraction of a point off 595 x 842), else what it read.
function pageSize(info) {
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/m.exec(info) || [, 0, 0];
  if (!width) return /^Page size:.*$/m.exec(info)[0];
  return Number(width) > Number(height) ? 'landscape' : 'portrait';
}

const count = (text, needle) => text.split(needle).length - 1;

test('the report prints on A4 landscape, each total once and the grand total last', async () => {
  const report = h.filesUnder(path.join(site, 'reports'), '.html').filter((p) => p.includes('/'))[0];
  const { info, pages, text, pageTexts } = await print('reports/' + report, 'report-print');
  assert.deepEqual(pageSize(info), 'landscape', 'A4 landscape');
  assert.ok(pages > 1, 'the report runs over several pages, so repeats would show');

  const grand = config.report.grand_total_label;
  assert.equal(count(text, grand), 1, 'the grand total prints once');
  const subtotals = config.sections.map((section) => section.subtotal_label);
  for (const label of subtotals) assert.equal(count(text, label), 1, label + ' prints once');
  const lastSubtotal = Math.max(...subtotals.map((label) => text.indexOf(label)));
  assert.ok(text.indexOf(grand) > lastSubtotal, 'the grand total comes after the last sub-total');
  // The figure beside it is the build's grand total.
  assert.match(text.slice(text.indexOf(grand)).split('\n')[0], /4,668,359/);

  // The column headings repeat at the top of every page the table runs onto.
  const amountHeading = config.labels.amount;
  const tablePages = pageTexts.filter((t) => /sub-total|\d{1,3},\d{3}/.test(t));
  for (const [i, t] of tablePages.entries()) {
    assert.ok(t.includes(amountHeading), `page ${i + 1} of the table repeats the headings`);
  }
  // No page holds only notes' tail: every page that has text has more than a stray line or two.
  for (const [i, t] of pageTexts.entries()) {
    assert.ok(t.trim().split('\n').length > 2, `page ${i + 1} holds only: ${t.trim()}`);
  }
});

test('a listing page prints on A4 portrait with its total once', async () => {
  const { info, text } = await print('sections/index.html', 'sections-print');
  assert.deepEqual(pageSize(info), 'portrait', 'A4 portrait');
  // Its total is the latest year's (years are never added together): that report's grand total.
  const years = fs.readdirSync(path.join(site, 'reports')).filter((d) => /^\d{4}-\d\d$/.test(d)).sort();
  const latest = fs.readFileSync(path.join(site, 'reports', years[years.length - 1], 'commissioning-budget.html'), 'utf8');
  const total = /<tr class="total">.*?<td class="num">([^<]+)<\/td>/s.exec(latest)[1];
  assert.equal(count(text, total), 1, 'the total prints once');
});
