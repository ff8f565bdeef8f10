import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { messageDomain } from '../../../shared/domain/outbox/message';
import { readSmsReason, type SmsReasonCode } from '../../../shared/domain/outbox/sms-gateways';
import { checkSender, smsNumber, smsReference } from '../../../shared/domain/outbox/sms-text';
import { AppFailure, issue } from '../../../shared/result';
import { SignInRequired } from '../../services/outbox/microsoft';
import { composeEmail } from '../../services/outbox/mime';
import { senderOf } from '../../services/outbox/queue';
import { smsAccountOf, SmsSession } from '../../services/outbox/sms';
import { type SmtpAccount, SmtpSession } from '../../services/outbox/smtp';
import { SMS_SECRET, SMTP_PASSWORD } from '../../services/secrets';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const outboxHandlers = ({ store, outbox, ctx, forward, platform, dataDir }: HandlerDeps): Handlers['outbox'] => {
  const { queue, dispatcher } = outbox;
  const kicked = <T>(value: T) => {
    dispatcher.kick();
    return value;
  };
  return {
    ...forward('outbox', ['list']),
    async pending() {
      const { candidates, notQueued } = await store.call('outbox.plan', { runId: '' });
      const runs = new Map<string, { runId: string; runDate: string; count: number }>();
      for (const { reminder } of candidates) {
        const run = runs.get(reminder.runId) ?? { runId: reminder.runId, runDate: reminder.runDate, count: 0 };
        runs.set(reminder.runId, { ...run, count: run.count + 1 });
      }
      return { runs: [...runs.values()].sort((a, b) => b.runDate.localeCompare(a.runDate)), notQueued };
    },
    status: async () => dispatcher.status(),
    queueRun: async ({ runId }) => kicked(await queue.run(runId)),
    retry: async ({ ids }) => kicked({ count: (await store.call('outbox.retry', { ids }, ctx())).length }),
    cancel: async ({ ids }) => ({ count: (await store.call('outbox.cancel', { ids }, ctx())).length }),
    markSent: ({ id }) => store.call('outbox.markSent', { id }, ctx()),
    async sendAgain({ id }) {
      const message = await queue.again(id);
      return kicked(await store.call('outbox.resend', { id, message }, ctx()));
    },
    async eml({ id }) {
      const { message, eml } = await store.call('outbox.eml', { id });
      // The file is named after the message id, which the store made; only its safe characters are kept.
      const file = path.join(dataDir, 'outbox', `${message.id.replace(/[^A-Za-z0-9_-]+/g, '_')}.eml`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, Buffer.from(eml, 'latin1'));
      await platform.openPath(file);
      return { path: file };
    },
  };
};

const signInAgain = (e: SignInRequired) =>
  new AppFailure('validation', e.message, [issue('microsoft', 'mail.errors.signInAgain', e.message, { reason: e.message })]);

/** The account a test message goes by, or why there is none, on the field to mend. */
async function testAccount({ settings, outbox }: HandlerDeps): Promise<SmtpAccount> {
  const account = await outbox.mailAccount().catch((e: unknown) => {
    throw e instanceof SignInRequired ? signInAgain(e) : e;
  });
  if (account) return account;
  if (settings.get().mail.provider === 'microsoft') throw new AppFailure('validation', 'nobody is signed in with Microsoft', [issue('microsoft', 'mail.errors.notSignedIn', 'nobody is signed in with Microsoft')]);
  throw new AppFailure('validation', 'no SMTP server is set', [issue('host', 'outbox.errors.noServer', 'no SMTP server is set')]);
}

/**
 * Settings → E-mail: the password and the Microsoft tokens go to the secret store, never into the settings; a test
 * message proves whichever account the settings choose.
 */
export const mailHandlers = (deps: HandlerDeps): Handlers['mail'] => {
  const { settings, secrets, outbox, clock } = deps;
  return {
    status: async () => ({ hasPassword: !!(await secrets.get(SMTP_PASSWORD)), microsoft: await outbox.microsoft.status() }),
    async setPassword({ password }) {
      if (password) await secrets.set(SMTP_PASSWORD, password);
      else await secrets.remove(SMTP_PASSWORD);
      outbox.dispatcher.kick();
      return { hasPassword: !!password };
    },
    async sendTest({ to }) {
      const account = await testAccount(deps);
      const from = senderOf(settings.get(), await outbox.mailbox());
      if (!from.address) throw new AppFailure('validation', 'no sender address', [issue('fromAddress', 'outbox.errors.noSender', 'no sender address')]);
      const eml = await composeEmail({
        from,
        to,
        subject: 'Debitum: test message',
        text: `This message was sent by Debitum to check the e-mail account of ${from.name}.`,
        html: '',
        pdf: null,
        messageId: `<test.${clock.now().replace(/[^0-9TZ]/g, '')}@${messageDomain(from.address)}>`,
        date: clock.now(),
      });
      const session = await SmtpSession.open(account).catch((e: Error) => {
        if (e instanceof SignInRequired) throw signInAgain(e);
        throw new AppFailure('smtp', e.message, [issue('host', 'outbox.errors.connection', e.message, { reason: e.message })]);
      });
      try {
        const result = await session.send({ from: from.address, to, eml });
        if (result.result !== 'sent') throw new AppFailure('smtp', result.reason, [issue('to', 'outbox.errors.testRefused', result.reason, { reason: result.reason })]);
        return { response: result.response };
      } finally {
        session.close();
      }
    },
    async signIn() {
      const signedIn = await outbox.microsoft.signIn();
      outbox.dispatcher.kick();
      return signedIn;
    },
    cancelSignIn: async () => ({ cancelled: outbox.microsoft.cancelSignIn() }),
    async signOut() {
      await outbox.microsoft.signOut();
      return outbox.microsoft.status();
    },
  };
};

/** The field of Settings → SMS a failed test SMS points at. */
const testField: Record<SmsReasonCode, string> = {
  credentials: 'secret',
  html: 'url',
  url: 'url',
  busy: 'url',
  server: 'url',
  refused: 'to',
  unreadable: 'url',
  timeout: 'url',
  dropped: 'url',
  connection: 'url',
};

const refused = (field: string, key: string, message: string, params?: Record<string, string>) => new AppFailure('validation', message, [issue(field, key, message, params)]);

/** Settings → SMS: the key goes to the secret store, never into the settings; a test SMS proves the gateway. */
export const smsHandlers = ({ settings, secrets, outbox, clock, dispatch }: HandlerDeps): Handlers['sms'] => ({
  status: async () => ({ hasSecret: !!(await secrets.get(SMS_SECRET)) }),
  async setSecret({ secret }) {
    if (secret) await secrets.set(SMS_SECRET, secret);
    else await secrets.remove(SMS_SECRET);
    outbox.dispatcher.kick();
    return { hasSecret: !!secret };
  },
  async sendTest({ to, text }) {
    const s = settings.get();
    const account = await smsAccountOf(settings, secrets);
    if (!account) throw s.sms.gateway === 'none' ? refused('gateway', 'outbox.errors.sms.noGateway', 'no SMS gateway is set') : refused('secret', 'outbox.errors.sms.noSecret', 'the gateway key is not set');
    const sender = checkSender(s.sms.sender);
    if (!sender.ok) throw refused('sender', sender.key, 'not a valid sender');
    const number = smsNumber(to, s.officeCountry);
    if (!number.ok) throw refused('to', number.reason === 'not_mobile' ? 'outbox.errors.sms.notMobile' : 'outbox.errors.sms.invalidNumber', `${to} is no mobile number`);
    const session = await SmsSession.open(account, dispatch.sms).catch((e: Error) => {
      throw new AppFailure('io', e.message, [issue('url', 'outbox.errors.sms.connection', e.message, { detail: e.message })]);
    });
    const result = await session.send({ from: sender.sender, to: number.e164, text, messageId: smsReference(`test:${clock.now()}`) });
    if (result.result === 'sent') return { to: number.e164, response: result.response };
    const why = readSmsReason(result.reason);
    const code = why?.code ?? 'unreadable';
    throw new AppFailure('io', result.reason, [issue(testField[code], `outbox.errors.sms.${code}`, result.reason, { detail: why?.detail ?? result.reason })]);
  },
});
