// Opens every page of a built site in headless Chromium: runs the axe-core accessibility
// audit (light and dark colour schemes), checks that nothing overflows sideways at phone and
// desktop widths, and that the questions' accordions open. Prints a JSON report; exits 1 on
// any finding.
//
// usage: node audit.cjs <site folder> <page>...   (pages relative to the site folder)
// env:   VARSEL_NODE_MODULES  folder holding playwright-core and axe-core
//        VARSEL_CHROMIUM      the browser (default /usr/bin/chromium)
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const modules = process.env.VARSEL_NODE_MODULES;
if (!modules) {
  console.error('VARSEL_NODE_MODULES is not set (run .ci/run, or npm install playwright-core axe-core)');
  process.exit(2);
}
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(modules, 'axe-core', 'axe.min.js'), 'utf8');

const [root, ...pages] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

// A plain static server, so pages load as they would from a web server (file: URLs change
// how the content security policy treats 'self').
function serve(dir) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

(async () => {
  const dir = path.resolve(root);
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  // Playwright runs the browser headless with a fresh temporary profile of its own.
  const browser = await chromium.launch({
    executablePath: process.env.VARSEL_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const findings = [];
  const checked = [];
  let accordionsOpened = 0;
  try {
    for (const rel of pages) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
        const page = await context.newPage();
        const blocked = [];
        page.on('console', (m) => { if (m.type() === 'error') blocked.push(m.text()); });
        page.on('requestfailed', (r) => blocked.push(`${r.url()}: ${r.failure().errorText}`));
        await page.goto(base + rel, { waitUntil: 'load' });
        for (const b of blocked) findings.push({ page: rel, colorScheme, check: 'load', message: b });
        // Evaluated through the DevTools protocol: the page's policy forbids scripts, and
        // the audit must see the page exactly as readers do.
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document));
        for (const v of result.violations) {
          findings.push({
            page: rel, colorScheme, check: 'axe', rule: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
          });
        }
        if (colorScheme === 'light') {
          for (const width of [375, 1280]) {
            await page.setViewportSize({ width, height: 800 });
            const overflow = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
              wide: [...document.querySelectorAll('body *')]
                .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
                .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className : ''))
                .slice(0, 5),
            }));
            if (overflow.scroll > overflow.inner) {
              findings.push({ page: rel, check: 'overflow', width, ...overflow });
            }
            if (width === 375) {
              const shot = path.join(os.tmpdir(), 'varsel-' + rel.replace(/[^a-z0-9]+/gi, '-') + '-375.png');
              await page.screenshot({ path: shot, fullPage: true });
            }
            const summaries = await page.locator('details > summary').count();
            if (summaries > 0) {
              const details = page.locator('details').first();
              const before = await details.evaluate((d) => d.open);
              await page.locator('details > summary').first().click();
              const after = await details.evaluate((d) => d.open);
              const answerVisible = await details.locator(':scope > :not(summary)').first().isVisible();
              if (before || !after || !answerVisible) {
                findings.push({ page: rel, check: 'accordion', width, before, after, answerVisible });
              } else {
                accordionsOpened += 1;
              }
              await page.locator('details > summary').first().click();
            }
          }
        }
        checked.push(`${rel} (${colorScheme})`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(JSON.stringify({ checked, accordionsOpened, findings }, null, 2));
  process.exit(findings.length ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
