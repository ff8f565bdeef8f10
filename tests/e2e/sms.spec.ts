import type { ReminderRow } from '../../shared/domain/dunning/records';
import type { OutboxMessage } from '../../shared/domain/outbox/message';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { executeRun, smsOffice, textDebtors } from '../shell/office';
import { type Shell, TEST_DISPATCH } from '../shell/shell';
import { GATEWAY_SECRET, testGateway, type TestGateway } from '../shell/sms-gateway';

type Page<T> = { rows: T[]; total: number };
type Status = { email: { state: string }; sms: { state: string; error: string } };

const messages = async (shell: Shell) => (await call<Page<OutboxMessage>>(shell.main, 'outbox.list', {})).rows;
const reminders = async (shell: Shell) => (await call<Page<ReminderRow>>(shell.main, 'dunning.reminders', {})).rows;
const states = async (shell: Shell) => (await messages(shell)).map((m) => [m.state, m.tries]);
const smsStatus = async (shell: Shell) => (await call<Status>(shell.main, 'outbox.status', {})).sms;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let gateway: TestGateway;
test.afterEach(async () => gateway?.close());

for (const preset of ['cm', 'spryng', 'messagebird', 'twilio', 'seven', 'vonage', 'custom'] as const) {
  test(`${preset}: an executed run's SMS reaches the gateway in its API's own shape; sent with the gateway's message id, the reminder delivered`, async ({ launch }) => {
    gateway = await testGateway();
    const shell = await launch({ withUi: false });
    await smsOffice(shell.main, gateway, preset);
    await textDebtors(shell.main, ['Bakkerij Zoë']);
    await executeRun(shell.main, 'sms');

    await expect.poll(() => states(shell)).toEqual([['sent', 1]]);
    const [m] = await messages(shell);
    expect(m).toMatchObject({ channel: 'sms', from: 'IncassoZuid', to: '+31610000001', hasAttachment: false, response: expect.stringMatching(/^HTTP 20[01], message id \S+$/) });
    expect(m!.subject).toContain('Incasso Zuid B.V.');
    expect(m!.subject).toContain('121,00');
    // Twilio takes no client reference; every other gateway gets ours.
    expect(gateway.received).toEqual([{ preset, sender: 'IncassoZuid', to: '+31610000001', text: m!.subject, reference: preset === 'twilio' ? '' : m!.messageId }]);
    expect((await reminders(shell)).map((r) => [r.state, r.via, r.deliveredOn])).toEqual([['delivered', 'sms', '2026-11-23']]);
    expect(await shell.store.call('integrity.dunning')).toEqual([]);
  });
}

test('a key the gateway refuses (401) names the credentials and holds every SMS until the key changes; then they go', async ({ launch, clock }) => {
  gateway = await testGateway();
  const shell = await launch({ withUi: false, dispatch: { ...TEST_DISPATCH, connections: 1 } });
  await smsOffice(shell.main, gateway, 'messagebird', 'an-old-key');
  await textDebtors(shell.main, ['Bakkerij Zoë', 'IJzerhandel Øster']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => smsStatus(shell)).toMatchObject({ state: 'refused', error: expect.stringContaining('incorrect access_key') });
  await pause(600);
  // One SMS met the refusal and waits again; the other was never put on the wire.
  expect((await states(shell)).sort()).toEqual([['queued', 0], ['queued', 1]]);
  const refused = (await messages(shell)).find((m) => m.tries === 1)!;
  expect(refused.reason).toMatch(/^\[sms:credentials\] HTTP 401: .*incorrect access_key/);
  expect(gateway.received).toEqual([]);
  expect((await reminders(shell)).map((r) => r.state)).toEqual(['to_deliver', 'to_deliver']);

  await call(shell.main, 'sms.setSecret', { secret: GATEWAY_SECRET });
  clock.set('2026-11-23T10:05:00+01:00');
  await expect.poll(async () => (await states(shell)).sort()).toEqual([['sent', 1], ['sent', 2]]);
  expect(gateway.received).toHaveLength(2);
  expect((await reminders(shell)).map((r) => r.state)).toEqual(['delivered', 'delivered']);
});

test('a gateway error (500) is tried again with backoff by the business clock; then the SMS is sent', async ({ launch, clock }) => {
  gateway = await testGateway();
  gateway.next.push('server_error');
  const shell = await launch({ withUi: false });
  await smsOffice(shell.main, gateway, 'spryng');
  await textDebtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => states(shell)).toEqual([['queued', 1]]);
  const [waiting] = await messages(shell);
  expect(waiting!.reason).toBe('[sms:server] HTTP 500: Internal Server Error');
  expect(Date.parse(waiting!.dueAt) - Date.parse(waiting!.lastTriedAt!)).toBeGreaterThanOrEqual(60_000);
  await pause(600);
  expect(await states(shell)).toEqual([['queued', 1]]);

  clock.set('2026-11-23T10:05:00+01:00');
  await expect.poll(() => states(shell)).toEqual([['sent', 2]]);
  expect((await messages(shell))[0]).toMatchObject({ reason: '', response: 'HTTP 200, message id spryng-1' });
  expect((await reminders(shell))[0]).toMatchObject({ state: 'delivered', via: 'sms' });
});

test('a web page where the API should answer is named as such; the SMS waits and the gateway is held', async ({ launch }) => {
  gateway = await testGateway('html');
  const shell = await launch({ withUi: false });
  await smsOffice(shell.main, gateway, 'cm');
  await textDebtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => smsStatus(shell)).toMatchObject({ state: 'refused', error: '[sms:html] HTTP 200: a web page “Sign in to Hotel Wi-Fi”' });
  expect(await states(shell)).toEqual([['queued', 1]]);
  expect((await reminders(shell))[0]!.state).toBe('to_deliver');
});

test('a number the gateway refuses for good (4xx) fails the SMS and its reminder, in the gateway’s words', async ({ launch }) => {
  gateway = await testGateway('refuse_number');
  const shell = await launch({ withUi: false });
  await smsOffice(shell.main, gateway, 'twilio');
  await textDebtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => states(shell)).toEqual([['failed', 1]]);
  expect((await messages(shell))[0]!.reason).toBe("[sms:refused] HTTP 400: 21211 The 'To' number is not a valid phone number.");
  expect((await reminders(shell))[0]).toMatchObject({ state: 'failed', via: 'sms' });
});

test('a connection dropped after the request leaves the SMS uncertain, never sent again on its own; the user sends it again', async ({ launch }) => {
  gateway = await testGateway('drop');
  const shell = await launch({ withUi: false });
  await smsOffice(shell.main, gateway, 'twilio');
  await textDebtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => states(shell)).toEqual([['uncertain', 1]]);
  const [first] = await messages(shell);
  expect(first!.reason).toMatch(/^\[sms:dropped\] /);
  await pause(800);
  expect([...gateway.arrivals.values()]).toEqual([1]);
  expect((await reminders(shell))[0]!.state).toBe('to_deliver');

  gateway.mode = 'accept';
  const again = await call<OutboxMessage>(shell.main, 'outbox.sendAgain', { id: first!.id });
  expect(again).toMatchObject({ channel: 'sms', attempt: 2, state: 'queued', id: first!.id.replace(/:1$/, ':2') });
  expect(again.messageId).not.toBe(first!.messageId);
  await expect.poll(async () => (await states(shell)).sort()).toEqual([['resent', 1], ['sent', 1]]);
  expect(gateway.received).toHaveLength(2);
  expect((await reminders(shell))[0]).toMatchObject({ state: 'delivered', via: 'sms' });
  // An SMS has no .eml to open.
  const eml = await shell.main.dispatch('outbox.eml', { id: again.id }, { trusted: true, url: 'http://ui.debitum.localhost/' });
  expect(eml).toMatchObject({ ok: false, error: { details: { issues: [{ key: 'outbox.errors.noEml' }] } } });
});

test('an answer slower than the timeout leaves the SMS uncertain (the gateway did send it), never sent again on its own', async ({ launch }) => {
  gateway = await testGateway('slow');
  gateway.slowMs = 2_000;
  const shell = await launch({ withUi: false, dispatch: { ...TEST_DISPATCH, sms: { connectMs: 5_000, answerMs: 500 } } });
  await smsOffice(shell.main, gateway, 'vonage');
  await textDebtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main, 'sms');

  await expect.poll(() => states(shell)).toEqual([['uncertain', 1]]);
  expect((await messages(shell))[0]!.reason).toBe('[sms:timeout] no answer within 0.5 s');
  await pause(2_500);
  expect(gateway.received).toHaveLength(1);
  expect([...gateway.arrivals.values()]).toEqual([1]);
  expect((await reminders(shell))[0]!.state).toBe('to_deliver');
});

test('a landline or a missing sender is refused by name before anything is sent; an SMS found "sending" at start is uncertain', async ({ launch, profileDir }) => {
  gateway = await testGateway();
  const shell = await launch({ withUi: false });
  await smsOffice(shell.main, gateway, 'cm');
  await call(shell.main, 'settings.update', { sms: { gateway: 'cm', sender: '', url: gateway.url('cm') } });
  await textDebtors(shell.main, ['Bakkerij Zoë', 'Drukkerij De Ĳssel'], ['06 10000001', '030 123 4567']);
  const runId = await executeRun(shell.main, 'sms');
  expect(await call(shell.main, 'outbox.pending', {})).toEqual({ runs: [{ runId, runDate: '2026-11-23', count: 2 }], notQueued: [] });
  expect(await call(shell.main, 'outbox.queueRun', { runId })).toMatchObject({
    queued: 0,
    notQueued: expect.arrayContaining([
      expect.objectContaining({ customerName: 'Bakkerij Zoë', reason: 'no_sender' }),
      expect.objectContaining({ customerName: 'Drukkerij De Ĳssel', reason: 'no_sender' }),
    ]),
  });

  await call(shell.main, 'settings.update', { sms: { gateway: 'cm', sender: 'IncassoZuid', url: gateway.url('cm') } });
  gateway.mode = 'drop';
  const queued = await call<{ queued: number; notQueued: unknown[] }>(shell.main, 'outbox.queueRun', { runId });
  expect(queued).toEqual({ queued: 1, notQueued: [{ reminderId: expect.any(String), customerName: 'Drukkerij De Ĳssel', reason: 'not_mobile', phone: '+31301234567' }] });
  await expect.poll(() => states(shell)).toEqual([['uncertain', 1]]);
  // The app dies with an SMS on the wire (claimed here as the dispatcher claims, the gateway switched off so the
  // dispatcher itself claims nothing): a restart finds it sending and makes it uncertain.
  await call(shell.main, 'settings.update', { sms: { gateway: 'none', sender: 'IncassoZuid' } });
  await call(shell.main, 'outbox.sendAgain', { id: (await messages(shell))[0]!.id });
  const { claimed } = await shell.store.call('outbox.step', { outcomes: [], claim: 1, channel: 'sms' }, { actor: { user: 'x', now: '2026-11-23T09:00:01.000Z' }, today: '2026-11-23', scheme: 'rf', office: { country: 'NL', skipDirectDebit: true, language: 'en' } });
  expect(claimed).toEqual([expect.objectContaining({ channel: 'sms', to: '+31610000001' })]);
  shell.kill();

  const after = await launch({ withUi: false, profileDir });
  await expect.poll(async () => (await messages(after)).map((m) => [m.attempt, m.state, m.reason])).toEqual([
    [2, 'uncertain', 'found_sending_at_start'],
    [1, 'resent', expect.stringMatching(/^\[sms:dropped\]/)],
  ]);
});
