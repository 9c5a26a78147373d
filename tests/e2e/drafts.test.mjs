// Nothing is lost: a reload at any step keeps every answer; a return offers to continue; a
// damaged draft is discarded with a message; a shared computer keeps nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './harness.mjs';
import { Journey } from './journey.mjs';

const env = setup();

const KEY = 'klachtwijzer.draft.permens.0';

/** Reloads the page and checks it comes back on the same step. */
async function reloadKeeps(j, heading) {
  await j.page.reload();
  await j.at(heading);
}

test('a reload at every step keeps every answer', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'reload');
  await page.getByRole('button', { name: 'Begin' }).click();
  const choose = async (heading, label) => {
    await j.at(heading);
    await page.locator('.kw-choice label').filter({ hasText: label }).first().click();
    await reloadKeeps(j, heading);
    assert.equal(await page.locator('.kw-choice input:checked').count(), 1, `${heading}: choice kept`);
    await j.next();
  };
  const type = async (heading, value) => {
    await j.at(heading);
    await page.locator('.kw textarea, .kw input.kw-input').first().fill(value);
    await reloadKeeps(j, heading);
    assert.equal(await page.locator('.kw textarea, .kw input.kw-input').first().inputValue(), value, `${heading}: text kept`);
    await j.next();
  };
  await choose('Voor wie is de klacht?', 'Voor mezelf');
  await choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await choose('Heb je al met de coördinator', 'Nee, ik ga direct naar de klachtencommissie');
  await type('Waarom gaat je klacht', 'Het gesprek lukte niet.');
  await choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await type('Wat is er gebeurd?', 'Verhaal dat niet weg mag.');
  await j.skip('Wanneer gebeurde het?');
  await type('Waar gebeurde het?', 'Amsterdam-Noord');
  await type('Over welke medewerker', 'Sanne');
  await type('Wat moet er gebeuren?', 'Excuses');
  await j.at('Hoe kunnen we je bereiken?');
  await page.getByLabel('Je naam').fill('Kees');
  await page.getByLabel(/Je telefoonnummer/).fill('020 1234567');
  await reloadKeeps(j, 'Hoe kunnen we je bereiken?');
  assert.equal(await page.getByLabel('Je naam').inputValue(), 'Kees');
  await j.next();
  await j.at('Kijk je antwoorden na');
  await reloadKeeps(j, 'Kijk je antwoorden na');
  assert.equal(await j.answerFor('Wat is er gebeurd?'), 'Verhaal dat niet weg mag.');
  assert.equal(await j.answerFor('Waarom gaat je klacht'), 'Het gesprek lukte niet.');
  const document = await j.send(env.server);
  assert.equal(document.complaint.location, 'Amsterdam-Noord');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'draft removed after sending');
});

test('coming back later offers to continue, or to start again', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'return');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Nee, iemand helpt mij met invullen');
  await j.at('Heb je al met de coördinator');
  // A new visit: the same page without a step in the address.
  await page.goto(`${env.server.site}?regulation=permens`);
  await j.at('Een klacht indienen');
  await page.getByRole('heading', { name: 'Je was nog bezig' }).waitFor();
  await page.getByRole('button', { name: 'Verder gaan' }).click();
  await j.at('Heb je al met de coördinator');
  await j.page.getByRole('button', { name: 'Terug' }).click();
  await j.at('Vul je dit alleen in?');
  assert.equal(await page.getByRole('radio', { name: /iemand helpt mij/ }).isChecked(), true);
  // Start again: the draft is gone.
  await page.goto(`${env.server.site}?regulation=permens`);
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.at('Voor wie is de klacht?');
  assert.equal(await page.locator('.kw-choice input:checked').count(), 0);
});

test('a damaged draft is discarded with a message and a fresh start', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens#stap-help`);
  const j = new Journey(page, 'damaged');
  await j.at('Een klacht indienen');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "answers": "kapot'), KEY);
  await page.reload();
  await j.at('Een klacht indienen');
  await page.getByRole('status').filter({ hasText: 'We konden je eerdere antwoorden niet teruglezen' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
});

test('on a shared computer nothing is kept, and "Wis mijn antwoorden" removes everything', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'shared');
  await j.at('Een klacht indienen');
  await page.getByLabel('Ik gebruik een gedeelde computer').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.at('Heb je al met de coördinator');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');

  const other = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const k = new Journey(other, 'clear');
  await other.getByRole('button', { name: 'Begin' }).click();
  await k.choose('Voor wie is de klacht?', 'Voor mezelf');
  await k.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await k.at('Heb je al met de coördinator');
  assert.notEqual(await other.evaluate((key) => localStorage.getItem(key), KEY), null);
  await other.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await k.at('Een klacht indienen');
  await other.getByRole('status').filter({ hasText: 'Je gegevens zijn gewist' }).waitFor();
  assert.equal(await other.evaluate((key) => localStorage.getItem(key), KEY), null);
});
