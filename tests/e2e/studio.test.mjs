// The studio: a complaints officer builds a regulation from an empty studio (forms only, no
// JSON), sees the problems go as they fill in, walks the real wizard's screens beside it,
// downloads a file the checker accepts and the code for their website; a visitor then files a
// complaint with that file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { axeViolations, openPage, screenshot, setup, wizardReady } from './harness.mjs';
import { Journey, daysAgo } from './journey.mjs';

const env = setup();
const check = resolve(import.meta.dirname, '../../target/debug/klachtwijzer-check');

/** The studio's list of problems, as shown. */
async function problems(page) {
  return page.locator('.st-problems li').allInnerTexts();
}

test('an officer builds a regulation in the studio, and a visitor files a complaint with it', async () => {
  const started = Date.now();
  const page = await openPage(env.browser, `${env.server.site}studio/`);
  await page.locator('.st-problems').waitFor();
  // An empty studio names what is missing, in Dutch, each a link to its field.
  assert.deepEqual(await problems(page), [
    'regulation_version: Vul dit in.',
    'organisation.id: Vul dit in.',
    'organisation.name: Vul dit in.',
  ]);
  assert.deepEqual(await axeViolations(page), [], 'axe on the empty studio');
  await page.locator('.st-problems a', { hasText: 'organisation.name' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-organisation-name');

  // Organisation and contact: the id follows the name.
  await page.fill('#f-organisation-name', 'Woonstichting De Zaan');
  assert.equal(await page.inputValue('#f-organisation-id'), 'woonstichting-de-zaan');
  await page.selectOption('#f-organisation-sector', 'housing');
  await page.fill('#f-regulation-version', 'Klachtenregeling 2026');
  await page.locator('.st-problems li', { hasText: 'organisation.contact' }).waitFor();
  assert.match((await problems(page)).join('\n'), /Vul minstens één manier in om jullie te bereiken/);
  await page.fill('#f-organisation-contact-email', 'klachten@dezaan');
  await page.locator('#f-organisation-contact-email-messages', { hasText: 'Dit is geen e-mailadres' }).waitFor();
  await page.fill('#f-organisation-contact-email', 'klachten@dezaan.nl');
  await page.locator('.st-ok', { hasText: 'Geen problemen' }).waitFor();

  // A time limit of one year, with where it comes from.
  await page.check('#f-time-limit-present');
  await page.fill('#f-time-limit-period-amount', '1');
  await page.locator('#termijn details.st-source summary').first().click();
  await page.fill('#f-time-limit-source-section', 'Artikel 4');
  await page.fill('#f-time-limit-source-quote', 'Een klacht dient u in binnen een jaar.');

  // An own exclusion: rent goes to the Huurcommissie.
  await page.getByRole('button', { name: 'Voeg een situatie toe' }).click();
  await page.locator('.st-problems li', { hasText: 'exclusions[0]' }).first().waitFor();
  await page.fill('#f-exclusions-0--id', 'huurcommissie');
  await page.fill('#f-exclusions-0--question', 'Mijn klacht gaat over de hoogte van de huur');
  await page.check('#f-exclusions-0--go-to-present');
  await page.fill('#f-exclusions-0--go-to-name', 'De Huurcommissie');
  await page.fill('#f-exclusions-0--go-to-contact-website', 'https://www.huurcommissie.nl');

  // Report to the association first, then wait six weeks for its answer.
  await page.check('#f-talk-first-present');
  await page.selectOption('#f-talk-first-policy', 'required');
  await page.selectOption('#f-talk-first-if-not', 'not_handled');
  await page.check('#f-talk-first-wait-present');
  await page.fill('#f-talk-first-wait-amount', '6');

  // How to send photos, and one of our sentences in their words.
  await page.fill('#f-complaint-fields-attachments-text', "Heb je foto's? Mail ze naar klachten@dezaan.nl.");
  await page.selectOption('#f-texts-choose', 'start.example_2');
  await page.getByRole('button', { name: 'Schrijf deze zin opnieuw' }).click();
  await page.fill('#f-texts-nl-start-example-2', 'Je reparatie duurt veel te lang.');
  await page.locator('.st-ok', { hasText: 'Geen problemen' }).waitFor();
  const clean = Date.now() - started;
  // Tips remain where our words speak of care, each with where to change it.
  const tips = await page.locator('.st-tips li').allTextContents();
  assert.ok(tips.some((t) => t.startsWith('texts.nl.location.hint') && t.includes('gaat over zorg')), tips.join('\n'));
  assert.deepEqual(await axeViolations(page), [], 'axe on the filled-in studio');
  await screenshot(page, 'studio-filled');

  // The real wizard beside it, with the draft: the start page, then any screen.
  const frame = page.frameLocator('.st-frame');
  await page.getByRole('button', { name: 'Ververs het voorbeeld' }).click();
  await frame.locator('.kw h1', { hasText: 'Een klacht indienen' }).waitFor();
  await frame.locator('.kw', { hasText: 'Je reparatie duurt veel te lang.' }).waitFor();
  await page.selectOption('#st-walk', 'talk-result');
  await frame.locator('.kw', { hasText: 'Je moet je klacht eerst ergens anders melden' }).waitFor();
  await page.selectOption('#st-walk', 'what-happened');
  await frame.locator('.kw', { hasText: "Heb je foto's? Mail ze naar klachten@dezaan.nl." }).waitFor();
  await page.selectOption('#st-walk', 'eligibility');
  await frame.locator('.kw h1', { hasText: 'We kunnen je klacht hier niet behandelen' }).waitFor();

  // The file: the checker accepts it as it is.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de klachtenregeling (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'woonstichting-de-zaan.json');
  const file = join(env.server.work, 'woonstichting-de-zaan.json');
  await download.saveAs(file);
  const checked = execFileSync(check, ['check', file], { encoding: 'utf8' });
  assert.match(checked, /: ok \(Woonstichting De Zaan, version Klachtenregeling 2026\)/);
  const regulation = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(regulation.exclusions[0].id, 'huurcommissie');
  assert.deepEqual(regulation.talk_first.wait, { amount: 6, unit: 'weeks' });

  // The code for the website, with the start page drawn in.
  const [code] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de code voor jullie website' }).click(),
  ]);
  const snippet = readFileSync(await code.path(), 'utf8');
  assert.match(snippet, /<div data-klachtwijzer data-regulation="\/klacht\/woonstichting-de-zaan.json">/);
  assert.match(snippet, /Je reparatie duurt veel te lang\./);
  assert.match(snippet, /<button[^>]*>Begin<\/button>|>Begin</);
  assert.match(snippet, /klachtwijzer\.js"><\/script>/);
  assert.deepEqual(page.problems, []);

  // The draft is kept: a reload brings it back.
  await page.reload();
  await page.locator('.st-ok', { hasText: 'Geen problemen' }).waitFor();
  assert.equal(await page.inputValue('#f-organisation-name'), 'Woonstichting De Zaan');
  // The worked example from outside care opens as it is: every part of it has its form.
  await page.setInputFiles('#st-open', resolve(import.meta.dirname, '../../public/regulations/woonstichting-voorbeeld.json'));
  await page.waitForFunction(() => document.querySelector('#f-organisation-name')?.value === 'Woonstichting Voorbeeld');
  await page.locator('.st-ok', { hasText: 'Geen problemen' }).waitFor();
  assert.equal(await page.inputValue('#f-exclusions-0--question'), 'Mijn klacht gaat over de hoogte van de huur');
  assert.equal(await page.inputValue('#f-time-limit-exceptions-0--period-amount'), '3');
  assert.deepEqual(await axeViolations(page), [], 'axe on the studio with the worked example');
  // A file that is not a regulation is refused kindly, and the work stays.
  await page.setInputFiles('#st-open', { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('dit is geen json') });
  await page.getByRole('alert').filter({ hasText: 'geen JSON' }).waitFor();
  assert.equal(await page.inputValue('#f-organisation-name'), 'Woonstichting Voorbeeld');
  await page.context().close();

  // A tenant files a complaint with the downloaded file.
  env.server.addFile('regulations/woonstichting-de-zaan.json', readFileSync(file, 'utf8'));
  const visitor = await openPage(env.browser, `${env.server.site}?regulation=woonstichting-de-zaan`);
  await wizardReady(visitor);
  const j = new Journey(visitor, 'studio-regulation');
  await j.at('Een klacht indienen');
  await visitor.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(30));
  await j.choose('Geldt een van deze dingen voor jou?', 'Nee, geen van deze');
  await j.choose('Heb je al met de medewerker', 'Ja, maar het is niet opgelost');
  await j.choose('Heb je al een antwoord gekregen?', 'Ja, er is een antwoord');
  await j.text('Wat is er gebeurd?', 'De lekkage in de badkamer is na drie meldingen nog niet gemaakt.');
  await j.skip('Waar gebeurde het?');
  await j.skip('Wat moet er gebeuren?');
  await j.contact({ 'Je e-mailadres': 'huurder@example.nl' });
  const stored = await j.send(env.server);
  assert.equal(stored.organisation.id, 'woonstichting-de-zaan');
  assert.equal(stored.prior_contact.answered, true);
  assert.deepEqual(stored.eligibility.exclusions, []);
  assert.deepEqual(visitor.problems, []);
  console.log(`# studio: empty to a clean file in ${clean} ms (automated), ${Date.now() - started} ms in all`);
});
