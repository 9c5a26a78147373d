// Delivery against the real receiver, with its test switches: retries, a queue that sends by
// itself, refusals, double clicks, and a confirmation that stays until it is closed.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './harness.mjs';
import { Journey } from './journey.mjs';

const env = setup();
beforeEach(async () => env.server.faults({}));

/** The short perMens journey, up to the check page. */
async function toCheck(viewport) {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, viewport);
  const j = new Journey(page, 'delivery');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', `Klacht ${Math.random()}`);
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await j.skip(heading);
  }
  await j.contact({ 'Je naam': 'Kees', 'Je telefoonnummer': '020 1234567' });
  await j.at('Kijk je antwoorden na');
  return j;
}

const stored = () => env.server.submissions().length;

test('the receiver fails twice, then takes it: one complaint stored and a confirmation', async () => {
  const j = await toCheck();
  await env.server.faults({ fail: 2, status: 503, retry_after: 1 });
  const before = stored();
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.page.getByRole('status').filter({ hasText: 'We proberen het opnieuw' }).waitFor();
  await j.at('Je klacht is verstuurd');
  assert.equal(stored(), before + 1);
  assert.ok(await env.server.waitForLine(() => env.server.lines.filter((l) => l.includes('answering 503')).length === 2));
});

test('the receiver is down: the complaint waits in the browser and goes when it is back', async () => {
  const j = await toCheck();
  await env.server.faults({ fail: 1000, status: 503 });
  const before = stored();
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.page.getByRole('alert').filter({ hasText: 'We versturen hem vanzelf' }).waitFor({ timeout: 20000 });
  assert.equal(stored(), before);
  await env.server.faults({});
  await j.page.reload();
  await j.at('Je klacht is verstuurd');
  assert.equal(stored(), before + 1);
});

test('offline: queued, and sent by itself when the browser is online again', async () => {
  const j = await toCheck();
  const before = stored();
  await j.page.context().setOffline(true);
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.page.getByRole('alert').filter({ hasText: 'We versturen hem vanzelf' }).waitFor();
  assert.equal(stored(), before);
  await j.page.context().setOffline(false);
  await j.at('Je klacht is verstuurd');
  assert.equal(stored(), before + 1);
});

test('a refusal (400) says so, keeps the complaint and offers other ways', async () => {
  const j = await toCheck();
  await env.server.faults({ fail: 1, status: 400 });
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.page.getByRole('alert').filter({ hasText: 'We konden je klacht niet aannemen (fout 400)' }).waitFor();
  await j.at('Kijk je antwoorden na');
  assert.match(await j.answerFor('Wat is er gebeurd?'), /^Klacht /);
  await j.page.getByRole('heading', { name: 'Andere manieren om je klacht te sturen' }).waitFor();
});

test('a double click on send stores one complaint; the confirmation stays until closed', async () => {
  const j = await toCheck();
  await env.server.faults({ delay_ms: 400 });
  const before = stored();
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).dblclick();
  await j.at('Je klacht is verstuurd');
  const reference = await j.page.locator('.kw-reference').innerText();
  await j.page.waitForTimeout(600);
  assert.equal(stored(), before + 1);
  await j.page.reload();
  await j.at('Je klacht is verstuurd');
  assert.equal(await j.page.locator('.kw-reference').innerText(), reference);
  await j.page.getByRole('button', { name: 'Sluiten' }).click();
  await j.at('Een klacht indienen');
  await j.page.reload();
  await j.at('Een klacht indienen');
});

test('the receiver stores a repeat once and refuses what does not match the schema', async () => {
  const j = await toCheck();
  await j.page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.at('Je klacht is verstuurd');
  const document = env.server.submissions().at(-1);
  const post = (body, key) => fetch(env.server.endpoint, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body),
  });
  const before = stored();
  const again = await post(document, document.submission_id);
  assert.equal(again.status, 201);
  assert.deepEqual(await again.json(), { id: document.submission_id });
  assert.equal(stored(), before, 'a repeat stores nothing new');
  assert.ok(await env.server.waitForLine((l) => l.startsWith(`repeat of ${document.submission_id}`)));
  const invalid = await post({ submission_id: 'abc-1', complaint: 'kort' }, 'abc-1');
  assert.equal(invalid.status, 400);
  const answer = await invalid.json();
  assert.match(answer.error, /does not match payload schema 1/);
  assert.ok(answer.problems.length > 0);
  assert.equal(stored(), before);
});
