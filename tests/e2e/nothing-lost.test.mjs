// Nothing lost, nothing doubled, nothing left behind: the complaint the organisation gets is
// the one the person saw as sent, once, and it does not stay in the browser for ever.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage } from './harness.mjs';
import { Journey, shortComplaintToCheck } from './journey.mjs';

const env = setup();
beforeEach(async () => env.server.faults({}));

/** perMens, waiting at most 2 s for an answer, so answers that get lost end quickly. */
function quickRegulation() {
  const regulation = JSON.parse(readFileSync(new URL('../../public/regulations/permens.json', import.meta.url)));
  regulation.delivery = { ...regulation.delivery, timeout_seconds: 2 };
  env.server.addFile('regulations/permens-quick.json', JSON.stringify(regulation));
  return `${env.server.site}?regulation=permens-quick`;
}

/** The short perMens journey on `page`, up to the check page. */
const toCheck = (page, story) => shortComplaintToCheck(page, story, { name: 'nothing-lost' });

const stored = () => env.server.submissions();
const send = (page) => page.getByRole('button', { name: 'Verstuur je klacht' }).click();

test('answers lost on the way: the complaint is frozen, goes by itself later, and is stored as shown, once', async () => {
  const page = await openPage(env.browser, quickRegulation());
  const story = `Bevroren ${Math.random()}`;
  const j = await toCheck(page, story);
  await env.server.faults({ lose: 4 });
  await send(page);
  await page.getByRole('alert').filter({ hasText: 'We versturen hem vanzelf' }).waitFor({ timeout: 30000 });
  // On its way: no way back into the answers, and it says how to add something.
  assert.equal(await page.locator('.kw-change').count(), 0, 'no change links while on its way');
  assert.equal(await page.locator('.kw-back').count(), 0, 'no way back while on its way');
  await page.locator('.kw-notice').filter({ hasText: 'Je kunt hem nu niet meer veranderen' }).waitFor();
  await page.locator('.kw-error-message').filter({ hasText: /We proberen het om \d\d:\d\d opnieuw/ }).waitFor();
  await page.goBack();
  await j.at('Kijk je antwoorden na');
  // Nobody reloads or clicks: it goes by itself, once the receiver answers again.
  await j.at('Je klacht is verstuurd');
  const mine = stored().filter((s) => s.complaint.what_happened === story);
  assert.equal(mine.length, 1, 'stored once');
  const reference = await page.locator('.kw-reference').innerText();
  assert.equal(mine[0].reference, reference.trim());
  assert.ok(env.server.lines.filter((l) => l.includes('not answering')).length >= 4);
});

test('a complaint that could not be sent is tried again while the page stays open', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const story = `Later ${Math.random()}`;
  const j = await toCheck(page, story);
  await env.server.faults({ fail: 1000, status: 503 });
  await send(page);
  await page.getByRole('alert').filter({ hasText: 'We versturen hem vanzelf' }).waitFor({ timeout: 20000 });
  assert.equal(stored().filter((s) => s.complaint.what_happened === story).length, 0);
  await env.server.faults({});
  // No reload, no offline/online, no click.
  await j.at('Je klacht is verstuurd');
  assert.equal(stored().filter((s) => s.complaint.what_happened === story).length, 1);
});

test('two tabs: the complaint sent in one is shown as sent in the other, with the same reference, stored once', async () => {
  const first = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const story = `Twee tabs ${Math.random()}`;
  await toCheck(first, story);
  const second = await first.context().newPage();
  await second.goto(`${env.server.site}?regulation=permens`);
  await second.getByRole('button', { name: 'Verder gaan' }).click();
  const other = new Journey(second, 'nothing-lost-tab');
  await other.at('Kijk je antwoorden na');
  await send(second);
  await other.at('Je klacht is verstuurd');
  const reference = (await second.locator('.kw-reference').innerText()).trim();
  // The first tab follows: the same confirmation, nothing left to send twice.
  const j = new Journey(first, 'nothing-lost-tab');
  await j.at('Je klacht is verstuurd');
  assert.equal((await first.locator('.kw-reference').innerText()).trim(), reference);
  await first.reload();
  await j.at('Je klacht is verstuurd');
  assert.equal((await first.locator('.kw-reference').innerText()).trim(), reference);
  const mine = stored().filter((s) => s.complaint.what_happened === story);
  assert.equal(mine.length, 1, 'stored once');
  assert.equal(mine[0].reference, reference);
});

test('the kept confirmation expires like a draft', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = await toCheck(page, `Verloopt ${Math.random()}`);
  await send(page);
  await j.at('Je klacht is verstuurd');
  await page.reload();
  await j.at('Je klacht is verstuurd');
  // Eleven months later.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('klachtwijzer.sent.'));
    const kept = JSON.parse(localStorage.getItem(key));
    kept.kept_at = new Date(Date.now() - 335 * 86400000).toISOString();
    localStorage.setItem(key, JSON.stringify(kept));
  });
  await page.reload();
  await j.at('Een klacht indienen');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('klachtwijzer.sent.')));
  assert.deepEqual(left, [], 'nothing of it stays in the browser');
});

test('every way a regulation can fail leaves the visitor a way to reach the organisation', async () => {
  const permens = readFileSync(new URL('../../public/regulations/permens.json', import.meta.url), 'utf8');
  const edit = (change) => { const r = JSON.parse(permens); change(r); return JSON.stringify(r); };
  env.server.addFile('regulations/not-json.json', `${permens.slice(0, 200)} oops`);
  env.server.addFile('regulations/no-name.json', edit((r) => { delete r.organisation.name; }));
  env.server.addFile('regulations/odd-contact.json', edit((r) => { r.organisation.contact.fax = '015 000 0000'; }));
  env.server.addFile('regulations/huge.json', edit((r) => { r.organisation.locations = Array.from({ length: 30000 }, (_, i) => `Locatie ${i}`); }));
  const cases = [
    // [regulation, what the integrator is told, whose contact the visitor gets]
    ['not-json', /not valid JSON|expected/i, 'host'],
    ['missing', /could not load the regulation/, 'host'],
    ['huge', /at most 256 KB is read/, 'host'],
    ['no-name', /organisation\.name/, 'file'],
    ['odd-contact', /organisation\.contact\.fax/, 'file'],
  ];
  for (const [name, problem, contact] of cases) {
    const page = await openPage(env.browser, `${env.server.site}?regulation=${name}`);
    page.problems.length = 0;
    const panel = page.locator('.kw-config-error');
    await panel.waitFor();
    assert.match(await panel.innerText(), problem, name);
    if (contact === 'host') {
      // The host page's first screen (the drawn start page) stays, with its fallback line and
      // without the buttons that need the wizard.
      await page.locator('[data-klachtwijzer-unsupported]').waitFor({ state: 'visible' });
      assert.ok(await page.locator('.kw-first-screen a[href="mailto:klacht@perspektief.nl"]').isVisible(), name);
      assert.equal(await page.locator('.kw-first-screen').getByRole('button', { name: 'Begin' }).isVisible(), false, name);
    } else {
      // The file's own contact details, as a link.
      const link = panel.locator('a[href="mailto:rob.hermans@permens.nl"]');
      assert.ok(await link.isVisible(), name);
    }
    await page.context().close();
  }
});

test('the contact step names every problem at once; messages say their limit; descriptions point to what exists', async () => {
  // Perspectief Herstelbemiddeling asks a name and one way to reach the person.
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspectief-herstelbemiddeling`);
  const j = new Journey(page, 'nothing-lost-small');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de medewerker', 'Nee, nog niet');
  await j.at('Wat is er gebeurd?');
  // 10,000 characters are accepted; one more is not, and the message says so.
  await page.locator('.kw textarea').fill('a'.repeat(10001));
  await j.next();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  assert.match(await summary.innerText(), /hoogstens 10\.000 tekens/);
  await page.locator('.kw textarea').fill('a'.repeat(10000));
  await j.next();
  for (const heading of ['Wanneer gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await j.skip(heading);
  }
  await j.at('Hoe kunnen we je bereiken?');
  await j.next();
  await summary.waitFor();
  const problems = await summary.locator('li').allInnerTexts();
  assert.equal(problems.length, 2, `both problems in one round: ${problems}`);
  assert.match(problems.join(' '), /naam/);
  assert.match(problems.join(' '), /bereiken/);
  const dangling = await page.evaluate(() => {
    const root = document.querySelector('[data-klachtwijzer-root]').shadowRoot;
    return [...root.querySelectorAll('[aria-describedby]')].flatMap((element) =>
      element.getAttribute('aria-describedby').split(/\s+/).filter((id) => id && !root.getElementById(id)));
  });
  assert.deepEqual(dangling, [], 'aria-describedby names only elements that exist');
});
