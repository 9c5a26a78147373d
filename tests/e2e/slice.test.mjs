// The thin slice end to end: start → what happened → check → send → stored → confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, axeViolations, screenshot } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectAccessible(page, label) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${label}`);
}

test('a complaint goes from the first screen to the receiver', async () => {
  const page = await openPage(browser, server.site);
  const heading = page.getByRole('heading', { level: 1 });
  await assert.doesNotReject(heading.filter({ hasText: 'Een klacht indienen' }).waitFor());
  await expectAccessible(page, 'start');

  await page.getByRole('button', { name: 'Begin' }).click();
  await heading.filter({ hasText: 'Wat is er gebeurd?' }).waitFor();
  assert.equal(await page.title(), 'Wat is er gebeurd? – Stap 1 van 2 – Klachtwijzer');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await expectAccessible(page, 'what happened');

  // Continue without an answer: error summary with focus, title prefixed, field marked.
  await page.getByRole('button', { name: 'Verder' }).click();
  const summary = page.locator('.kw-error-summary');
  await summary.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.classList.contains('kw-error-summary'));
  assert.match(await page.title(), /^Fout: Wat is er gebeurd\?/);
  const field = page.getByLabel('Wat is er gebeurd?');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await expectAccessible(page, 'what happened with an error');
  await summary.getByRole('link', { name: 'Schrijf op wat er is gebeurd.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');

  const story = 'De taxi naar de dagbesteding kwam drie keer te laat.\nNiemand belde mij.';
  await field.fill(story);
  await page.getByRole('button', { name: 'Verder' }).click();
  await heading.filter({ hasText: 'Kijk je antwoorden na' }).waitFor();
  assert.equal(await page.locator('.kw-answer').innerText(), story);
  await expectAccessible(page, 'check');

  // Change the answer and land back on the check page, with the text still there.
  await page.getByRole('link', { name: 'Wijzigen Wat is er gebeurd?' }).click();
  await heading.filter({ hasText: 'Wat is er gebeurd?' }).waitFor();
  assert.equal(await field.inputValue(), story);
  await field.fill(`${story}\nDit gebeurde in maart.`);
  await page.getByRole('button', { name: 'Verder' }).click();
  await heading.filter({ hasText: 'Kijk je antwoorden na' }).waitFor();

  await page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await heading.filter({ hasText: 'Je klacht is verstuurd' }).waitFor();
  const reference = await page.locator('.kw-reference').innerText();
  assert.match(reference, /^KW-[0-9A-F]{8}$/);
  await expectAccessible(page, 'sent');
  await screenshot(page, 'slice-sent-1280');

  const stored = server.submissions();
  assert.equal(stored.length, 1);
  const [document] = stored;
  assert.equal(document.reference, reference);
  assert.equal(document.locale, 'nl');
  assert.equal(document.complaint.what_happened, `${story}\nDit gebeurde in maart.`);
  assert.match(document.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$/);
  assert.ok(server.lines.some((l) => l.startsWith(`received ${document.submission_id}`)));
  assert.deepEqual(page.problems, []);
});

test('switching language keeps what was typed', async () => {
  const page = await openPage(browser, server.site, { width: 320, height: 640 });
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByLabel('Wat is er gebeurd?').fill('Mijn begeleider kwam niet.');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const field = page.getByLabel('What happened?');
  await field.waitFor();
  assert.equal(await field.inputValue(), 'Mijn begeleider kwam niet.');
  assert.equal(await page.locator('.kw').getAttribute('lang'), 'en');
  await screenshot(page, 'slice-question-en-320');
  await expectAccessible(page, 'question in English at 320 px');
  assert.deepEqual(page.problems, []);
});

test('a failed send keeps the complaint and says so', async () => {
  // A host page whose endpoint is a port where nothing listens: the connection is refused.
  const page = await openPage(browser, server.hostPage('down.html', 'http://127.0.0.1:9/submissions'));
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByLabel('Wat is er gebeurd?').fill('Er was geen plek in de bus.');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await page.getByRole('alert').filter({ hasText: 'Versturen is niet gelukt' }).waitFor();
  assert.equal(await page.locator('.kw-answer').innerText(), 'Er was geen plek in de bus.');
  await expectAccessible(page, 'send failed');
});
