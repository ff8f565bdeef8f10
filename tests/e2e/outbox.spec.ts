import type { OutboxMessage } from '../../shared/domain/outbox/message';
import type { ReminderRow } from '../../shared/domain/dunning/records';
import { pdfFile, pdfText } from '../documents/poppler';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { debtors, executeRun, mailOffice } from '../shell/office';
import type { Shell } from '../shell/shell';
import { testSmtp, type TestSmtp } from '../shell/smtp';

type Page<T> = { rows: T[]; total: number };

const messages = async (shell: Shell) => (await call<Page<OutboxMessage>>(shell.main, 'outbox.list', {})).rows;
const reminders = async (shell: Shell) => (await call<Page<ReminderRow>>(shell.main, 'dunning.reminders', {})).rows;
const states = async (shell: Shell) => (await messages(shell)).map((m) => m.state).sort();

let smtp: TestSmtp;
test.afterEach(async () => smtp?.close());

test('a run executed goes out by e-mail: the dunning contact gets subject, HTML and text, the letter as PDF and our Message-ID; the reminders are delivered', async ({ launch }) => {
  smtp = await testSmtp();
  const shell = await launch({ withUi: false });
  await mailOffice(shell.main, smtp.port);
  const [zoe, muller] = await debtors(shell.main, ['Bakkerij Zoë', 'Müller & Söhne <b>']);
  await executeRun(shell.main);

  await expect.poll(() => states(shell)).toEqual(['sent', 'sent']);
  expect(smtp.received).toHaveLength(2);
  const rows = await messages(shell);
  for (const debtor of [zoe!, muller!]) {
    const row = rows.find((m) => m.customerName === debtor.name)!;
    const got = smtp.received.find((r) => r.mail.messageId === row.messageId)!;
    expect(got, `${debtor.name}'s message arrived under our Message-ID`).toBeDefined();
    expect(row.messageId).toMatch(/^<msg\.rem\.[^@]+\.email\.1@incassozuid\.nl>$/);
    expect(got.envelopeTo).toEqual([debtor.email]);
    expect(got.mail.to && 'text' in got.mail.to ? got.mail.to.text : '').toBe(debtor.email);
    expect(got.mail.from?.value[0]).toMatchObject({ address: 'debiteuren@incassozuid.nl', name: 'Incasso Zuid B.V.' });
    expect(got.mail.subject).toBe(row.subject);
    expect(got.mail.subject).toContain(`klantnummer ${debtor.number}`);
    expect(got.mail.text).toContain(debtor.name);
    expect(got.mail.text).toContain('NL91 ABNA 0417 1643 00');
    expect(Buffer.byteLength(String(got.mail.html))).toBeLessThan(100 * 1024);
    const [pdf] = got.mail.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: `${debtor.number}-20261123-1.pdf` });
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdfFile(pdf!.content))).toContain(debtor.name);
  }
  // Every user value is escaped in the HTML part, and as it is in the text part.
  const mullers = smtp.received.find((r) => r.envelopeTo[0] === muller!.email)!.mail;
  expect(String(mullers.html)).toContain('Müller &amp; Söhne &lt;b&gt;');
  expect(String(mullers.html)).not.toContain('Söhne <b>');
  expect(mullers.text).toContain('Müller & Söhne <b>');

  const delivered = await reminders(shell);
  expect(delivered.map((r) => [r.state, r.via, r.deliveredOn, r.recipient?.email])).toEqual([
    ['delivered', 'email', '2026-11-23', expect.any(String)],
    ['delivered', 'email', '2026-11-23', expect.any(String)],
  ]);
  expect(await shell.store.call('integrity.dunning')).toEqual([]);

  // Queuing the run again makes no second message; the .eml opens through the platform service.
  expect(await call(shell.main, 'outbox.queueRun', { runId: rows[0]!.runId })).toEqual({ queued: 0, notQueued: [] });
  const { path } = await call<{ path: string }>(shell.main, 'outbox.eml', { id: rows[0]!.id });
  expect(shell.opened).toEqual([path]);
});

test('a recipient the server refuses fails the message and its reminder, with the server\'s reason', async ({ launch }) => {
  smtp = await testSmtp('refuse_recipient');
  const shell = await launch({ withUi: false });
  await mailOffice(shell.main, smtp.port);
  await debtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main);

  await expect.poll(() => states(shell)).toEqual(['failed']);
  const [m] = await messages(shell);
  expect(m).toMatchObject({ tries: 1, reason: expect.stringContaining('User unknown') });
  expect((await reminders(shell))[0]).toMatchObject({ state: 'failed', via: 'email' });
  expect(smtp.arrivals.size).toBe(0);
});

test('a server that answers 451 gets the message again later, with backoff; then it is sent', async ({ launch, clock }) => {
  smtp = await testSmtp('try_later');
  const shell = await launch({ withUi: false });
  await mailOffice(shell.main, smtp.port);
  await debtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main);

  await expect.poll(async () => (await messages(shell)).map((m) => [m.state, m.tries])).toEqual([['queued', 1]]);
  const [waiting] = await messages(shell);
  expect(waiting).toMatchObject({ state: 'queued', reason: expect.stringContaining('451') });
  // One minute after the try (the business clock moves a millisecond with every stamp it gives).
  expect(Date.parse(waiting!.dueAt) - Date.parse(waiting!.lastTriedAt!)).toBeGreaterThanOrEqual(60_000);
  expect(Date.parse(waiting!.dueAt) - Date.parse(waiting!.lastTriedAt!)).toBeLessThan(61_000);
  // The business clock has not reached the next try: nothing goes, however often the dispatcher looks.
  await new Promise((r) => setTimeout(r, 600));
  expect((await messages(shell))[0]?.tries).toBe(1);

  smtp.mode = 'accept';
  clock.set('2026-11-23T10:05:00+01:00');
  await expect.poll(() => states(shell)).toEqual(['sent']);
  expect((await messages(shell))[0]).toMatchObject({ tries: 2, reason: '' });
  expect((await reminders(shell))[0]).toMatchObject({ state: 'delivered', via: 'email' });
  expect(smtp.received).toHaveLength(1);
});

test('a connection dropped after DATA leaves the message uncertain, never sent again on its own; the user marks it sent or sends it again', async ({ launch }) => {
  smtp = await testSmtp('drop_after_data');
  const shell = await launch({ withUi: false });
  await mailOffice(shell.main, smtp.port);
  const [zoe] = await debtors(shell.main, ['Bakkerij Zoë', 'IJzerhandel Øster']);
  await executeRun(shell.main);

  await expect.poll(() => states(shell)).toEqual(['uncertain', 'uncertain']);
  await new Promise((r) => setTimeout(r, 800));
  expect([...smtp.arrivals.values()]).toEqual([1, 1]);
  expect((await reminders(shell)).map((r) => r.state)).toEqual(['to_deliver', 'to_deliver']);

  smtp.mode = 'accept';
  const [first, second] = (await messages(shell)).sort((a, b) => (a.customerId === zoe!.id ? -1 : b.customerId === zoe!.id ? 1 : 0));
  await call(shell.main, 'outbox.markSent', { id: first!.id });
  const again = await call<OutboxMessage>(shell.main, 'outbox.sendAgain', { id: second!.id });
  expect(again).toMatchObject({ attempt: 2, state: 'queued', id: second!.id.replace(/:1$/, ':2') });
  expect(again.messageId).not.toBe(second!.messageId);

  await expect.poll(() => states(shell)).toEqual(['resent', 'sent', 'sent']);
  const after = await messages(shell);
  expect(after.find((m) => m.id === first!.id)).toMatchObject({ state: 'sent', response: 'confirmed by Anouk de Vries' });
  expect(after.find((m) => m.id === second!.id)).toMatchObject({ state: 'resent', resentAs: again.id });
  expect(smtp.received.map((r) => r.mail.messageId)).toEqual([again.messageId]);
  expect((await reminders(shell)).map((r) => r.state)).toEqual(['delivered', 'delivered']);
  // A sent message is never edited: it cannot be sent again, retried or cancelled.
  const refused = await shell.main.dispatch('outbox.sendAgain', { id: first!.id }, { trusted: true, url: 'http://ui.debitum.localhost/' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
});

test('offline, messages wait as they are; when the server is back they go', async ({ launch }) => {
  // A server that turns every connection away (rather than a closed port, which another test's server may take).
  smtp = await testSmtp('down');
  const shell = await launch({ withUi: false });
  await mailOffice(shell.main, smtp.port);
  await debtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main);

  await expect.poll(async () => (await call<{ email: { state: string } }>(shell.main, 'outbox.status', {})).email.state).toBe('offline');
  expect(await call(shell.main, 'outbox.status', {})).toMatchObject({ email: { error: expect.stringContaining('Service not available') } });
  expect(await messages(shell)).toEqual([expect.objectContaining({ state: 'queued', tries: 0 })]);

  smtp.mode = 'accept';
  await expect.poll(() => states(shell)).toEqual(['sent']);
  // The round that sent it ends after the outcome is on disk: then the dispatcher is idle again.
  await expect.poll(async () => (await call<{ email: { state: string } }>(shell.main, 'outbox.status', {})).email.state).toBe('idle');
});

test('a message found "sending" at start is uncertain; queuing is refused while the company details lack what a letter needs', async ({ launch, profileDir }) => {
  const shell = await launch({ withUi: false });
  await debtors(shell.main, ['Bakkerij Zoë']);
  const runId = await executeRun(shell.main);
  // Without company details the run's e-mail stays unqueued, and asking says why.
  const refused = await shell.main.dispatch('outbox.queueRun', { runId }, { trusted: true, url: 'http://ui.debitum.localhost/' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
  const fields = !refused.ok ? refused.error.details?.issues.map((i) => i.field) : [];
  expect(fields).toEqual(['company.legalName', 'company.street', 'company.postcode', 'company.city', 'company.country', 'company.registrationNumber', 'company.iban', 'company.email']);
  expect(await call(shell.main, 'outbox.pending', {})).toMatchObject({ runs: [{ runId, runDate: '2026-11-23', count: 1 }] });

  await mailOffice(shell.main, null);
  expect(await call(shell.main, 'outbox.queueRun', { runId })).toMatchObject({ queued: 1 });
  // The dispatcher's own claim, as if it had put the message on the wire when the app died.
  const { claimed } = await shell.store.call('outbox.step', { outcomes: [], claim: 1, channel: 'email' }, { actor: { user: 'x', now: '2026-11-23T09:00:01.000Z' }, today: '2026-11-23', scheme: 'rf', office: { country: 'NL', skipDirectDebit: true, language: 'en' } });
  expect(claimed).toHaveLength(1);
  shell.kill();

  const after = await launch({ withUi: false, profileDir });
  await expect.poll(() => states(after)).toEqual(['uncertain']);
  expect((await messages(after))[0]).toMatchObject({ reason: 'found_sending_at_start' });
});
