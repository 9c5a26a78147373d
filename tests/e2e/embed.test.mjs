// Embedding as an organisation does: the stable loader from a sub-path, two wizards on one
// page, under a strict Content-Security-Policy with no inline script or style allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage } from './harness.mjs';
import { Journey } from './journey.mjs';

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

function hostPage(endpoint) {
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${new URL(endpoint).origin}`;
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Gemeente Voorbeeld – klachten</title>
</head>
<body>
  <main>
    <h1>Gemeente Voorbeeld</h1>
    <section id="first" aria-label="perMens">
      <div data-klachtwijzer data-regulation="../regulations/permens.json" data-endpoint="${endpoint}"></div>
    </section>
    <section id="second" aria-label="Lentl">
      <div data-klachtwijzer data-regulation="../regulations/lentl.json" data-endpoint="${endpoint}"></div>
    </section>
  </main>
  <script type="module" src="../klachtwijzer.js"></script>
</body>
</html>`;
}

test('two independent wizards from the stable loader, under a strict CSP, end to end', async () => {
  const url = server.addFile('organisatie/klacht.html', hostPage(server.endpoint));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => { if (/Refused|Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  page.on('pageerror', (e) => refused.push(`pageerror: ${e.message}`));
  await page.goto(url);

  const first = new Journey(page, 'embed-first', page.locator('#first'));
  const second = new Journey(page, 'embed-second', page.locator('#second'));
  await first.at('Een klacht indienen');
  await second.at('Een klacht indienen');
  assert.match(await page.locator('#first').innerText(), /tevreden over perMens/);
  assert.match(await page.locator('#second').innerText(), /tevreden over Lentl/);

  // Answering in one leaves the other where it was.
  await page.locator('#first').getByRole('button', { name: 'Begin' }).click();
  await first.choose('Vul je dit in', 'Nee, ik vul het zelf in');
  await second.at('Een klacht indienen');
  // Each keeps its own draft.
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['klachtwijzer.draft.permens.0']);

  await first.choose('Heb je al met de coördinator', 'Ja, maar het is niet opgelost');
  await first.choose('Voor wie is de klacht?', 'Voor mezelf');
  await first.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await first.text('Wat is er gebeurd?', 'Via de ingebouwde klachtwijzer.');
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await first.skip(heading);
  }
  await first.contact({ 'Je naam': 'Ingebouwd', 'Je telefoonnummer': '020 1234567' });
  const document = await first.send(server);
  assert.equal(document.organisation.id, 'permens');
  await second.at('Een klacht indienen');

  // The wizard's colours come from each regulation, through the CSSOM (allowed by the CSP).
  const colour = await page.locator('#second').getByRole('button', { name: 'Begin' })
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(colour, 'rgb(59, 42, 112)');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(refused, []);
  await context.close();
});
