// Every seed regulation end to end in Chromium: a complete complaint stored by the real
// receiver, the "cannot be handled here" path, the change path, axe-core on every screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, screenshot } from './harness.mjs';
import { Journey, daysAgo } from './journey.mjs';

const env = setup();

async function open(regulation, name, viewport) {
  const page = await openPage(env.browser, `${env.server.site}?regulation=${regulation}`, viewport);
  const journey = new Journey(page, name);
  await journey.at('Een klacht indienen');
  await page.getByRole('button', { name: 'Begin' }).click();
  return journey;
}

const STORY = 'Mijn begeleider kwam drie keer niet.\nNiemand belde mij.';
const CONTACT = { 'Je naam': 'Fatima el Amrani', 'Je e-mailadres': 'fatima@example.nl', 'Je telefoonnummer': '06 12345678' };

test('Perspektief: a complete complaint, with a change from the check page', async () => {
  const j = await open('perspektief', 'perspektief-1280');
  j.shoot = true;
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(40));
  await j.choose('Heb je al met je begeleider of de teamleider', 'Ja, maar het is niet opgelost');
  await j.choose('Wie betaalt je zorg?', 'Wmo, via de gemeente');
  // Our plain words first, then what Perspektief adds.
  await j.at('Wil je hulp bij je klacht?');
  assert.match(await j.page.locator('.kw').innerText(), /Iemand die niet met cliënten werkt\. Hij of zij helpt jullie praten\. Hij of zij heeft geen mening over je klacht\./);
  await j.choose('Wil je hulp bij je klacht?', 'Mediator van Perspektief', 'Een vertrouwenspersoon');
  await j.text('Wat is er gebeurd?', STORY);
  await j.text('Waar gebeurde het?', 'Woonlocatie De Linde');
  await j.text('Wat moet er gebeuren?', 'Dat hij op tijd komt.');
  await j.choose('Gaat je klacht over iets ernstigs?', 'Nee, geen van deze');
  await j.contact(CONTACT);
  await j.choose('Hoe wil je dat we contact opnemen?', 'Bellen');

  await j.at('Kijk je antwoorden na');
  assert.equal(await j.answerFor('Wat is er gebeurd?'), STORY);
  assert.equal(await j.answerFor('Wil je hulp bij je klacht?'), 'Mediator van Perspektief\nEen vertrouwenspersoon');
  // Change one answer and come straight back to the check page.
  await j.page.getByRole('link', { name: 'Wijzigen Waar gebeurde het?' }).click();
  await j.at('Waar gebeurde het?');
  assert.equal(await j.page.locator('.kw input.kw-input').inputValue(), 'Woonlocatie De Linde');
  await j.page.locator('.kw input.kw-input').fill('Dagbesteding De Brug');
  await j.next();
  await j.at('Kijk je antwoorden na');
  assert.equal(await j.answerFor('Waar gebeurde het?'), 'Dagbesteding De Brug');

  const document = await j.send(env.server);
  assert.equal(document.organisation.id, 'perspektief');
  assert.equal(document.complaint.what_happened, STORY);
  assert.equal(document.complaint.location, 'Dagbesteding De Brug');
  assert.deepEqual(document.help.requested, ['mediator', 'vertrouwenspersoon']);
  assert.equal(document.help.funding, 'wmo');
  assert.equal(document.help.funding_unknown, false);
  assert.equal(document.contact.preferred, 'phone');
  assert.match(document.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+0[12]:00$/);
  // What happens next, with the real date, and where to go for Wmo.
  const text = await j.page.locator('.kw').innerText();
  assert.match(text, /Uiterlijk \d+ \w+ \d{4} gaan we met je klacht aan de slag\./);
  assert.match(text, /Het Wmo-loket van je gemeente/);
  assert.doesNotMatch(text, /Geschillencommissie/, 'only the routes for Wmo');
  assert.deepEqual(j.page.problems, []);
});

test('Perspektief: more than five years ago is not handled here, and says where to go', async () => {
  const j = await open('perspektief', 'perspektief-late');
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(6 * 366));
  await j.at('We kunnen je klacht hier niet behandelen');
  const text = await j.page.locator('.kw').innerText();
  assert.match(text, /tot 5 jaar na wat er gebeurde/);
  assert.match(text, /015 284 1000/);
  assert.equal(await j.page.getByRole('button', { name: 'Verder' }).count(), 0, 'no way on');
  await j.page.getByRole('button', { name: 'Antwoord wijzigen' }).click();
  await j.at('Wanneer gebeurde het?');
});

test('Perspektief at 390 px: an employee is told kindly, after three questions, that they cannot file for a client', async () => {
  // At 390 px, after three questions: nothing about the complaint is asked first.
  const j = await open('perspektief', 'perspektief-employee', { width: 390, height: 800 });
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Is de cliënt overleden?', 'Nee');
  await j.choose('Wat is jouw rol?', 'Ik werk bij Perspektief');
  await j.at('We kunnen je klacht hier niet behandelen');
  assert.match(await j.page.locator('.kw').innerText(), /Een medewerker kan nooit een klacht voor een cliënt indienen/);
  assert.equal(await j.page.getByRole('button', { name: 'Verder' }).count(), 0);
});

test('PerspectiefPlus: an anonymous complaint may be declined, the person goes on and sends without a name', async () => {
  const j = await open('perspectiefplus', 'perspectiefplus');
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Nee, iemand helpt mij met invullen');
  await j.date('Wanneer gebeurde het?', daysAgo(20));
  await j.choose('Geldt een van deze dingen voor jou?', 'Ik wil mijn naam niet geven');
  await j.at('Je kunt doorgaan, maar lees dit eerst');
  assert.match(await j.page.locator('.kw').innerText(), /hoeft een klacht zonder naam niet te behandelen/);
  await j.next();
  await j.text('Wat is er gebeurd?', STORY);
  await j.text('Over welke medewerker gaat je klacht?', 'Sanne');
  await j.skip('Wat moet er gebeuren?');
  await j.at('Hoe kunnen we je bereiken?');
  assert.equal(await j.page.getByLabel('Je naam', { exact: false }).count(), 0, 'no name asked');
  assert.match(await j.page.locator('.kw').innerText(), /Je wilt je naam niet geven\. Dat hoeft niet\./);
  await j.contact({ 'Je telefoonnummer': '06 12345678' });
  await j.changeText('Over welke medewerker gaat je klacht?', 'Sanne de Vries');
  const document = await j.send(env.server);
  assert.equal(document.eligibility.verdict, 'may_decline');
  assert.equal(document.filer.filled_in_with_support, true);
  assert.equal(document.complaint.employee_name, 'Sanne de Vries');
  assert.equal(document.contact.name, null);
  const text = await j.page.locator('.kw').innerText();
  assert.match(text, /bericht dat we je klacht hebben/);
  // "streeft er naar … binnen 30 werkdagen": an aim, not a deadline.
  assert.match(text, /We willen je klacht vóór \d+ \w+ \d{4} afhandelen\. Dat is geen harde belofte\./);
  assert.doesNotMatch(text, /Uiterlijk \d+ \w+ \d{4} hoor je wat er met je klacht gebeurt/);
  assert.match(text, /06 36 28 43 38 of 06 36 05 46 34/);
});

test('perMens: straight to the committee with a reason; a parent files for their child', async () => {
  const j = await open('permens', 'permens');
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Is de cliënt overleden?', 'Nee');
  await j.choose('Wat is jouw rol?', 'Ik ben wettelijk vertegenwoordiger');
  await j.choose('Wat voor vertegenwoordiger ben je?', 'Ouder met gezag');
  await j.text('Wat is de naam van de cliënt', 'Noor');
  await j.choose('Heeft de cliënt al met de coördinator', 'Nee, ik ga direct naar de klachtencommissie');
  await j.text('Waarom gaat de klacht naar de klachtencommissie?', 'De coördinator is zelf de persoon over wie ik klaag.');
  await j.choose('Wil de cliënt hulp bij de klacht?', 'Remco Trompetter');
  await j.text('Wat is er gebeurd?', STORY);
  await j.skip('Wanneer gebeurde het?');
  await j.skip('Waar gebeurde het?');
  await j.skip('Over welke medewerker gaat de klacht?');
  await j.skip('Wat moet er gebeuren?');
  await j.contact({ 'Je naam': 'Kees', 'Je telefoonnummer': '020 1234567' });
  await j.changeText('Waarom gaat de klacht naar de klachtencommissie?', 'Ik durf het niet tegen de coördinator te zeggen.');
  const document = await j.send(env.server);
  assert.equal(document.prior_contact.direct_route_reason, 'Ik durf het niet tegen de coördinator te zeggen.');
  assert.equal(document.prior_contact.talked, 'direct_route');
  assert.equal(document.prior_contact.direct_route_to, 'klachtencommissie');
  assert.equal(document.filer.role, 'legal_representative');
  assert.equal(document.complaint.event_date, null);
  // The committee route: a receipt and the next meeting, not the coordinator's two days.
  const text = await j.page.locator('.kw').innerText();
  assert.match(text, /laat je weten dat hij je klacht heeft/);
  assert.match(text, /volgende vergadering/);
  assert.doesNotMatch(text, /neemt iemand contact met je op/);
});

test('Perspectief Herstelbemiddeling: a complete complaint; no offer to call without a phone number', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspectief-herstelbemiddeling`);
  const j = new Journey(page, 'herstelbemiddeling');
  await j.at('Een klacht indienen');
  const start = await page.locator('.kw').innerText();
  assert.match(start, /Je kunt ons ook mailen\./);
  assert.doesNotMatch(start, /bellen/);
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de medewerker of de leidinggevende', 'Nee, nog niet');
  await j.text('Wat is er gebeurd?', STORY);
  await j.date('Wanneer gebeurde het?', daysAgo(3));
  await j.skip('Over welke medewerker gaat je klacht?');
  await j.text('Wat moet er gebeuren?', 'Een gesprek.');
  await j.contact({ 'Je naam': 'Piet', 'Je e-mailadres': 'piet@example.nl' });
  await j.changeText('Wat moet er gebeuren? Wanneer ben je tevreden?', 'Een gesprek met de directeur.');
  const document = await j.send(env.server);
  assert.equal(document.complaint.desired_outcome, 'Een gesprek met de directeur.');
  assert.equal(document.organisation.id, 'perspectief-herstelbemiddeling');
  assert.equal(document.prior_contact.if_not, 'continue');
  assert.match(await j.page.locator('.kw').innerText(), /Onafhankelijke klachtencommissie/);
});

test('Lentl: a municipal decision goes to the municipality; a group complaint at 320 px', async () => {
  const stop = await open('lentl', 'lentl-stop');
  await stop.choose('Voor wie is de klacht?', 'Voor mezelf');
  await stop.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await stop.date('Wanneer gebeurde het?', daysAgo(30));
  await stop.date('Wanneer had je voor het laatst contact', daysAgo(25));
  await stop.choose('Geldt een van deze dingen voor jou?', 'Ik ben het niet eens met een besluit van de gemeente');
  await stop.at('We kunnen je klacht hier niet behandelen');
  assert.match(await stop.page.locator('.kw').innerText(), /Je gemeente[\s\S]*bezwaar maken/);
  // "Je gemeente" has no address of its own: Lentl can be asked, and that is the main action.
  assert.match(await stop.page.locator('.kw').innerText(), /Vragen\? Neem contact met ons op[\s\S]*www\.lentl\.nl/);
  assert.equal(await stop.page.locator('.kw-actions > a').first().innerText(), 'Ga naar www.lentl.nl');
  // The hard word on the result page is explained on it.
  await stop.page.locator('.kw-terms summary').click();
  assert.match(await stop.page.locator('.kw-terms').innerText(), /Bezwaar/);

  const j = await open('lentl', 'lentl-320', { width: 320, height: 700 });
  j.shoot = true;
  await j.choose('Voor wie is de klacht?', 'Voor een groep');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.text('Wat is de naam van de cliënt of de groep?', 'Bewonerscommissie Mierlo');
  await j.date('Wanneer gebeurde het?', daysAgo(30));
  await j.date('Wanneer had je voor het laatst contact', daysAgo(25));
  await j.choose('Geldt een van deze dingen voor jou?', 'Nee, geen van deze');
  await j.choose('Gaat je klacht over een vrijwilliger of stagiair?', 'Nee, of ik weet het niet');
  await j.choose('Heb je al met de medewerker', 'Ja, maar het is niet opgelost');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', STORY);
  await j.text('Waar gebeurde het?', 'Sociale Teams Helmond');
  await j.skip('Over welke medewerker gaat je klacht?');
  await j.skip('Wat moet er gebeuren?');
  await j.contact({ 'Je naam': 'Ahmed', 'Je e-mailadres': 'ahmed@example.nl' });
  // Nothing may stick out sideways at 320 px.
  const overflow = await j.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 320 px');
  await j.changeText('Waar gebeurde het?', 'Wel.kom');
  const document = await j.send(env.server);
  assert.equal(document.complaint.location, 'Wel.kom');
  assert.equal(document.filer.role, 'group');
  assert.equal(document.filer.group_name, 'Bewonerscommissie Mierlo');
  assert.match(await j.page.locator('.kw').innerText(), /2 maanden niet bereiken/);
  await screenshot(j.page, 'lentl-320-sent');
});

test('Woonstichting Voorbeeld, outside care: still waiting for the answer says from which day; a complaint for a tenant speaks of tenants', async () => {
  const wait = await open('woonstichting-voorbeeld', 'woonstichting-wait');
  await wait.choose('Voor wie is de klacht?', 'Voor mezelf');
  await wait.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await wait.date('Wanneer gebeurde het?', daysAgo(60));
  await wait.choose('Geldt een van deze dingen voor jou?', 'Nee, geen van deze');
  await wait.choose('Heb je je klacht al bij Woonstichting Voorbeeld gemeld?', 'Ja, maar het is niet opgelost');
  await wait.choose('Heb je al een antwoord gekregen?', 'Nee, nog geen antwoord');
  await wait.date('Wanneer heb je het gevraagd?', daysAgo(14));
  await wait.at('We kunnen je klacht hier niet behandelen');
  const told = await wait.page.locator('.kw').innerText();
  assert.match(told, /Heb je op \d{1,2} \w+ \d{4} nog geen antwoord\? Dan kun je hier klagen\./);
  assert.match(told, /De klachtenbalie van Woonstichting Voorbeeld/);
  await screenshot(wait.page, 'woonstichting-wait');

  const j = await open('woonstichting-voorbeeld', 'woonstichting-tenant');
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Wat is jouw rol?', 'De huurder heeft mij gevraagd');
  await j.text('Wat is de naam van de huurder of de groep?', 'Mevrouw Jansen');
  await j.date('Wanneer gebeurde het met de huurder?', daysAgo(500));
  // More than a year ago: the problem that is still there has three years.
  await j.choose('over een van deze onderwerpen?', 'Het probleem is er nog steeds');
  await j.choose('Geldt een van deze dingen voor', 'Nee, geen van deze');
  await j.choose('Heb je je klacht al bij Woonstichting Voorbeeld gemeld?', 'Ja, maar het is niet opgelost');
  await j.choose('Heeft de huurder al een antwoord gekregen?', 'Ja, er is een antwoord');
  await j.at('Wat is er gebeurd?');
  assert.match(await j.page.locator('.kw').innerText(), /Mail ze naar klachten@woonstichting-voorbeeld\.nl/);
  await j.text('Wat is er gebeurd?', 'De lekkage bij mijn moeder is na een jaar nog niet gemaakt.');
  await j.skip('Waar gebeurde het?');
  await j.skip('Wat moet er gebeuren?');
  await j.contact({ 'Je naam': 'Sanne Jansen', 'Je e-mailadres': 'sanne@example.nl' });
  const document = await j.send(env.server);
  assert.equal(document.organisation.id, 'woonstichting-voorbeeld');
  assert.deepEqual(document.eligibility.topics, ['voortdurend']);
  assert.equal(document.filer.role, 'authorised_person');
  // No care words on the way: every heading the tenant's helper read.
  assert.deepEqual(j.headings.filter((h) => /cliënt|zorg|begeleid/i.test(h)), []);
  await screenshot(j.page, 'woonstichting-sent');
});
