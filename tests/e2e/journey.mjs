// Walks a wizard step by step the way a person does, checking every screen with axe-core.
import assert from 'node:assert/strict';
import { axeViolations, openPage, screenshot } from './harness.mjs';

/** A date `days` before today, as YYYY-MM-DD. */
export function daysAgo(days) {
  const date = new Date(Date.now() - days * 86400000);
  return date.toISOString().slice(0, 10);
}

export class Journey {
  /** `root`: the wizard's host element when a page has several; the page otherwise. */
  constructor(page, name, root) {
    this.page = page;
    this.root = root ?? page;
    this.name = name;
    this.headings = [];
    this.shots = 0;
  }

  heading() {
    return this.root.locator('.kw h1');
  }

  /** Waits for a step whose heading matches, checks it with axe and records it. */
  async at(text) {
    await this.heading().filter({ hasText: text }).waitFor();
    const heading = await this.heading().innerText();
    this.headings.push(heading);
    if (this.axe !== false) {
      assert.deepEqual(await axeViolations(this.page), [], `axe on "${heading}" (${this.name})`);
    }
    if (this.shoot) await screenshot(this.page, `${this.name}-${String(++this.shots).padStart(2, '0')}`);
    return this;
  }

  async next() {
    await this.root.getByRole('button', { name: /^(Verder|Continue)$/ }).click();
  }

  /** Ticks or picks the choice with this text, then continues. */
  async choose(heading, ...labels) {
    await this.at(heading);
    for (const label of labels) {
      await this.root.locator('.kw-choice label').filter({ hasText: label }).first().click();
    }
    await this.next();
  }

  /** Types `value` (YYYY-MM-DD, or YYYY-MM for month and year only) as day, month, year. */
  async date(heading, value) {
    await this.at(heading);
    const [year, month, day = ''] = value.split('-');
    const parts = this.root.locator('.kw input.kw-date');
    await parts.nth(0).fill(day.replace(/^0/, ''));
    await parts.nth(1).fill(month.replace(/^0/, ''));
    await parts.nth(2).fill(year);
    await this.next();
  }

  async text(heading, value) {
    await this.at(heading);
    await this.root.locator('.kw textarea, .kw input.kw-input').first().fill(value);
    await this.next();
  }

  async skip(heading) {
    await this.at(heading);
    await this.next();
  }

  async contact(fields) {
    await this.at('Hoe kunnen we je bereiken?');
    for (const [label, value] of Object.entries(fields)) {
      await this.root.getByLabel(label, { exact: false }).fill(value);
    }
    await this.next();
  }

  /** On the check page: the answer shown for a question. */
  async answerFor(question) {
    const row = this.root.locator('.kw-summary-row').filter({ has: this.page.locator('dt', { hasText: question }) });
    return row.locator('.kw-answer').innerText();
  }

  /** From the check page: changes a text answer and comes straight back to the check page. */
  async changeText(question, value) {
    await this.at('Kijk je antwoorden na');
    await this.root.getByRole('link', { name: `Wijzigen ${question}` }).click();
    await this.at(question);
    await this.root.locator('.kw textarea, .kw input.kw-input').first().fill(value);
    await this.next();
    await this.at('Kijk je antwoorden na');
    assert.equal(await this.answerFor(question), value);
  }

  async send(server) {
    await this.at('Kijk je antwoorden na');
    const before = server.submissions().length;
    await this.root.getByRole('button', { name: 'Verstuur je klacht' }).click();
    await this.at('Je klacht is verstuurd');
    const stored = server.submissions();
    assert.equal(stored.length, before + 1, 'exactly one new submission stored');
    const reference = await this.root.locator('.kw-reference').innerText();
    const document = stored.find((d) => d.reference === reference);
    assert.ok(document, `stored submission with reference ${reference}`);
    return document;
  }
}

/** The shortest perMens journey on `page` (for myself, no help) with `story` as what happened,
 * up to the check page. */
export async function shortComplaintToCheck(page, story, { name = 'short', axe = true } = {}) {
  const j = new Journey(page, name);
  j.axe = axe;
  await page.getByRole('button', { name: 'Begin' }).click();
  await j.choose('Voor wie is de klacht?', 'Voor mezelf');
  await j.choose('Vul je dit alleen in?', 'Ja, ik vul het alleen in');
  await j.choose('Heb je al met de coördinator', 'Nee, nog niet');
  await j.choose('Wil je hulp bij je klacht?', 'Nee, geen van deze');
  await j.text('Wat is er gebeurd?', story);
  for (const heading of ['Wanneer gebeurde het?', 'Waar gebeurde het?', 'Over welke medewerker', 'Wat moet er gebeuren?']) {
    await j.skip(heading);
  }
  await j.contact({ 'Je naam': 'Kees', 'Je telefoonnummer': '020 1234567' });
  await j.at('Kijk je antwoorden na');
  return j;
}

/** That complaint sent through the wizard on `server`'s demo page (without axe on every
 * screen); returns the stored document. */
export async function sendShortComplaint(browser, server, story) {
  const page = await openPage(browser, `${server.site}?regulation=permens`);
  const j = await shortComplaintToCheck(page, story, { axe: false });
  await page.getByRole('button', { name: 'Verstuur je klacht' }).click();
  await j.at('Je klacht is verstuurd');
  await page.context().close();
  return server.submissions().find((s) => s.complaint.what_happened === story);
}
