// The receiver an organisation can run: intake is public, reading needs an account, and what
// was acknowledged is kept as it was received.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launchBrowser, openPage } from './harness.mjs';
import { sendShortComplaint } from './journey.mjs';

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
const sendOne = () => sendShortComplaint(env.browser, env.server, `Ontvanger ${Math.random()}`);

test('nobody reads a complaint without an account; every read is in the audit log', async () => {
  const document = await sendOne();
  const id = document.submission_id;
  const everything = '?from=2000-01-01&to=2100-01-01&format=jsonl';
  for (const path of ['/', '/submissions', `/submissions/${id}`, `/export${everything}`, '/inbox/',
    `/inbox/complaints/${id}`, `/inbox/complaints/${id}/json`, `/inbox/export${everything}`]) {
    const answer = await read(path);
    assert.equal(answer.status, 401, path);
    assert.equal(answer.headers.get('access-control-allow-origin'), null, path);
    const body = await answer.text();
    // Only the address asked for is repeated (to return to it after signing in).
    assert.ok(!body.includes(document.reference) && !body.includes('Ontvanger'), `${path} reveals nothing`);
    assert.ok(path.includes(id) || !body.includes(id), `${path} reveals no id`);
  }
  // A person opening the page (or a program) is asked to sign in; a script in the background is not.
  const opened = await new Promise((done) => get(new URL('/submissions', base()), done));
  assert.equal(opened.statusCode, 401);
  assert.match(opened.headers['www-authenticate'], /^Basic /);
  opened.resume();
  const script = await fetch(new URL('/submissions', base()), { headers: { 'sec-fetch-mode': 'cors' } });
  assert.equal(script.headers.get('www-authenticate'), null);
  const wrong = await read('/submissions', basic('klachten', 'fout'));
  assert.equal(wrong.status, 401);
  const list = await read('/submissions', basic('klachten', password));
  assert.equal(list.status, 200);
  assert.ok((await list.json()).submissions.includes(document.submission_id));
  assert.equal(list.headers.get('access-control-allow-origin'), null);
  const one = await read(`/submissions/${document.submission_id}`, basic('klachten', password));
  assert.equal((await one.json()).reference, document.reference);
  const exported = await read(`/export${everything}`, basic('klachten', password));
  assert.ok((await exported.text()).split('\n').some((line) => line.includes(id)));
  const audit = env.server.audit();
  assert.ok(audit.some((l) => l.who === 'klachten' && l.allowed && l.what === `GET /submissions/${id}`));
  assert.ok(audit.some((l) => l.who === 'klachten' && l.allowed && l.what === `GET /export${everything}`));
  assert.ok(audit.some((l) => l.who === '-' && !l.allowed && l.what === `GET /inbox/complaints/${id}`));
});

test('a page on another origin cannot read complaints, even when it may send them', async () => {
  const page = await openPage(env.browser, `${env.server.site}?regulation=permens`);
  for (const path of ['/submissions', '/inbox/']) {
    const outcome = await page.evaluate(async (url) => {
      try {
        const answer = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(5000) });
        return `read ${answer.status}`;
      } catch (error) {
        return `blocked: ${error.name}`;
      }
    }, new URL(path, base()).href);
    assert.equal(outcome, 'blocked: TypeError', path);
  }
  // The intake does answer this page's origin, and no other.
  const allowed = await fetch(env.server.endpoint, { method: 'OPTIONS', headers: { origin: new URL(env.server.site).origin } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), new URL(env.server.site).origin);
  const other = await fetch(env.server.endpoint, { method: 'OPTIONS', headers: { origin: 'https://elders.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('five wrong passwords lock the account, also for the right one and in the inbox', async () => {
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
    // The inbox's sign-in form counts the same tries: locked there too.
    const form = await fetch(new URL('/inbox/login', server.endpoint), {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'slot', password }),
    });
    assert.equal(form.status, 401);
    assert.equal(form.headers.get('set-cookie'), null);
    assert.match(await form.text(), /op slot/);
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

test('bad input gets a clear status, and nothing is stored', async () => {
  const document = env.server.submissions()[0] ?? await sendOne();
  const count = env.server.submissions().length;
  const post = (body, headers) => fetch(env.server.endpoint, { method: 'POST', headers, body });
  const json = { 'content-type': 'application/json' };
  const fresh = { ...document, submission_id: `slecht-${Date.now()}` };
  const withKey = (doc) => ({ ...json, 'idempotency-key': doc.submission_id });
  const cases = [
    ['malformed JSON', '{"submission_id": "x",', withKey(fresh), 400, /not JSON/],
    ['another content type', JSON.stringify(fresh), { 'content-type': 'text/plain', 'idempotency-key': fresh.submission_id }, 415, /application\/json/],
    ['600 KB', JSON.stringify({ ...fresh, complaint: { ...fresh.complaint, what_happened: 'x'.repeat(600 * 1024) } }), withKey(fresh), 413, /512 KiB/],
    ['no Idempotency-Key', JSON.stringify(fresh), json, 400, /Idempotency-Key is missing/],
    ['another Idempotency-Key', JSON.stringify(fresh), { ...json, 'idempotency-key': 'iets-anders' }, 400, /must equal/],
    ['a path in the id', JSON.stringify({ ...fresh, submission_id: '../../etc/passwd' }), { ...json, 'idempotency-key': '../../etc/passwd' }, 400, /letters, digits and dashes/],
    ['not the payload schema', JSON.stringify({ submission_id: fresh.submission_id }), withKey(fresh), 400, /payload schema/],
  ];
  for (const [name, body, headers, status, message] of cases) {
    const answer = await post(body, headers);
    assert.equal(answer.status, status, name);
    assert.match((await answer.json()).error, message, name);
  }
  assert.equal(env.server.submissions().length, count, 'nothing stored');
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

/** 200 parallel submissions from 20 clients, then the receiver killed (SIGKILL) during a
 * second burst and started again: each stored once, every acknowledged one there and whole. */
async function burstAndKill(store) {
  // A document the wizard made (this file's earlier tests sent some; the rate limit is used up).
  const template = env.server.submissions()[0] ?? await sendOne();
  const work = mkdtempSync(join(tmpdir(), 'klachtwijzer-burst-'));
  const options = { testSwitches: false, work, ...(store ? { store } : {}) };
  let server = await startServer(['--rate-limit', '1000'], options);
  const run = `${Date.now().toString(36)}`;
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
          const id = `${prefix}-${run}-${client}-${k}`;
          if (await post(id) === 201) acknowledged.push(id);
          await afterEach(acknowledged);
        }
      }));
      return acknowledged;
    };
    const first = await burst('burst');
    assert.equal(first.length, 200);
    const stored = (prefix) => server.submissions().filter((s) => s.submission_id.startsWith(`${prefix}-${run}-`));
    const ids = stored('burst').map((s) => s.submission_id);
    assert.equal(ids.length, 200, 'each stored once');
    assert.deepEqual(new Set(ids), new Set(first));
    let killed = false;
    const second = await burst('crash', async (acknowledged) => {
      if (acknowledged.length >= 50 && !killed) {
        killed = true;
        await server.crash();
      }
    });
    assert.ok(killed && second.length >= 50 && second.length < 200, `${second.length} acknowledged`);
    server = await startServer(['--rate-limit', '1000'], options);
    const survived = new Map(stored('crash').map((s) => [s.submission_id, s]));
    for (const id of second) {
      assert.ok(survived.has(id), `${id} was acknowledged and is there`);
      assert.equal(survived.get(id).complaint.what_happened, template.complaint.what_happened);
    }
  } finally {
    await server.stop();
  }
}

test('SQLite: 200 submissions from 20 clients at once are each stored once; killed during a burst, every acknowledged one survives whole', async () => {
  await burstAndKill();
});

test('PostgreSQL: the same burst and kill', { skip: !process.env.KW_TEST_POSTGRES && 'KW_TEST_POSTGRES is not set (scripts/test starts a PostgreSQL and sets it)' }, async () => {
  await burstAndKill(process.env.KW_TEST_POSTGRES);
});
