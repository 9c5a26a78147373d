// Before the wasm has arrived: the start page drawn at build time (a "Begin" that works at
// once), which the wizard replaces without moving anything on the page; and in a browser that
// cannot run the wizard, the host's fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, axeViolations, focused, shortJourney, wizardReady } from './harness.mjs';

const env = setup();

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return () => release();
}

/** A phone-sized page that adds up layout shifts, with the wasm held back. */
async function heldPage() {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shift += entry.value;
        // What moved, for the message when this fails.
        (window.__moved ??= []).push(entry.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} at ${Math.round(entry.startTime)} ms: ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(env.server.hostPage('first-screen.html', env.server.endpoint));
  return { context, page, release, host: page.locator('[data-klachtwijzer]') };
}

test('the start page is there before the wasm; "Begin" pressed then opens the first question as soon as the wizard is ready', async () => {
  const { context, page, release, host } = await heldPage();
  await host.getByRole('heading', { level: 1, name: 'Een klacht indienen' }).waitFor();
  assert.match(await host.innerText(), /tevreden over Perspektief/);
  assert.match(await host.innerText(), /klacht@perspektief\.nl/);
  assert.equal(await host.locator('[data-klachtwijzer-unsupported]').isVisible(), false);
  // In the organisation's colours already.
  assert.equal(await host.locator('[data-kw-begin]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(107, 29, 79)');
  assert.deepEqual(await axeViolations(page), []);
  const status = host.locator('[data-kw-opening]');
  // What needs the wizard says so; "Begin" is remembered.
  await host.getByRole('button', { name: 'Lees voor' }).click();
  assert.equal(await status.textContent(), 'Dit kan zo. Het formulier is bijna klaar.');
  await host.getByRole('button', { name: 'Begin' }).click();
  assert.equal(await status.textContent(), 'Het formulier gaat open. Even geduld.');
  assert.equal(await host.getAttribute('data-klachtwijzer-begin'), '');

  release();
  await page.locator('.kw h1').filter({ hasText: 'Voor wie is de klacht?' }).waitFor();
  assert.equal(await focused(page, 'tagName'), 'H1', 'the question has the focus');
  assert.equal(await host.getAttribute('data-klachtwijzer-ready'), '');
  assert.equal(await page.locator('.kw-first-screen').count(), 0, 'the drawn start page is gone');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the wizard takes the start page\'s place without a layout shift, keeping the focus and what was ticked', async () => {
  const { context, page, release, host } = await heldPage();
  await host.getByRole('heading', { level: 1, name: 'Een klacht indienen' }).waitFor();
  await host.getByLabel('Ik gebruik een gedeelde computer').check();
  // Where things are on the page (checking scrolled it), to compare after.
  const where = async (locator) => (await locator.boundingBox()).y + await page.evaluate(() => scrollY);
  const footerBefore = await where(page.locator('footer'));
  const beginBefore = await where(host.getByRole('button', { name: 'Begin' }));
  // Long enough ago that the shifts below are not excused as following the click.
  await page.waitForTimeout(600);
  release();
  await page.locator('[data-klachtwijzer][data-klachtwijzer-ready]').waitFor({ state: 'attached' });
  await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  assert.equal(await page.locator('.kw-first-screen').count(), 0);
  assert.equal(await focused(page, 'id'), 'kw0-shared-computer', 'the same checkbox has the focus');
  assert.equal(await host.getByLabel('Ik gebruik een gedeelde computer').isChecked(), true, 'still ticked');
  const shift = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(window.__shift))));
  assert.ok(shift < 0.02, `layout shift ${shift}: ${JSON.stringify(await page.evaluate(() => window.__moved))}`);
  const beginAfter = await where(host.getByRole('button', { name: 'Begin' }));
  assert.ok(Math.abs(beginAfter - beginBefore) <= 1, `Begin moved from ${beginBefore} to ${beginAfter}`);
  const footerAfter = await where(page.locator('footer'));
  assert.ok(Math.abs(footerAfter - footerBefore) <= 1, `the footer moved from ${footerBefore} to ${footerAfter}`);
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
  await page.addInitScript(() => addEventListener('klachtwijzer:started', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(env.server.hostPage('memory.html', env.server.endpoint).replace('memory.html', 'memory.html?regulation=permens'));
  await wizardReady(page);
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
  await wizardReady(page);
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
