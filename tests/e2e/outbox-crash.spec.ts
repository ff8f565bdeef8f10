import type { OutboxMessage } from '../../shared/domain/outbox/message';
import type { ReminderRow } from '../../shared/domain/dunning/records';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { debtors, executeRun, mailAccount, mailOffice } from '../shell/office';
import type { Shell } from '../shell/shell';
import { testSmtp } from '../shell/smtp';

const MESSAGES = 200;
const RESTARTS = Number(process.env.CRASH_RESTARTS ?? 100);

/** A seeded generator, so a failing run can be repeated with the seed it prints. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const all = async (shell: Shell) => (await call<{ rows: OutboxMessage[] }>(shell.main, 'outbox.list', { limit: 500 })).rows;

test(`the dispatcher killed at random moments ${RESTARTS} times while ${MESSAGES} e-mails go out: no Message-ID arrives twice, none is lost`, async ({ launch }) => {
  test.setTimeout(900_000);
  const seed = Number(process.env.CRASH_SEED ?? 20261123);
  const random = mulberry32(seed);
  const smtp = await testSmtp();
  try {
    let shell = await launch({ withUi: false });
    // The account is set once the run's e-mails are queued, so all of them go out while the app is being killed.
    await mailOffice(shell.main, null);
    await debtors(shell.main, Array.from({ length: MESSAGES }, (_, k) => `Klant ${k + 1}`));
    const runId = await executeRun(shell.main);
    await call(shell.main, 'settings.update', { mail: mailAccount(smtp.port) });

    let killedWhileSending = 0;
    for (let restart = 0; restart < RESTARTS; restart++) {
      // Anywhere from just after start (recovery, the first claim) to well into a stretch of sending.
      await new Promise((r) => setTimeout(r, 10 + random() * 250));
      if (smtp.arrivals.size < MESSAGES) killedWhileSending += 1;
      shell.kill();
      shell = await launch({ withUi: false });
      // What the user does from the Outbox screen when a run's e-mails were not all queued: queue the rest.
      await shell.main.dispatch('outbox.queueRun', { runId }, { trusted: true, url: 'http://ui.debitum.localhost/' });
    }

    await expect.poll(async () => (await all(shell)).filter((m) => m.state === 'queued' || m.state === 'sending').length, { timeout: 120_000 }).toBe(0);
    const messages = await all(shell);
    const reminders = (await call<{ rows: ReminderRow[] }>(shell.main, 'dunning.reminders', { limit: 500 })).rows;
    const twice = [...smtp.arrivals].filter(([, n]) => n > 1);
    const byMessageId = new Map(messages.map((m) => [m.messageId, m]));
    const count = (state: string) => messages.filter((m) => m.state === state).length;
    const summary = `seed ${seed}: ${RESTARTS} restarts (${killedWhileSending} while messages were still going out); ${count('sent')} sent, ${count('uncertain')} uncertain; ${smtp.arrivals.size} arrived`;
    test.info().annotations.push({ type: 'crash test', description: summary });
    console.log(`crash test: ${summary}`);

    expect(twice, 'a Message-ID that arrived twice').toEqual([]);
    expect(messages).toHaveLength(MESSAGES);
    expect(new Set(messages.map((m) => m.reminderId)).size).toBe(MESSAGES);
    expect(count('sent') + count('uncertain')).toBe(MESSAGES);
    for (const [id] of smtp.arrivals) expect(['sent', 'uncertain'], `${id} arrived`).toContain(byMessageId.get(id)?.state);
    for (const m of messages) {
      const reminder = reminders.find((r) => r.id === m.reminderId)!;
      if (m.state === 'sent') {
        expect(smtp.arrivals.get(m.messageId), `${m.id} is sent`).toBe(1);
        expect(reminder.state).toBe('delivered');
      } else expect(reminder.state, `${m.id} is uncertain, its reminder waits for the user`).toBe('to_deliver');
    }
    expect(await shell.store.call('integrity.dunning')).toEqual([]);
  } finally {
    await smtp.close();
  }
});
