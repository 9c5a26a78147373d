// Klachtwijzer benchmark: bytes of a first load, ready at first paint beside SurveyJS, Lighthouse
// (mobile), step speed with and without 4x CPU throttling, memory over repeated journeys, and
// regulation load time.
// Prints a table and writes bench/results.json. Not a pass/fail test: figures only.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dirname, join, resolve, extname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, shortJourney, wizardReady, receiver } from '../tests/e2e/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const results = {};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const kb = (n) => (n / 1024).toFixed(1);

// 1. Bytes of a first load of the demo page (what the browser fetches).
function bytes() {
  const files = readdirSync(dist).filter((f) => /^(index\.html|klachtwijzer\.js|klachtwijzer-[^.]+(_bg\.wasm|\.js|\.css))$/.test(f));
  files.push('regulations/perspektief.json');
  const rows = files.map((file) => {
    const data = readFileSync(join(dist, file));
    const type = extname(file).slice(1);
    return {
      file, type, raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key, filter = () => true) => rows.filter(filter).reduce((sum, r) => sum + r[key], 0);
  const byType = {};
  for (const type of [...new Set(rows.map((r) => r.type))]) {
    byType[type] = { raw: total('raw', (r) => r.type === type), gzip: total('gzip', (r) => r.type === type), brotli: total('brotli', (r) => r.type === type) };
  }
  const budgeted = (r) => r.type !== 'html';
  results.bytes = { files: rows, byType, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
    budget: { brotli: total('brotli', budgeted), limit: 180 * 1024, wasm_gzip: total('gzip', (r) => r.type === 'wasm'), wasm_limit: 200 * 1024 } };
  console.log('\nFirst load (demo page)            raw KB   gzip KB  brotli KB');
  for (const [type, t] of Object.entries(byType)) console.log(`  ${type.padEnd(30)} ${kb(t.raw).padStart(8)} ${kb(t.gzip).padStart(9)} ${kb(t.brotli).padStart(10)}`);
  console.log(`  ${'total'.padEnd(30)} ${kb(results.bytes.total.raw).padStart(8)} ${kb(results.bytes.total.gzip).padStart(9)} ${kb(results.bytes.total.brotli).padStart(10)}`);
  console.log(`  wasm + js + css + loader + regulation: ${kb(results.bytes.budget.brotli)} KB brotli (budget 180 KB); wasm ${kb(results.bytes.budget.wasm_gzip)} KB gzip (budget 200 KB)`);
}

// 2. Step speed: from activating "Verder" to the next heading focused and painted.
async function stepSpeed(browser, server, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${server.site}?regulation=permens`);
  await wizardReady(page);
  await page.evaluate(() => {
    const root = () => document.querySelector('[data-klachtwijzer-root]').shadowRoot;
    window.__step = () => new Promise((done) => {
      const shadow = root();
      const before = shadow.querySelector('h1')?.textContent;
      const button = [...shadow.querySelectorAll('button')].find((b) => /^(Verder|Begin)$/.test(b.textContent.trim()));
      // Done when the new step's heading has focus (the wizard moves it there), measured at
      // the next frame, i.e. when the browser paints it.
      const arrived = () => {
        const h1 = shadow.querySelector('h1');
        if (!h1 || h1.textContent === before || shadow.activeElement !== h1) return;
        shadow.removeEventListener('focusin', arrived);
        requestAnimationFrame(() => done(performance.now() - start));
      };
      shadow.addEventListener('focusin', arrived);
      const start = performance.now();
      button.click();
      arrived();
    });
  });
  const times = [];
  const step = async () => times.push(await page.evaluate(() => window.__step()));
  const pick = (text) => page.locator('.kw-choice label').filter({ hasText: text }).first().click();
  for (let journey = 0; journey < 10; journey++) {
    await step(); // Begin
    await pick('Voor mezelf'); await step();
    await pick('Ja, ik vul het alleen in'); await step();
    await pick('Nee, nog niet'); await step();
    await pick('Nee, geen van deze'); await step();
    await page.locator('.kw textarea').fill('Meting.'); await step();
    for (let i = 0; i < 4; i++) await step();
    await page.getByLabel('Je naam').fill('Meting');
    await page.getByLabel(/Je telefoonnummer/).fill('020 1234567');
    await step();
    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  }
  await context.close();
  return { steps: times.length, median_ms: +median(times).toFixed(1), p95_ms: +p95(times).toFixed(1) };
}

// 3. Memory after repeated journeys (JS heap and DOM nodes), through the DevTools protocol.
async function memory(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The wasm instance, to read its memory (the loader announces it).
  await page.addInitScript(() => addEventListener('klachtwijzer:started', (e) => { window.__wasm = e.detail.wasm; }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.site}?regulation=permens`);
  await wizardReady(page);
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const wasm = await page.evaluate(() => window.__wasm?.memory.buffer.byteLength ?? 0);
    return { js_heap_kb: Math.round(m.JSHeapUsedSize / 1024), wasm_memory_kb: Math.round(wasm / 1024), nodes: m.Nodes };
  };
  const samples = [await sample()];
  for (let journey = 0; journey < 10; journey++) {
    await shortJourney(page);
    samples.push(await sample());
  }
  await context.close();
  return { first: samples[1], last: samples.at(-1), growth_kb: samples.at(-1).js_heap_kb - samples[1].js_heap_kb };
}

// 4. Per regulation: parsing and checking the file in the browser (the wizard's own User
// Timing measure), and navigation to the first screen (fetch, parse, check, render).
async function regulationLoad(browser, server) {
  const out = {};
  for (const name of ['perspektief', 'perspectiefplus', 'permens', 'perspectief-herstelbemiddeling', 'lentl']) {
    const parse = [];
    const screen = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.site}?regulation=${name}`);
      await wizardReady(page);
      screen.push(await page.evaluate(() => performance.now()));
      parse.push(await page.evaluate(() => performance.getEntriesByName('klachtwijzer:regulation')[0].duration));
      await page.close();
    }
    out[name] = { parse_and_check_ms: +median(parse).toFixed(2), first_screen_ms: +median(screen).toFixed(0) };
  }
  return out;
}

// 5. Ready at first paint, beside SurveyJS: from navigation to a usable "Begin" (painted, and
// for Klachtwijzer its loader listening), and from pressing it at that moment to the first
// question painted, on a slow phone: 150 ms round trip, 1.6 Mbit/s down, CPU 4x slower, cold
// cache; median of 5 each. Both are served by the same server with the same brotli files.
const SLOW = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

async function firstPaintRuns(browser, url, { begin, question }) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // In the page, each frame: is "Begin" usable? Then press it at once; is the question there?
    await page.addInitScript(({ begin, question }) => {
      const marks = (window.__marks = {});
      const everywhere = (selector) => {
        const found = [...document.querySelectorAll(selector)];
        for (const root of document.querySelectorAll('[data-klachtwijzer-root]')) if (root.shadowRoot) found.push(...root.shadowRoot.querySelectorAll(selector));
        return found;
      };
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const frame = () => {
        const now = performance.now();
        if (!marks.usable) {
          const button = everywhere('button, input[type=button]').find((b) => shown(b) && (b.textContent || b.value || '').trim() === begin);
          const host = document.querySelector('[data-klachtwijzer]');
          const listening = !host || host.hasAttribute('data-klachtwijzer-loading') || host.hasAttribute('data-klachtwijzer-ready');
          if (button && listening) { marks.usable = now; button.click(); }
        }
        if (!marks.ready && document.querySelector('[data-klachtwijzer-ready]')) marks.ready = now;
        if (marks.usable && !marks.question && everywhere('h1, h2, h3, h4, h5, span, legend').some((e) => shown(e) && e.textContent.trim().startsWith(question))) marks.question = now;
        if (!marks.question) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { begin, question });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__marks?.question, null, { timeout: 120000, polling: 200 });
    runs.push(await page.evaluate(() => window.__marks));
    await context.close();
  }
  const at = (key) => (runs.every((r) => r[key]) ? Math.round(median(runs.map((r) => r[key]))) : null);
  return {
    usable_begin_ms: at('usable'),
    first_question_ms: at('question'),
    begin_to_question_ms: Math.round(median(runs.map((r) => r.question - r.usable))),
    ...(runs.every((r) => r.ready) ? { wizard_ready_ms: at('ready'), ready_to_question_ms: Math.round(median(runs.map((r) => r.question - r.ready))) } : {}),
  };
}

/** The SurveyJS peer with survey-core and survey-js-ui 2.5.38 under /nm/, served by the
 * receiver's site server with brotli and gzip copies as our build has. */
async function servePeer() {
  const site = mkdtempSync(join(tmpdir(), 'klachtwijzer-peer-'));
  cpSync(join(root, '../shared/peers/surveyjs'), site, { recursive: true });
  for (const [from, to] of [['survey-core/survey-core.min.css', 'survey-core/survey-core.min.css'], ['survey-core/survey.core.min.js', 'survey-core/survey.core.min.js'],
    ['survey-core/i18n/dutch.js', 'survey-core/i18n/dutch.js'], ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui/survey-js-ui.min.js']]) {
    mkdirSync(join(site, 'nm', dirname(to)), { recursive: true });
    cpSync(join(root, 'bench/node_modules', from), join(site, 'nm', to));
  }
  execFileSync(join(root, 'scripts/precompress'), [site]);
  const child = spawn(receiver, ['--listen', '127.0.0.1:0', '--store', `sqlite:${join(site, 'peer.sqlite')}`, '--site', site, '--site-listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((done) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { const m = chunk.match(/^site: serving .* at (http:\/\/\S+)/m); if (m) done(m[1]); });
  });
  return { url, stop: () => child.kill('SIGINT') };
}

async function readyAtFirstPaint(browser, server) {
  const peer = await servePeer();
  try {
    const ours = await firstPaintRuns(browser, `${server.site}?regulation=perspektief`, { begin: 'Begin', question: 'Voor wie is de klacht?' });
    const theirs = await firstPaintRuns(browser, peer.url, { begin: 'Volgende', question: 'Wanneer is het gebeurd?' });
    return { klachtwijzer: ours, surveyjs: theirs, usable_ratio: +(theirs.usable_begin_ms / ours.usable_begin_ms).toFixed(2) };
  } finally {
    peer.stop();
  }
}

// 6. Lighthouse, mobile preset, median of 3 (needs bench/node_modules: npm ci in bench/).
// `simulate` (Lighthouse's default) replays a fast local load on a modelled slow phone; it
// takes the largest paint of that fast load, which is the wizard. `devtools` really slows the
// network and CPU down, so the host's first screen paints long before the wizard arrives.
function lighthouse(url, method) {
  const bin = join(root, 'bench/node_modules/.bin/lighthouse');
  if (!existsSync(bin)) return { skipped: 'run `npm ci` in bench/ to install lighthouse' };
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(bin, [url, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices', `--throttling-method=${method}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(out);
    const audit = (id) => report.audits[id]?.numericValue;
    runs.push({
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      best_practices: Math.round(report.categories['best-practices'].score * 100),
      fcp_ms: Math.round(audit('first-contentful-paint')), lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')), cls: +audit('cumulative-layout-shift').toFixed(3),
    });
  }
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}

bytes();
const server = await startServer();
const browser = await launchBrowser();
try {
  results.first_paint = await readyAtFirstPaint(browser, server);
  const f = results.first_paint;
  console.log('\nReady at first paint (150 ms RTT, 1.6 Mbit/s, CPU 4x, cold cache, median of 5)');
  console.log('                         usable Begin   Begin → question   first question   wizard ready → question');
  for (const [name, r] of [['Klachtwijzer', f.klachtwijzer], ['SurveyJS 2.5.38', f.surveyjs]]) {
    console.log(`  ${name.padEnd(22)} ${String(r.usable_begin_ms).padStart(9)} ms ${String(r.begin_to_question_ms).padStart(14)} ms ${String(r.first_question_ms).padStart(13)} ms ${String(r.ready_to_question_ms ?? '–').padStart(16)}${r.ready_to_question_ms === undefined ? '' : ' ms'}`);
  }
  console.log(`  SurveyJS needs ${f.usable_ratio}× as long to a usable "Begin" (budget: Klachtwijzer ≤ 800 ms and ≥ 3.5×)`);
  results.step_speed = { unthrottled: await stepSpeed(browser, server, 1), cpu_4x: await stepSpeed(browser, server, 4) };
  console.log(`\nStep change (Verder → next heading focused and painted), ${results.step_speed.unthrottled.steps} steps`);
  console.log(`  unthrottled: median ${results.step_speed.unthrottled.median_ms} ms, p95 ${results.step_speed.unthrottled.p95_ms} ms (budget median ≤ 16)`);
  console.log(`  4x CPU:      median ${results.step_speed.cpu_4x.median_ms} ms, p95 ${results.step_speed.cpu_4x.p95_ms} ms (budget median ≤ 50)`);
  results.memory = await memory(browser, server);
  const m = results.memory;
  console.log(`\nMemory over 10 journeys: JS heap ${m.first.js_heap_kb} → ${m.last.js_heap_kb} KB (growth ${m.growth_kb} KB), wasm memory ${m.first.wasm_memory_kb} → ${m.last.wasm_memory_kb} KB, DOM nodes ${m.first.nodes} → ${m.last.nodes}`);
  results.regulation_load = await regulationLoad(browser, server);
  console.log('\nPer regulation (median of 5): parse and check in the browser; navigation to first screen');
  for (const [name, r] of Object.entries(results.regulation_load)) console.log(`  ${name.padEnd(32)} ${String(r.parse_and_check_ms).padStart(6)} ms ${String(r.first_screen_ms).padStart(6)} ms`);
  for (const method of ['simulate', 'devtools']) {
    results[`lighthouse_${method}`] = lighthouse(`${server.site}?regulation=perspektief`, method);
    console.log(`\nLighthouse (mobile, ${method} throttling, median of 3):`, JSON.stringify(results[`lighthouse_${method}`]));
  }
} finally {
  await browser.close();
  await server.stop();
}
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench/results.json');
