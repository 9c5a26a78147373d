// How the wizard behaves for a person: errors, language, failure, the back button, keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, screenshot, focused, wizardReady } from './harness.mjs';
import { Journey, daysAgo } from './journey.mjs';

const env = setup();

/** The short perMens path up to "Wat is er gebeurd?". */
async function toStory(j) {
  await j.page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
}

async function storyToCheck(j) {
  await j.text('Wat is er gebeurd?', 'Er was geen plek in de bus.');
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await j.skip(heading);
  }
  await j.contact({ 'Je naam': 'Kees', 'Je telefoonnummer': '020 1234567' });
  await j.at('Kijk je antwoorden na');
}

test('continuing without an answer: a focused error summary that links to the field', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'errors');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.at('Voor wie is de klacht?');
  assert.match(await page.title(), /^Voor wie is de klacht\? – Deel 1 van 5: wie klaagt – Klachtwijzer$/);
  assert.equal(await focused(page, 'tagName'), 'H1');
  await j.next();
  await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
  await page.waitForTimeout(100);
  assert.equal(await focused(page, 'class'), 'kw-error-summary');
  assert.match(await page.title(), /^Fout: Voor wie is de klacht/);
  const message = await page.locator('.kw-error-message').textContent();
  assert.equal(message.replace(/\s+/g, ' ').trim(), 'Fout: Kies een antwoord.');
  await j.at('Voor wie is de klacht?');
  await page.locator('.kw-error-summary a').click();
  assert.equal(await focused(page, 'type'), 'radio');
  await screenshot(page, 'error-summary-1280');
});

test('switching language keeps what was typed', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, { width: 320, height: 640 });
  const j = new Journey(page, 'language');
  await toStory(j);
  await j.at('Wat is er gebeurd?');
  await page.locator('textarea').fill('Mijn begeleider kwam niet.');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await j.at('What happened?');
  assert.equal(await page.locator('textarea').inputValue(), 'Mijn begeleider kwam niet.');
  assert.equal(await page.locator('.kw').getAttribute('lang'), 'en');
  await screenshot(page, 'question-en-320');
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await j.at('Wat is er gebeurd?');
});

test('the browser back button goes to the previous step with its answer', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'back');
  await toStory(j);
  await j.at('Wat is er gebeurd?');
  assert.match(page.url(), /#stap-what-happened$/);
  await page.goBack();
  await j.at('Wil je hulp bij je klacht?');
  assert.equal(await page.getByRole('checkbox', { name: 'Nee, geen van deze' }).isChecked(), true);
  await page.goBack();
  await j.at('Heb je al met de coördinator');
  assert.equal(await page.getByRole('radio', { name: 'Nee, nog niet' }).isChecked(), true);
  await page.goForward();
  await j.at('Wil je hulp bij je klacht?');
});

test('an endpoint that cannot be reached: the complaint is kept and other ways are offered', async () => {
  // A host page whose endpoint is a port where nothing listens: the connection is refused.
  const url = env.server.hostPage('down.html', 'http://127.0.0.1:9/submissions');
  const page = await openPage(env.browser, `${url}?regulation=permens`);
  const j = new Journey(page, 'down');
  await toStory(j);
  await storyToCheck(j);
  await page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await page.getByRole('status').filter({ hasText: 'We proberen het opnieuw' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Je klacht is niet weg' }).waitFor({ timeout: 20000 });
  await j.at('Kijk je antwoorden na');
  assert.equal(await j.answerFor('Wat is er gebeurd?'), 'Er was geen plek in de bus.');
  const mail = page.getByRole('link', { name: 'Mail je klacht naar rob.hermans@permens.nl' });
  const href = decodeURIComponent(await mail.getAttribute('href'));
  assert.match(href, /^mailto:rob\.hermans@permens\.nl\?subject=Klacht voor perMens&body=/);
  assert.match(href, /Wat is er gebeurd\?\nEr was geen plek in de bus\./);
  assert.equal(await page.getByRole('button', { name: 'Print of bewaar je klacht' }).count(), 1);
});

/** Presses Tab until the focused element's text or label contains `text`. */
async function tabTo(page, text) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const name = await focused(page, 'label');
    if (name.includes(text)) return;
  }
  throw new Error(`no focusable element "${text}" reached with Tab`);
}

test('a whole complaint with the keyboard alone', async () => {
  const before = env.server.submissions().length;
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'keyboard');
  const step = async (heading, ...keys) => {
    await j.at(heading);
    for (const key of keys) await key();
    await tabTo(page, 'Verder');
    await page.keyboard.press('Enter');
  };
  const pick = (label) => async () => { await tabTo(page, label); await page.keyboard.press('Space'); };
  const type = (label, text) => async () => { await tabTo(page, label); await page.keyboard.type(text); };

  await j.at('Een klacht indienen');
  await tabTo(page, 'Begin');
  await page.keyboard.press('Enter');
  await step('Voor wie is de klacht?', pick('Voor mezelf'));
  await step('Vul je dit alleen in?', pick('Ja, ik vul het alleen in'));
  // In a radio group Tab reaches the first choice; the arrow keys move to the others.
  const second = async () => { await tabTo(page, 'Ja, maar'); await page.keyboard.press('ArrowDown'); };
  await step('Heb je al met de coördinator', second);
  await step('Wil je hulp bij je klacht?', pick('Nee, geen van deze'));
  await j.at('Wat is er gebeurd?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Alles met het toetsenbord.');
  await tabTo(page, 'Verder');
  await page.keyboard.press('Enter');
  await step('Wanneer gebeurde het?');
  await step('Waar gebeurde het?');
  await step('Over welke medewerker');
  await step('Wat moet er gebeuren?');
  await step('Hoe kunnen we je bereiken?', type('Je naam', 'Toetsenbord'), type('Je telefoonnummer', '0201234567'));
  await j.at('Kijk je antwoorden na');
  await tabTo(page, 'Verstuur je klacht');
  await page.keyboard.press('Enter');
  await j.at('Je klacht is verstuurd');
  assert.equal(env.server.submissions().length, before + 1);
  assert.ok(env.server.submissions().some((d) => d.complaint.what_happened === 'Alles met het toetsenbord.'));
});

test('"Snel weg" replaces the page with a neutral site at once', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=lentl`);
  // The neutral site is on the internet, which this machine cannot reach: answer for it.
  await page.route('https://www.google.nl/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Google</title>' }));
  const j = new Journey(page, 'quick-exit');
  await j.at('Een klacht indienen');
  await page.getByRole('link', { name: 'Snel weg' }).click();
  await page.waitForURL('https://www.google.nl/');
  assert.equal(await page.title(), 'Google');
});

test('in high-contrast mode every screen stays usable', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspektief`);
  await page.emulateMedia({ forcedColors: 'active' });
  const j = new Journey(page, 'forced-colors');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.at('Voor wie is de klacht?');
  await page.locator('.kw-choice label').first().click();
  await screenshot(page, 'forced-colors-1280');
  await j.next();
  await j.at('Vul je dit alleen in?');
});

test('each organisation in its own colours; a theme with too little contrast is refused', async () => {
  for (const [regulation, colour] of [['perspektief', 'rgb(107, 29, 79)'], ['lentl', 'rgb(59, 42, 112)']]) {
    const page = await openPage(env.browser, `${env.server.site}?regulation=${regulation}`);
    await wizardReady(page);
    const begin = page.getByRole('button', { name: 'Begin' });
    assert.equal(await begin.evaluate((b) => getComputedStyle(b).backgroundColor), colour, regulation);
    await screenshot(page, `theme-${regulation}-1280`);
  }
  const lentl = JSON.parse(readFileSync(new URL('../../public/regulations/lentl.json', import.meta.url), 'utf8'));
  lentl.theme.primary_colour = '#9fc5e8';
  env.server.addFile('regulations/pale.json', JSON.stringify(lentl));
  const page = await openPage(env.browser, `${env.server.site}?regulation=pale`);
  const panel = page.locator('.kw-config-error');
  await panel.waitFor();
  assert.match(await panel.innerText(), /theme\.primary_colour: white text on this colour has a contrast of 1\.8:1; it needs at least 4\.5:1/);
  assert.match(await panel.innerText(), /De klachtwijzer werkt nu niet/);
});

test('progress at 390 px: the parts of the journey, never jumping, also after an error', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, { width: 390, height: 800 });
  const j = new Journey(page, 'progress-390');
  const progress = () => page.locator('.kw-progress').innerText();
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.at('Voor wie is de klacht?');
  assert.equal(await progress(), 'Deel 1 van 5: wie klaagt');
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.at('Vul je dit alleen in?');
  assert.equal(await progress(), 'Deel 1 van 5: wie klaagt', 'one part, two questions');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.at('Heb je al met de coördinator');
  assert.equal(await progress(), 'Deel 2 van 5: eerst praten');
  await j.next();
  await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
  assert.equal(await progress(), 'Deel 2 van 5: eerst praten', 'an error does not change the count');
  await j.choose('Heb je al met de coördinator', 'Nee, ik ga direct naar de klachtencommissie');
  await j.at('Waarom gaat je klacht naar de klachtencommissie?');
  assert.equal(await progress(), 'Deel 2 van 5: eerst praten', 'an extra question stays in its part');
  await j.next();
  await j.at('Wil je hulp bij je klacht?');
  assert.equal(await progress(), 'Deel 3 van 5: hulp');
});

test('the confirmation at 390 px: a green success panel, the number on one line, no second way to send', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, { width: 390, height: 800 });
  const j = new Journey(page, 'sent-390');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await storyToCheck(j);
  await j.send(env.server);
  const panel = page.locator('.kw-panel');
  assert.equal(await panel.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 112, 60)');
  const reference = page.locator('.kw-reference');
  const lineHeight = await reference.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 30);
  assert.ok((await reference.boundingBox()).height < lineHeight * 1.5, 'the reference stays on one line');
  assert.equal(await page.getByRole('link', { name: /Mail je klacht naar/ }).count(), 0, 'no way to send it twice');
  assert.equal(await page.getByRole('button', { name: 'Print of bewaar je klacht' }).count(), 1);
  // The hard words on the page are explained on it.
  await page.locator('.kw-terms summary').click();
  assert.match(await page.locator('.kw-terms').innerText(), /Klachtencommissie\s+Een groep mensen die klachten beoordeelt\./);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
  await screenshot(page, 'sent-390');
});

test('a result page at 390 px: the main action is where to go, changing the answer comes second', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspektief`, { width: 390, height: 800 });
  const j = new Journey(page, 'result-390');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(6 * 366));
  await j.at('We kunnen je klacht hier niet behandelen');
  const actions = page.locator('.kw-actions > a, .kw-actions > button');
  const first = actions.first();
  assert.equal(await first.innerText(), 'Bel 015 284 1000');
  assert.equal(await first.getAttribute('href'), 'tel:0152841000');
  assert.match(await first.getAttribute('class'), /kw-primary/);
  assert.equal(await actions.nth(1).innerText(), 'Antwoord wijzigen');
  assert.match(await actions.nth(1).getAttribute('class'), /kw-secondary/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
  await screenshot(page, 'result-390');
});

test('dates at 390 px: day, month and year; the month alone is enough; what was typed survives an error and a reload', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=lentl`, { width: 390, height: 800 });
  const j = new Journey(page, 'date-390');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.at('Wanneer gebeurde het?');
  assert.match(await page.locator('.kw-hint').first().innerText(), /Vul dan alleen de maand en het jaar in/);
  for (const label of ['Dag', 'Maand', 'Jaar']) {
    assert.equal(await page.getByLabel(label, { exact: true }).getAttribute('inputmode'), 'numeric', label);
  }
  const year = String(new Date().getFullYear());
  await page.getByLabel('Jaar', { exact: true }).fill(year);
  await j.next();
  await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
  assert.match(await page.locator('.kw-error-message').innerText(), /Vul de datum in met cijfers/);
  await page.reload();
  await j.at('Wanneer gebeurde het?');
  assert.equal(await page.getByLabel('Jaar', { exact: true }).inputValue(), year, 'kept after a reload');
  await page.getByLabel('Maand', { exact: true }).fill(String(new Date().getMonth() + 1));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
  await screenshot(page, 'date-390');
  await j.next();
  await j.at('Wanneer had je voor het laatst contact');
});

test('read aloud without a Dutch voice says so instead of doing nothing', async () => {
  // Headless Chromium has no voices at all.
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, { width: 390, height: 800 });
  const j = new Journey(page, 'no-voice');
  await j.at('Een klacht indienen');
  await page.getByRole('button', { name: 'Lees voor' }).first().click();
  const told = page.getByRole('status').filter({ hasText: 'Voorlezen lukt niet in deze browser' });
  await told.waitFor({ timeout: 5000 });
  assert.match(await told.innerText(), /Vraag iemand om mee te lezen/);
  await j.at('Een klacht indienen');
});

test('the help choices fit a 390 px phone, read-aloud buttons too', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`, { width: 390, height: 800 });
  const j = new Journey(page, 'help-390');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.at('Wil je hulp bij je klacht?');
  const outside = await page.evaluate(() => {
    const root = document.querySelector('[data-klachtwijzer-root]').shadowRoot;
    return [...root.querySelectorAll('.kw-choice, .kw-speak')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => e.className);
  });
  assert.deepEqual(outside, [], 'every choice and read-aloud button within the page');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await screenshot(page, 'help-390');
});
