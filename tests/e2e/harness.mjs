// Shared set-up for the end-to-end tests: the real receiver serving a copy of the release
// build, a real headless Chromium, and axe-core.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const root = resolve(import.meta.dirname, '../..');
export const artifacts = join(root, 'test-results');
export const receiver = join(root, 'target/debug/klachtwijzer-receiver');

/** Starts the receiver on free ports with a copy of dist/ and a fresh SQLite store in `work`
 * (or the given store, e.g. PostgreSQL). */
export async function startServer(extraArgs = [], {
  testSwitches = true, work = mkdtempSync(join(tmpdir(), 'klachtwijzer-e2e-')), store = `sqlite:${join(work, 'klachtwijzer.sqlite')}`,
} = {}) {
  const site = join(work, 'site');
  cpSync(join(root, 'dist'), site, { recursive: true });
  const child = spawn(receiver, ['--listen', '127.0.0.1:0', '--store', store,
    '--site', site, '--site-listen', '127.0.0.1:0', ...(testSwitches ? ['--test-switches'] : []), ...extraArgs],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  const addresses = await new Promise((resolveAddresses, reject) => {
    const found = {};
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        const api = line.match(/accepting submissions at (http:\/\/[^\s,]+)/);
        const page = line.match(/^site: serving .* at (http:\/\/\S+)/);
        if (api) found.endpoint = api[1];
        if (page) found.site = page[1];
        if (found.endpoint && found.site) resolveAddresses(found);
      }
    });
  });
  // The demo host page points at the default receiver; this copy points at ours.
  const index = join(site, 'index.html');
  rewrite(index, readFileSync(index, 'utf8').replace('http://127.0.0.1:8081/submissions', addresses.endpoint));
  return {
    ...addresses,
    /** Writes another host page beside index.html, posting to `endpoint`; returns its URL. */
    hostPage: (name, endpoint) => {
      writeFileSync(join(site, name), readFileSync(index, 'utf8').replace(addresses.endpoint, endpoint));
      return new URL(name, addresses.site).href;
    },
    store,
    lines,
    /** Waits (up to 5 s) until the receiver has printed a line that matches. */
    waitForLine: async (predicate) => {
      for (let i = 0; i < 50; i++) {
        if (lines.some(predicate)) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    },
    /** Adds a file to the served site (e.g. a regulation); returns its URL. */
    addFile: (path, content) => {
      const target = join(site, path);
      mkdirSync(dirname(target), { recursive: true });
      rewrite(target, content);
      return new URL(path, addresses.site).href;
    },
    /** Sets the receiver's test switches: {fail, status, retry_after, delay_ms, hang}. */
    faults: async (switches) => {
      const url = new URL('/__test/faults', addresses.endpoint);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(switches) });
      if (!response.ok) throw new Error(`could not set faults: ${response.status}`);
    },
    /** Every stored complaint, as the receiver's own export gives them. */
    submissions: () => execFileSync(receiver, ['export', '--store', store], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    /** The receiver's audit log. */
    audit: () => execFileSync(receiver, ['audit-log', '--store', store], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGINT'); }),
    /** Ends the receiver at once, as a crash or power cut would. */
    crash: () => new Promise((done) => { child.once('exit', done); child.kill('SIGKILL'); }),
    work,
  };
}

/** Writes a file of the served site, dropping the build's compressed copies of what was there. */
function rewrite(path, content) {
  writeFileSync(path, content);
  rmSync(`${path}.br`, { force: true });
  rmSync(`${path}.gz`, { force: true });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page that fails the test on any console error or uncaught exception. */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  await page.goto(url);
  return page;
}

/** axe-core over the whole page (WCAG 2.x A/AA and best practices): returns the violations. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** A property of the focused element, looking inside shadow roots (the wizard lives in one). */
export async function focused(page, property) {
  return page.evaluate((name) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (name === 'label') return (active.labels?.[0]?.innerText || active.innerText || active.getAttribute('aria-label') || '').trim();
    if (name === 'class') return active.className;
    return active[name];
  }, property);
}

/** Waits until the wizard has taken the place of the page's first screen. */
export async function wizardReady(page) {
  await page.locator('[data-klachtwijzer][data-klachtwijzer-ready]').first().waitFor({ state: 'attached' });
}

/** A short journey on the demo page (perMens), ended with "Wis mijn antwoorden": back on the
 * start screen with nothing kept. Repeated to look for memory that is not given back. */
export async function shortJourney(page) {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.kw-choice label').filter({ hasText: 'Voor mezelf' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.locator('.kw-choice label').filter({ hasText: 'Ja, ik vul het alleen in' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.locator('.kw-choice label').filter({ hasText: 'Nee, nog niet' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await page.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
}

/** For a test file: the receiver and a browser, started before its tests and stopped after.
 * `env.server` and `env.browser` are there once the tests run. */
export function setup() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
