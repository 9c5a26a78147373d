// Embedding as an organisation does: the stable loader from a sub-path, two wizards on one
// page, under a strict Content-Security-Policy with no inline script or style allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage } from './harness.mjs';
import { Journey } from './journey.mjs';

const env = setup();

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
  const url = env.server.addFile('organisatie/klacht.html', hostPage(env.server.endpoint));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
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
  // axe-core injects inline styles of its own, which this CSP rightly refuses; the same
  // screens are checked with axe in the other tests, so here only the wizard is watched.
  first.axe = false;
  second.axe = false;
  await first.at('Een klacht indienen');
  await second.at('Een klacht indienen');
  assert.match(await page.locator('#first .kw').innerText(), /tevreden over perMens/);
  assert.match(await page.locator('#second .kw').innerText(), /tevreden over Lentl/);

  // Answering in one leaves the other where it was.
  await page.locator('#first').getByRole('button', { name: 'Begin' }).click();
  await first.choose('Voor wie is de klacht?', 'Voor mezelf');
  await first.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await second.at('Een klacht indienen');
  // Each keeps its own draft.
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['klachtwijzer.draft.permens.0']);

  await first.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await first.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await first.text('Wat is er gebeurd?', 'Via de ingebouwde klachtwijzer.');
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await first.skip(heading);
  }
  await first.contact({ 'Je naam': 'Ingebouwd', 'Je telefoonnummer': '020 1234567' });
  const document = await first.send(env.server);
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

test('two wizards on one page pass axe-core together (no CSP)', async () => {
  const page = await openPage(env.browser, env.server.addFile('organisatie/twee.html', hostPage(env.server.endpoint).replace(/<meta http-equiv[^>]+>/, '')));
  const first = new Journey(page, 'two-first', page.locator('#first'));
  await first.at('Een klacht indienen');
  await page.locator('#first').getByRole('button', { name: 'Begin' }).click();
  await first.at('Voor wie is de klacht?');
});

const HOSTILE = `* { font-size: 9px !important; color: red !important; font-family: "Comic Sans MS", cursive !important; line-height: 1 !important; }
button { display: none !important; }
.kw, .kw * { background: yellow !important; display: inline !important; }
h1 { text-transform: uppercase; letter-spacing: 4px; }`;

/** A host page with its own content, its own (here: hostile) styles, and maybe the wizard. */
function stylePage({ hostile, wizard }) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Stijl</title>${hostile ? `<style>${HOSTILE}</style>` : ''}
<style>.host-note { margin: 12px; font-weight: bold; } h1 { margin: 20px; }</style></head>
<body><h1>Gemeente</h1><p class="host-note">Tekst van de site.</p><button type="button">Zoeken</button><a href="#x">Link</a>
${wizard ? `<div data-klachtwijzer data-regulation="../regulations/permens.json" data-endpoint="${env.server.endpoint}"></div>
<script type="module" src="../klachtwijzer.js"></script>` : ''}
</body></html>`;
}

const PROPERTIES = ['fontSize', 'color', 'fontFamily', 'display', 'backgroundColor', 'margin', 'lineHeight', 'textTransform', 'fontWeight'];

async function stylesOf(page, selector) {
  return page.locator(selector).first().evaluate((el, props) => {
    const style = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, style[p]]));
  }, PROPERTIES);
}

test('the host page cannot restyle the wizard, and the wizard does not restyle the host page', async () => {
  const open = async (name, options) => {
    const page = await openPage(env.browser, env.server.addFile(`organisatie/${name}.html`, stylePage(options)));
    if (options.wizard) await page.locator('.kw h1').waitFor();
    return page;
  };
  const clean = await open('schoon', { hostile: false, wizard: true });
  const hostile = await open('vijandig', { hostile: true, wizard: true });
  for (const selector of ['.kw h1', '.kw p', '.kw .kw-primary', '.kw .kw-language']) {
    assert.deepEqual(await stylesOf(hostile, selector), await stylesOf(clean, selector), `wizard ${selector}`);
  }
  assert.equal(await hostile.getByRole('button', { name: 'Begin' }).isVisible(), true);

  const without = await open('zonder', { hostile: false, wizard: false });
  for (const selector of ['h1', 'p.host-note', 'body > button', 'body > a', 'body']) {
    assert.deepEqual(await stylesOf(clean, selector), await stylesOf(without, selector), `host ${selector}`);
  }
});

test('the iframe variant sizes itself to the wizard, and ignores messages from elsewhere', async () => {
  const regulation = JSON.parse(readFileSync(new URL('../../public/regulations/permens.json', import.meta.url), 'utf8'));
  regulation.delivery.endpoint = env.server.endpoint;
  env.server.addFile('regulations/permens-frame.json', JSON.stringify(regulation));
  const parent = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ouder</title></head>
<body><h1>Gemeente</h1>
<iframe src="../embed.html?regulation=regulations/permens-frame.json" title="Klacht indienen" data-klachtwijzer-frame></iframe>
<script src="../klachtwijzer-parent.js"></script></body></html>`;
  const page = await openPage(env.browser, env.server.addFile('organisatie/iframe.html', parent));
  const frame = page.frameLocator('iframe[data-klachtwijzer-frame]');
  await frame.locator('.kw h1').filter({ hasText: 'Een klacht indienen' }).waitFor();
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  const start = await height();
  // The frame reports its content height (within a few pixels of the frame's own document).
  const inner = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  assert.ok(Math.abs(start - inner) <= 2, `iframe ${start}px, content ${inner}px`);
  // A message that does not come from the iframe's window is ignored.
  await page.evaluate(() => window.postMessage({ type: 'klachtwijzer:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await height(), start);
  // Another step, another height.
  await frame.getByRole('button', { name: 'Begin' }).click();
  await frame.locator('.kw h1').filter({ hasText: 'Voor wie is de klacht?' }).waitFor();
  await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height !== before, start);
  assert.notEqual(await height(), start);
});

test('loaded from another origin than the host page', async () => {
  // The same server under two names: the page on "localhost", the wizard on "127.0.0.1".
  const assets = new URL(env.server.site);
  const pageOrigin = `http://localhost:${assets.port}`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Andere herkomst</title></head><body><main>
<div data-klachtwijzer data-regulation="/regulations/lentl.json" data-endpoint="${env.server.endpoint}"></div></main>
<script type="module" src="${assets.origin}/klachtwijzer.js"></script></body></html>`;
  env.server.addFile('organisatie/ander.html', html);
  const page = await openPage(env.browser, `${pageOrigin}/organisatie/ander.html`);
  const j = new Journey(page, 'cross-origin');
  await j.at('Een klacht indienen');
  assert.match(await page.locator('.kw').innerText(), /tevreden over Lentl/);
  assert.equal(new URL(page.url()).origin, pageOrigin);
  assert.deepEqual(page.problems, []);
});
