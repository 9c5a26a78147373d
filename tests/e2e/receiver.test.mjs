// The receiver an organisation can run: intake is public, reading needs an account, and what
// was acknowledged is kept as it was received.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startServer, launchBrowser, openPage } from './harness.mjs';
import { Journey } from './journey.mjs';

const root = resolve(import.meta.dirname, '../..');
const password = 'een lang wachtwoord voor de test';
const env = {};

before(async () => {
  const accounts = join(mkdtempSync(join(tmpdir(), 'klachtwijzer-accounts-')), 'accounts');
  execFileSync(join(root, 'target/debug/klachtwijzer-receiver'), ['add-account', 'klachten', '--accounts', accounts],
    { input: `${password}\n` });
  env.server = await startServer(['--accounts', accounts, '--rate-limit', '30']);
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
  await env.server?.stop();
});

const base = () => new URL('/', env.server.endpoint).href;
const basic = (name, secret) => `Basic ${Buffer.from(`${name}:${secret}`).toString('base64')}`;
const read = (path, authorization) => fetch(new URL(path, base()), { headers: authorization ? { authorization } : {} });

/** One complaint sent through the wizard; returns the stored document. */
async function sendOne() {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const j = new Journey(page, 'receiver');
  j.axe = false;
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  const story = `Ontvanger ${Math.random()}`;
  await j.text('Wat is er gebeurd?', story);
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await j.skip(heading);
  }
  await j.contact({ 'Je naam': 'Kees', 'Je telefoonnummer': '020 1234567' });
  await j.at('Kijk je antwoorden na');
  await page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.at('Je klacht is verstuurd');
  await page.context().close();
  return env.server.submissions().find((s) => s.complaint.what_happened === story);
}

test('nobody reads a complaint without an account; every read is in the audit log', async () => {
  const document = await sendOne();
  for (const path of ['/', '/submissions', `/submissions/${document.submission_id}`]) {
    const answer = await read(path);
    assert.equal(answer.status, 401, path);
    assert.equal(answer.headers.get('access-control-allow-origin'), null, path);
    const body = await answer.text();
    assert.ok(!body.includes(document.submission_id) && !body.includes('Ontvanger'), `${path} reveals nothing`);
  }
  // A person opening the page (or a program) is asked to sign in; a script in the background is not.
  const opened = await new Promise((done) => get(base(), done));
  assert.equal(opened.statusCode, 401);
  assert.match(opened.headers['www-authenticate'], /^Basic /);
  opened.resume();
  assert.equal((await read('/')).headers.get('www-authenticate'), null);
  const wrong = await read('/submissions', basic('klachten', 'fout'));
  assert.equal(wrong.status, 401);
  const list = await read('/submissions', basic('klachten', password));
  assert.equal(list.status, 200);
  assert.ok((await list.json()).submissions.includes(document.submission_id));
  assert.equal(list.headers.get('access-control-allow-origin'), null);
  const one = await read(`/submissions/${document.submission_id}`, basic('klachten', password));
  assert.equal((await one.json()).reference, document.reference);
  const audit = readFileSync(join(dirname(env.server.data), 'audit.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
  assert.ok(audit.some((l) => l.who === 'klachten' && l.allowed && l.what === `GET /submissions/${document.submission_id}`));
  assert.ok(audit.some((l) => l.who === '-' && !l.allowed && l.what === 'GET /'));
});

test('a page on another origin cannot read complaints, even when it may send them', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  const outcome = await page.evaluate(async (url) => {
    try {
      const answer = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(5000) });
      return `read ${answer.status}`;
    } catch (error) {
      return `blocked: ${error.name}`;
    }
  }, new URL('/submissions', base()).href);
  assert.equal(outcome, 'blocked: TypeError');
  // The intake does answer this page's origin, and no other.
  const allowed = await fetch(env.server.endpoint, { method: 'OPTIONS', headers: { origin: new URL(env.server.site).origin } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), new URL(env.server.site).origin);
  const other = await fetch(env.server.endpoint, { method: 'OPTIONS', headers: { origin: 'https://elders.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('five wrong passwords lock the account, also for the right one', async () => {
  const accounts = join(mkdtempSync(join(tmpdir(), 'klachtwijzer-lock-')), 'accounts');
  execFileSync(join(root, 'target/debug/klachtwijzer-receiver'), ['add-account', 'slot', '--accounts', accounts], { input: `${password}\n` });
  const server = await startServer(['--accounts', accounts]);
  try {
    const at = (authorization) => fetch(new URL('/submissions', server.endpoint), { headers: { authorization } });
    assert.equal((await at(basic('slot', password))).status, 200);
    for (let i = 0; i < 5; i++) assert.equal((await at(basic('slot', `fout ${i}`))).status, 401);
    const locked = await at(basic('slot', password));
    assert.equal(locked.status, 401);
    assert.match((await locked.json()).error, /locked/);
  } finally {
    await server.stop();
  }
});

test('the same id with another body is refused with 409 and the first is kept', async () => {
  const document = await sendOne();
  const changed = { ...document, complaint: { ...document.complaint, what_happened: 'Iets anders' } };
  const post = (body) => fetch(env.server.endpoint, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': body.submission_id }, body: JSON.stringify(body),
  });
  assert.equal((await post(changed)).status, 409);
  const kept = env.server.submissions().find((s) => s.submission_id === document.submission_id);
  assert.equal(kept.complaint.what_happened, document.complaint.what_happened);
  assert.equal((await post(document)).status, 201, 'the same body again is fine');
});

test('a stalled upload is not waited for; too many submissions from one client get 429 with Retry-After', async () => {
  // Headers and part of a body, then nothing: the receiver answers and closes within seconds.
  const { port } = new URL(env.server.endpoint);
  const started = Date.now();
  const answer = await new Promise((done) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write('POST /submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"submi');
    });
    let text = '';
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('close', () => done(text));
    socket.setTimeout(30000, () => { socket.destroy(); done('still open after 30 s'); });
  });
  assert.ok(Date.now() - started < 20000, `waited ${Date.now() - started} ms: ${answer}`);
  assert.match(answer, /^HTTP\/1\.1 408/);
  const statuses = [];
  let retryAfter = null;
  for (let i = 0; i < 35; i++) {
    const reply = await fetch(env.server.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    statuses.push(reply.status);
    if (reply.status === 429) retryAfter = reply.headers.get('retry-after');
  }
  assert.ok(statuses.includes(429), `${statuses}`);
  assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, retryAfter);
});

test('200 submissions from 20 clients at once are each stored once; killed during a burst, every acknowledged one survives whole', async () => {
  // A document the wizard made (this file's earlier tests sent some; the rate limit is used up).
  const template = env.server.submissions()[0] ?? await sendOne();
  const work = mkdtempSync(join(tmpdir(), 'klachtwijzer-burst-'));
  let server = await startServer(['--rate-limit', '1000'], { testSwitches: false, work });
  try {
    // Without the test flag the switches do not exist.
    const switches = await fetch(new URL('/__test/faults', server.endpoint), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(switches.status, 404);
    const post = async (id) => {
      try {
        const answer = await fetch(server.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': id },
          body: JSON.stringify({ ...template, submission_id: id }),
        });
        return answer.status;
      } catch {
        return 'no answer';
      }
    };
    const burst = async (prefix, afterEach = () => {}) => {
      const acknowledged = [];
      await Promise.all(Array.from({ length: 20 }, async (_, client) => {
        for (let k = 0; k < 10; k++) {
          const id = `${prefix}-${client}-${k}`;
          if (await post(id) === 201) acknowledged.push(id);
          await afterEach(acknowledged);
        }
      }));
      return acknowledged;
    };
    const first = await burst('burst');
    assert.equal(first.length, 200);
    const ids = () => readdirSync(join(work, 'submissions')).filter((f) => f.endsWith('.json'));
    assert.equal(ids().filter((f) => f.startsWith('burst-')).length, 200, 'each stored once');
    // Again, and the receiver is killed (SIGKILL) after the 50th acknowledgement.
    let killed = false;
    const second = await burst('crash', async (acknowledged) => {
      if (acknowledged.length >= 50 && !killed) {
        killed = true;
        await server.crash();
      }
    });
    assert.ok(killed && second.length >= 50 && second.length < 200, `${second.length} acknowledged`);
    server = await startServer(['--rate-limit', '1000'], { testSwitches: false, work });
    for (const id of second) {
      const stored = JSON.parse(readFileSync(join(work, 'submissions', `${id}.json`), 'utf8'));
      assert.equal(stored.submission_id, id);
    }
    // Nothing half-written under a complaint's name.
    for (const file of ids()) JSON.parse(readFileSync(join(work, 'submissions', file), 'utf8'));
  } finally {
    await server.stop();
  }
});
