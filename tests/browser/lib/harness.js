// What every browser test shares: building a site with the fundpress under
// test, launching Debian's chromium the way the issue prescribes, watching
// every request and console message, and serving a site on localhost.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (error) {
  throw new Error('the browser-test tools are not installed: run scripts/install-deps.sh test (npm ci in tests/browser)');
}

const binary = process.env.FUNDPRESS_BINARY;
const buildDir = process.env.FUNDPRESS_BUILD_DIR;
const sourceDir = process.env.FUNDPRESS_SOURCE_DIR || path.resolve(__dirname, '../../..');
if (!binary || !buildDir) {
  throw new Error('run through ctest: FUNDPRESS_BINARY and FUNDPRESS_BUILD_DIR must be set');
}

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** Builds `project` (relative to the source tree) into build/browser/<name>; returns the folder. */
function buildSite(project, name, options = []) {
  const out = path.join(buildDir, 'browser', name);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(binary, ['build', path.join(sourceDir, project), '--out', out, ...options],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SOURCE_DATE_EPOCH: '1491004800' } });
  return out;
}

/**
 * Builds a copy of `project` whose fundpress.json's "site" settings are changed
 * by `site` (merged in) into build/browser/<name>; returns the folder.
 */
function buildSiteWith(project, name, site) {
  const copy = path.join(buildDir, 'browser', name + '-project');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(path.join(sourceDir, project), copy, { recursive: true });
  const settings = JSON.parse(fs.readFileSync(path.join(copy, 'fundpress.json'), 'utf8'));
  settings.site = { ...settings.site, ...site };
  fs.writeFileSync(path.join(copy, 'fundpress.json'), JSON.stringify(settings, null, 2));
  return buildSite(path.relative(sourceDir, copy), name);
}

/** Every file under `dir` whose name ends in `suffix`, as paths relative to it. */
function filesUnder(dir, suffix) {
  const found = [];
  (function walk(at) {
    for (const entry of fs.readdirSync(path.join(dir, at), { withFileTypes: true })) {
      const relative = at ? at + '/' + entry.name : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (relative.endsWith(suffix)) found.push(relative);
    }
  })('');
  return found.sort();
}

function fileUrl(site, page) {
  return pathToFileURL(path.join(site, page)).href;
}

/**
 * Chromium with a fresh profile (Playwright makes a new user-data-dir for
 * every launch). Returns {browser, newPage(options)}: each page records
 * console errors, page errors and any request that leaves file: or localhost.
 */
async function launch() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: flags });
  async function newPage(options = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push('console error: ' + message.text());
    });
    page.on('pageerror', (error) => page.problems.push('page error: ' + error.message));
    page.on('dialog', (dialog) => {
      page.problems.push('dialog opened: ' + dialog.message());
      dialog.dismiss();
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const local = url.protocol === 'file:' || url.protocol === 'data:' ||
        (url.protocol === 'http:' && url.hostname === '127.0.0.1');
      if (local) return route.continue();
      page.problems.push('request left the machine: ' + url.href);
      return route.abort();
    });
    return page;
  }
  return { browser, newPage };
}

/** Serves `site` on 127.0.0.1 at the path `mount` ("/funding/"), with 404.html
 *  for any missing path, as a static host does. */
async function serve(site, mount = '/') {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
    '.xml': 'application/xml', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon' };
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let relative = pathname.startsWith(mount) ? pathname.slice(mount.length) : '\0outside';
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.join(site, relative);
    const inside = file.startsWith(site + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    response.writeHead(inside ? 200 : 404, { 'content-type': types[inside ? path.extname(file) : '.html'] || 'application/octet-stream' });
    response.end(fs.readFileSync(inside ? file : path.join(site, '404.html')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: 'http://127.0.0.1:' + server.address().port };
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of WCAG 2.x A and AA (and best practice) on the page. */
async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not stop it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')');
}

const artefactDir = path.join(buildDir, 'browser', 'screenshots');

module.exports = { buildSite, buildSiteWith, filesUnder, fileUrl, launch, serve, axeViolations, artefactDir, sourceDir };
