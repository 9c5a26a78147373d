// The wizard says only what the regulation says: what a person reads in Chromium for the
// rules that were wrong (issue "faithful rules"), checked with axe-core on every screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './harness.mjs';
import { Journey, daysAgo } from './journey.mjs';

const env = setup();

async function open(regulation, name) {
  const page = await openPage(env.browser, `${env.server.site}?regulation=${regulation}`);
  const journey = new Journey(page, name);
  await journey.at('Een klacht indienen');
  await page.getByRole('button', { name: 'Begin' }).click();
  return journey;
}

const text = (j) => j.page.locator('.kw').innerText();

test('Lentl: a late youth-care complaint names 36 months; a late last contact says so', async () => {
  const youth = await open('lentl', 'lentl-youth');
  await youth.choose('Voor wie is de klacht?', 'Voor mezelf');
  await youth.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await youth.date('Wanneer gebeurde het?', daysAgo(40 * 31));
  await youth.date('Wanneer had je voor het laatst contact', daysAgo(40 * 31));
  await youth.choose('Gaat je klacht over een van deze onderwerpen?', 'Jeugdhulp');
  // Too late: the exclusions are not read first.
  await youth.at('We kunnen je klacht hier niet behandelen');
  assert.match(await text(youth), /tot 36 maanden na wat er gebeurde/);

  const contact = await open('lentl', 'lentl-last-contact');
  await contact.choose('Voor wie is de klacht?', 'Voor mezelf');
  await contact.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await contact.date('Wanneer gebeurde het?', daysAgo(30));
  await contact.date('Wanneer had je voor het laatst contact', daysAgo(400));
  await contact.choose('Gaat je klacht over een van deze onderwerpen?', 'Nee, geen van deze');
  await contact.at('We kunnen je klacht hier niet behandelen');
  assert.match(await text(contact), /tot 12 maanden na je laatste contact met de medewerker/);
});

test('Lentl: a bewindvoerder complaining about care is told it is outside their task', async () => {
  const j = await open('lentl', 'lentl-scope');
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Wat is jouw rol?', 'Ik ben wettelijk vertegenwoordiger');
  // What the role is comes before what it may complain about.
  await j.at('Wat voor vertegenwoordiger ben je?');
  assert.match(await text(j), /Bewindvoerder\s+Door de rechter gekozen om geld te regelen\. Je mag alleen klagen over geldzaken\./);
  await j.choose('Wat voor vertegenwoordiger ben je?', 'Bewindvoerder');
  await j.choose('Waar gaat je klacht over?', 'Over iets anders, zoals zorg of begeleiding');
  await j.at('We kunnen je klacht hier niet behandelen');
  assert.match(await text(j), /alleen over je eigen taak klagen/);
  assert.equal(await j.page.getByRole('button', { name: 'Verder' }).count(), 0, 'no way on');
});

test('Lentl: a complaint about a volunteer goes to the volunteer coordinator first', async () => {
  const j = await open('lentl', 'lentl-volunteer');
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(20));
  await j.date('Wanneer had je voor het laatst contact', daysAgo(20));
  await j.choose('Geldt een van deze dingen voor jou?', 'Nee, geen van deze');
  await j.choose('Gaat je klacht over een vrijwilliger of stagiair?', 'Ja, over een vrijwilliger of stagiair');
  await j.at('Heb je al met de medewerker');
  assert.match(await text(j), /Dan praat je met de vrijwilligerscoördinator of stagebegeleider\./);
  await j.choose('Heb je al met de medewerker', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', 'De vrijwilliger was onaardig.');
  await j.skip('Waar gebeurde het?');
  await j.at('Over welke medewerker gaat je klacht?');
  assert.match(await text(j), /Werkt de medewerker hier niet meer\? Dan gaat je klacht over ons\./);
  await j.next();
  await j.skip('Wat moet er gebeuren?');
  await j.contact({ 'Je naam': 'Ahmed', 'Je e-mailadres': 'ahmed@example.nl' });
  const document = await j.send(env.server);
  assert.equal(document.prior_contact.about_volunteer_or_intern, true);
  const sent = await text(j);
  assert.match(sent, /Eerst neemt de vrijwilligerscoördinator of stagebegeleider contact met je op\./);
  assert.doesNotMatch(sent, /De medewerker neemt eerst contact met je op/);
});

test('Perspektief: after a death an employee is refused and told who may file', async () => {
  const j = await open('perspektief', 'perspektief-death');
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Is de cliënt overleden?', 'Ja, de cliënt is overleden');
  await j.choose('Wat is jouw rol?', 'Ik werk bij Perspektief');
  await j.at('We kunnen je klacht hier niet behandelen');
  assert.match(await text(j), /Wie mag wel een klacht indienen\? de cliënt zelf, een wettelijk vertegenwoordiger/);
});

test('Perspektief: a complaint about the begeleider goes on without an appointment; the court for large claims', async () => {
  const j = await open('perspektief', 'perspektief-safe');
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.date('Wanneer gebeurde het?', daysAgo(12));
  await j.choose('Heb je al met je begeleider of de teamleider', 'Nee, mijn klacht gaat over die persoon');
  await j.choose('Wie betaalt je zorg?', 'Wlz, langdurige zorg');
  await j.at('Wil je hulp bij je klacht?');
  assert.match(await text(j), /neemt de mediator zo snel mogelijk contact met je op/);
  // Hard words are explained on the same screen.
  await j.page.locator('.kw-terms summary').filter({ hasText: 'Wat is dat?' }).click();
  assert.match(await j.page.locator('.kw-terms').innerText(), /Mediator\s+Iemand die niemand voortrekt en helpt bij een gesprek\./);
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', 'Mijn begeleider raakte mij aan terwijl ik dat niet wilde.');
  await j.skip('Waar gebeurde het?');
  await j.skip('Wat moet er gebeuren?');
  await j.choose('Gaat je klacht over iets ernstigs?', 'Ongewenst seksueel gedrag');
  await j.contact({ 'Je naam': 'Lisa', 'Je telefoonnummer': '06 12345678' });
  const document = await j.send(env.server);
  assert.equal(document.prior_contact.talked, 'not_safe');
  assert.equal(document.prior_contact.if_not, null);
  const sent = await text(j);
  assert.match(sent, /Je hoeft niet eerst met die persoon te praten\./);
  assert.doesNotMatch(sent, /We maken eerst een afspraak/);
  assert.match(sent, /Je mag ook om meer dan 25\.000 euro vragen/);
  assert.match(sent, /Dat kost 52,50 euro\. Krijg je gelijk\? Dan betalen wij dat bedrag terug\./);
});

test('Perspektief at 390 px, a support person: the client\'s begeleider; after a death the help is for the one filing', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspektief`, { width: 390, height: 800 });
  const j = new Journey(page, 'perspektief-support-person');
  await j.at('Een klacht indienen');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Is de cliënt overleden?', 'Ja, de cliënt is overleden');
  await j.choose('Wat is jouw rol?', 'Ik ben familie of een naaste van de cliënt');
  await j.text('Wat is de naam van de cliënt', 'Mevrouw Jansen');
  await j.date('Wanneer gebeurde het met de cliënt?', daysAgo(10));
  await j.at('Heeft de cliënt al met de begeleider van de cliënt of de teamleider over de klacht gepraat?');
  await j.choose('Heeft de cliënt al met', 'Ja, maar het is niet opgelost');
  await j.choose('Wie betaalt de zorg van de cliënt?', 'Wlz, langdurige zorg');
  await j.at('Wil je hulp bij de klacht?');
  assert.match(await text(j), /Kies alles wat je wilt\./, 'after a death the help is for the one filing');
});

test('Perspektief at 390 px, a mentor: help, the organisation\'s own words and the confirmation speak of the client', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=perspektief`, { width: 390, height: 800 });
  const j = new Journey(page, 'perspektief-mentor');
  await j.at('Een klacht indienen');
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor iemand anders');
  await j.choose('Is de cliënt overleden?', 'Nee');
  await j.choose('Wat is jouw rol?', 'Ik ben wettelijk vertegenwoordiger');
  await j.choose('Wat voor vertegenwoordiger ben je?', 'Mentor');
  await j.text('Wat is de naam van de cliënt', 'Kees de Vries');
  await j.date('Wanneer gebeurde het met de cliënt?', daysAgo(10));
  await j.choose('Heeft de cliënt al met', 'Nee, nog niet');
  await j.choose('Wie betaalt de zorg van de cliënt?', 'Wlz, langdurige zorg');
  await j.at('Wil de cliënt hulp bij de klacht?');
  const help = await text(j);
  assert.match(help, /Kies alles wat de cliënt wil\./);
  assert.match(help, /Iemand bij wie de cliënt zich veilig voelt\. Deze persoon mag de gesprekken voor de cliënt voeren\./, 'the organisation\'s words for a support person');
  assert.doesNotMatch(help, /\b(je|jij|jouw)\b/i, 'no second person on the help screen');
  await j.choose('Wil de cliënt hulp bij de klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', 'De begeleider kwam niet.');
  await j.skip('Waar gebeurde het?');
  await j.skip('Wat moet er gebeuren?');
  await j.choose('Gaat de klacht over iets ernstigs?', 'Nee, geen van deze');
  await j.contact({ 'Je naam': 'Anna Mentor', 'Je telefoonnummer': '06 12345678' });
  const document = await j.send(env.server);
  assert.equal(document.filer.support, 'files_for_client');
  assert.match(await text(j), /De cliënt heeft nog niet met een medewerker gepraat\. We maken eerst een afspraak voor dat gesprek\./);
});
