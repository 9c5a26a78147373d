// Before the wasm has arrived: the host's own first screen (title, a polite "loading", the
// organisation's contact details), which the wizard replaces without moving anything on the
// page; and in a browser that cannot run the wizard, the host's fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, axeViolations, shortJourney } from './harness.mjs';

const env = setup();

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return () => release();
}

test('the first screen shows before the wasm, and the wizard replaces it without a layout shift', async () => {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(env.server.hostPage('first-screen.html', env.server.endpoint));

  const host = page.locator('[data-klachtwijzer]');
  await assert.doesNotReject(host.getByRole('heading', { level: 1, name: 'Een klacht indienen' }).waitFor());
  assert.equal((await host.getByRole('status').innerText()).trim(), 'We laden de klachtwijzer.');
  assert.match(await host.innerText(), /klacht@perspektief\.nl/);
  assert.equal(await host.locator('[data-klachtwijzer-unsupported]').isVisible(), false);
  assert.deepEqual(await axeViolations(page), []);
  const footerBefore = await page.locator('footer').boundingBox();

  release();
  await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  assert.match(await page.locator('.kw').innerText(), /tevreden over Perspektief/);
  // The host's first screen is gone, and nothing moved.
  assert.equal(await host.getAttribute('data-klachtwijzer-ready'), '');
  assert.equal(await host.locator('.demo-first-screen').isVisible(), false);
  const shift = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(window.__shift))));
  assert.ok(shift < 0.02, `layout shift ${shift}`);
  assert.ok((await page.locator('footer').boundingBox()).y >= footerBefore.y, 'the footer did not move up into view');
  await context.close();
});

/** An organisation's page that loads the wizard with the stable loader, with a fallback. */
function pageWithFallback(firstScreen) {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Klacht indienen</title><link rel="icon" href="data:,"></head>
<body><main>
  <div data-klachtwijzer data-regulation="../regulations/permens.json">
    ${firstScreen}
  </div>
</main>
<script type="module" src="../klachtwijzer.js"></script>
<script nomodule src="../klachtwijzer-nomodule.js"></script>
</body></html>`;
}

test('a browser without WebAssembly gets the host\'s fallback with the contact details, not "loading" forever', async () => {
  const url = env.server.addFile('oud/klacht.html', pageWithFallback(`
    <h1>Een klacht indienen</h1>
    <p role="status">We laden de klachtwijzer.</p>
    <div data-klachtwijzer-unsupported hidden>
      <p>Deze browser kan de klachtwijzer niet openen. Stuur je klacht per e-mail.</p>
      <p><a href="mailto:klachten@permens.nl">klachten@permens.nl</a></p>
    </div>`));
  const context = await env.browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const tab = await context.newPage();
  await tab.goto(url);
  const fallback = tab.locator('[data-klachtwijzer-unsupported]');
  await assert.doesNotReject(fallback.waitFor({ state: 'visible' }));
  assert.match(await fallback.innerText(), /klachten@permens\.nl/);
  assert.equal(await tab.getByRole('status').isVisible(), false);
  assert.deepEqual(await axeViolations(tab), []);
  await context.close();
});

test('when the wizard\'s files cannot be loaded, the host\'s fallback shows', async () => {
  const url = env.server.addFile('kapot/klacht.html', pageWithFallback(`
    <p role="status">We laden de klachtwijzer.</p>
    <p data-klachtwijzer-unsupported hidden>Het lukt nu niet. Mail ons: klachten@permens.nl</p>`));
  const context = await env.browser.newContext();
  const tab = await context.newPage();
  await tab.route(/_bg\.wasm$/, (route) => route.abort());
  await tab.goto(url);
  await assert.doesNotReject(tab.locator('[data-klachtwijzer-unsupported]').waitFor({ state: 'visible' }));
  assert.equal(await tab.getByRole('status').isVisible(), false);
  await context.close();
});

test('wasm memory does not grow over repeated journeys in one page', async () => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(env.server.hostPage('memory.html', env.server.endpoint).replace('memory.html', 'memory.html?regulation=permens'));
  await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  const memory = () => page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  for (let i = 0; i < 5; i++) await shortJourney(page);
  const before = await memory();
  for (let i = 0; i < 25; i++) await shortJourney(page);
  const after = await memory();
  // Wasm memory grows in 64 KiB pages and never shrinks: a leak shows as pages added.
  assert.ok(after - before <= 64 * 1024, `wasm memory grew from ${before} to ${after} bytes`);
  await context.close();
});

test('English is loaded only when chosen; when it cannot be loaded, the person stays in Dutch and is told', async () => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => { if (/locales\/en\.json/.test(request.url())) fetched.push(request.url()); });
  await page.route(/locales\/en\.json/, (route) => route.abort());
  await page.goto(env.server.hostPage('language.html', env.server.endpoint));
  await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  assert.deepEqual(fetched, [], 'nothing fetched before English is chosen');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await assert.doesNotReject(page.locator('.kw-notice').filter({ hasText: 'Engels werkt nu niet' }).waitFor());
  assert.equal(fetched.length, 1);
  assert.equal(await page.locator('.kw').getAttribute('lang'), 'nl');
  assert.equal((await page.locator('.kw h1').innerText()).trim(), 'Een klacht indienen');

  await page.unroute(/locales\/en\.json/);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await assert.doesNotReject(page.locator('.kw h1').filter({ hasText: 'Make a complaint' }).waitFor());
  assert.equal(await page.locator('.kw').getAttribute('lang'), 'en');
  await context.close();
});
