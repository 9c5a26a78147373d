// The complaints office's inbox: signing in, reading, handling and exporting complaints, the
// mail about a new one, and retention. A real receiver, real Chromium, and a real SMTP server
// (Debian's python3-aiosmtpd) that keeps what it receives in a maildir.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchBrowser, openPage, axeViolations, receiver } from './harness.mjs';
import { sendShortComplaint } from './journey.mjs';

const password = 'wachtwoord van het klachtenbureau';
const env = {};

const freePort = () => new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

const accepting = (port) => new Promise((done) => {
  const socket = connect(port, '127.0.0.1', () => { socket.end(); done(true); });
  socket.on('error', () => done(false));
});

before(async () => {
  const work = mkdtempSync(join(tmpdir(), 'klachtwijzer-inbox-'));
  env.accounts = join(work, 'accounts');
  execFileSync(receiver, ['add-account', 'klachten', '--accounts', env.accounts], { input: `${password}\n` });
  env.maildir = join(work, 'mail');
  const smtpPort = await freePort();
  env.smtp = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${smtpPort}`,
    '-c', 'aiosmtpd.handlers.Mailbox', env.maildir], { stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 100 && !(await accepting(smtpPort)); i++) await new Promise((r) => setTimeout(r, 100));
  env.server = await startServer(['--accounts', env.accounts, '--notify-to', 'klachten@perspectief.example',
    '--notify-from', 'klachtwijzer@perspectief.example', '--smtp', `127.0.0.1:${smtpPort}`,
    '--inbox-url', 'https://klachten.perspectief.example/inbox']);
  env.browser = await launchBrowser();
  env.story = `Verhaal voor de inbox ${Math.random()}`;
  env.document = await sendShortComplaint(env.browser, env.server, env.story);
});
after(async () => {
  await env.browser?.close();
  await env.server?.stop();
  env.smtp?.kill();
});

const inbox = (path = '') => new URL(`/inbox/${path}`, env.server.endpoint).href;

/** Signs in without a browser; returns the cookie header and the session's CSRF token. */
async function signIn() {
  const answer = await fetch(inbox('login'), {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name: 'klachten', password, next: '/inbox/' }),
  });
  assert.equal(answer.status, 303);
  const cookie = answer.headers.get('set-cookie').split(';')[0];
  const page = await (await fetch(inbox(), { headers: { cookie } })).text();
  return { cookie, csrf: page.match(/name="csrf" value="([0-9a-f]+)"/)[1] };
}

const statusOf = (id) => {
  const csv = execFileSync(receiver, ['export', '--store', env.server.store, '--format', 'csv'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const row = csv.split('\r\n').find((line) => line.includes(`"${id}"`));
  return row.split(',')[0].replaceAll('"', '');
};

test('a new complaint is mailed to the office: its reference and a link, nothing of what it says', async () => {
  const { reference, submission_id: id } = env.document;
  let mail;
  for (let i = 0; i < 100 && !mail; i++) {
    const files = readdirSync(join(env.maildir, 'new'), { withFileTypes: true }).filter((f) => f.isFile());
    mail = files.map((f) => readFileSync(join(env.maildir, 'new', f.name), 'utf8').replaceAll('=\r\n', '').replaceAll('=\n', ''))
      .find((text) => text.includes(reference));
    if (!mail) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(mail, 'a mail with the reference arrived');
  assert.match(mail, /Subject: Nieuwe klacht /);
  assert.match(mail, /To: klachten@perspectief\.example/);
  assert.ok(mail.includes(`https://klachten.perspectief.example/inbox/complaints/${id}`), mail);
  for (const secret of [env.story, 'Kees', '020 1234567']) assert.ok(!mail.includes(secret), `the mail holds no "${secret}"`);
});

test('the office signs in, reads a complaint with its deadlines, changes its status, downloads it and exports a period', async () => {
  const { reference, submission_id: id } = env.document;
  const page = await openPage(env.browser, inbox(`complaints/${id}`));
  await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Naam').fill('klachten');
  await page.getByLabel('Wachtwoord').fill('niet goed');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('alert').filter({ hasText: 'De naam of het wachtwoord klopt niet.' }).waitFor();
  await page.getByLabel('Naam').fill('klachten');
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // Back on the page that was asked for.
  await page.getByRole('heading', { name: `Klacht ${reference}` }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(env.story));
  assert.deepEqual(await axeViolations(page), []);
  const [cookie] = await page.context().cookies();
  assert.deepEqual([cookie.name, cookie.httpOnly, cookie.secure, cookie.sameSite, cookie.path], ['kw_session', true, true, 'Strict', '/inbox']);

  await page.getByLabel('Status wijzigen').selectOption('in_handling');
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await page.getByText('In behandeling (sinds').waitFor().catch(() => {});
  assert.match(await page.locator('dl').first().innerText(), /In behandeling/);
  assert.equal(statusOf(id), 'in_handling');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als JSON' }).click()]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), env.document);

  await page.getByRole('link', { name: 'Alle klachten' }).click();
  const row = page.getByRole('row').filter({ hasText: reference });
  await row.waitFor();
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.equal(cells[7], 'In behandeling');
  const { receipt_by: receipt, first_contact_by: contact, decision_by: decision } = env.document.deadlines;
  assert.ok(receipt || contact || decision, 'perMens gives a date');
  // Each date as sent, and how close it is while it applies (receipt: only while new).
  for (const [cell, date, applies] of [[cells[4], receipt, false], [cells[5], contact, true], [cells[6], decision, true]]) {
    if (!date) assert.equal(cell, '—');
    else if (applies) assert.match(cell, new RegExp(`^${date} .*(nog \\d+ dagen|vandaag|morgen|te laat)`));
    else assert.equal(cell.split(' ')[0], date);
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Gesloten' }).click();
  await page.getByRole('heading', { name: 'Klachten' }).waitFor();
  assert.equal(await page.getByRole('row').filter({ hasText: reference }).count(), 0);

  await page.getByLabel('Bestand').selectOption('csv');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('"status","received_at",'), text.slice(0, 80));
  assert.ok(text.includes(`"in_handling"`) && text.includes(env.story));

  const audit = env.server.audit().filter((l) => l.who === 'klachten');
  for (const what of [`GET /inbox/complaints/${id}`, `POST /inbox/complaints/${id}/status in_handling`, `GET /inbox/complaints/${id}/json`]) {
    assert.ok(audit.some((l) => l.what === what), what);
  }
  assert.ok(audit.some((l) => l.what.startsWith('GET /inbox/export?') && l.what.includes('format=csv')));

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByText('Je bent afgemeld.').waitFor();
  // The session is over on the server, not only in this browser.
  const stale = await fetch(inbox(), { headers: { cookie: `kw_session=${cookie.value}` } });
  assert.equal(stale.status, 401);
  await page.context().close();
});

test('a form without its token, or sent from another page, changes nothing', async () => {
  const { submission_id: id } = env.document;
  const before = statusOf(id);
  const { cookie, csrf } = await signIn();
  const post = (fields, headers = {}) => fetch(inbox(`complaints/${id}/status`), {
    method: 'POST', redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  assert.equal((await post({ status: 'closed' })).status, 403);
  assert.equal((await post({ status: 'closed', csrf: 'raden' })).status, 403);
  assert.equal((await post({ status: 'closed', csrf }, { origin: 'https://elders.example' })).status, 403);
  assert.equal(statusOf(id), before);

  // A page on another origin (the wizard's site: another port, the same site for cookies)
  // submits a form to the inbox in a signed-in browser.
  const page = await openPage(env.browser, inbox('login'));
  await page.getByLabel('Naam').fill('klachten');
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'Klachten' }).waitFor();
  await page.goto(env.server.site);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/status')),
    page.evaluate((action) => {
      const form = Object.assign(document.createElement('form'), { method: 'post', action });
      form.append(Object.assign(document.createElement('input'), { name: 'status', value: 'closed' }));
      document.body.append(form);
      form.submit();
    }, inbox(`complaints/${id}/status`)),
  ]);
  assert.equal(answer.status(), 403);
  assert.equal(statusOf(id), before);
  await page.context().close();
});

test('a closed complaint is deleted when its organisation\'s retention time is up; the deletion is in the audit log', async () => {
  const closed = env.document;
  const kept = await sendShortComplaint(env.browser, env.server, `Blijft ${Math.random()}`);
  const { cookie, csrf } = await signIn();
  const answer = await fetch(inbox(`complaints/${closed.submission_id}/status`), {
    method: 'POST', redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ status: 'closed', csrf }),
  });
  assert.equal(answer.status, 303);
  await env.server.stop();
  // perMens keeps a closed complaint 0 days here; another organisation's setting does not apply.
  env.server = await startServer(['--accounts', env.accounts, '--retention', 'permens=0', '--retention', 'lentl=1'],
    { work: env.server.work, store: env.server.store });
  const ids = env.server.submissions().map((s) => s.submission_id);
  assert.ok(!ids.includes(closed.submission_id), 'the closed complaint is gone');
  assert.ok(ids.includes(kept.submission_id), 'the open one is kept');
  const deletion = env.server.audit().find((l) => l.who === 'retention');
  assert.match(deletion.what, new RegExp(`^DELETE complaint ${closed.submission_id} \\(${closed.reference}, permens\\)`));
});
