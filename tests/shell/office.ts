import type { MainApp } from '../../electron/app';
import type { SmsGateway } from '../../shared/domain/outbox/sms-gateways';
import { call } from './dispatch';
import { CUSTOM_SETUP, GATEWAY_ACCOUNT, GATEWAY_SECRET, type TestGateway } from './sms-gateway';

/** An office whose details are complete enough for letters and e-mails (missingForLetters is empty). */
export const COMPANY = {
  legalName: 'Incasso Zuid B.V.',
  street: 'Stationsplein 1',
  postcode: '3511 ED',
  city: 'Utrecht',
  country: 'NL',
  phone: '030 123 4567',
  email: 'debiteuren@incassozuid.nl',
  registrationNumber: '12345678',
  iban: 'NL91ABNA0417164300',
  signatureName: 'Anouk de Vries',
  signatureFunction: 'Debiteurenbeheer',
};

/** Settings → E-mail for a local SMTP server in plain text; without a port, no account at all (nothing is sent). */
export const mailAccount = (port: number | null) => ({ host: port ? '127.0.0.1' : '', port: port ?? 587, security: 'none', user: '', fromName: '', fromAddress: '' });

/** Settings → Company and Settings → E-mail, pointing at a local SMTP server in plain text. */
export async function mailOffice(main: MainApp, port: number | null): Promise<void> {
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY, mail: mailAccount(port) });
}

export type Debtor = { id: string; number: string; name: string; email: string };

/** Customers with an e-mail address, a postal address and one overdue invoice each: every one gets a first reminder by e-mail. */
export async function debtors(main: MainApp, names: string[], language: 'nl' | 'en' | 'de' | 'fr' = 'nl', first = 1): Promise<Debtor[]> {
  const out: Debtor[] = [];
  for (const [at, name] of names.entries()) {
    const k = first - 1 + at;
    const number = `K${k + 1}`;
    const email = `ap@${number.toLowerCase()}.example`;
    const { id } = await call<{ id: string }>(main, 'customers.create', {
      number,
      name,
      language,
      country: 'NL',
      kind: 'business',
      paymentTermsDays: 30,
      creditLimitCents: null,
      email,
      street: 'Łódźstraat 12',
      postcode: '1011 AB',
      city: 'Zoëterwoude',
    });
    await call(main, 'invoices.create', { number: `F-${k + 1}`, customerId: id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 12_100 + k, openCents: 12_100 + k });
    out.push({ id, number, name, email });
  }
  return out;
}

/**
 * Proposes and executes today's run as the Dunning screen does, each reminder on the channel its level says or, when
 * given, on the one chosen in review; returns the run's id.
 */
export async function executeRun(main: MainApp, channel?: 'sms'): Promise<string> {
  const run = await call<{ id: string }>(main, 'dunning.propose', {});
  if (channel) {
    const { rows } = await call<{ rows: { id: string }[] }>(main, 'dunning.runReminders', { runId: run.id, limit: 500 });
    for (const r of rows) await call(main, 'dunning.review', { runId: run.id, action: { kind: 'channel', reminderId: r.id, channel } });
  }
  await call(main, 'dunning.execute', { runId: run.id });
  return run.id;
}

/** Settings → SMS for a preset of the local test gateway, with the credentials it takes. */
export const smsAccount = (gateway: TestGateway, preset: Exclude<SmsGateway, 'none'>, sender = 'IncassoZuid') => ({
  gateway: preset,
  sender,
  account: GATEWAY_ACCOUNT,
  url: gateway.url(preset),
  ...(preset === 'custom' ? { custom: CUSTOM_SETUP } : {}),
});

/** Settings → Company and Settings → SMS through the local test gateway, its key in the secret store. */
export async function smsOffice(main: MainApp, gateway: TestGateway, preset: Exclude<SmsGateway, 'none'>, secret = GATEWAY_SECRET): Promise<void> {
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY, sms: smsAccount(gateway, preset) });
  await call(main, 'sms.setSecret', { secret });
}

/** A policy whose first level goes by SMS, for the customers named. */
export async function smsPolicy(main: MainApp, customerIds: string[]): Promise<void> {
  await call(main, 'policies.save', {
    id: 'sms-first',
    name: 'SMS first',
    law: { country: 'NL', kind: 'business' },
    mode: 'invoice',
    levelOneFrom: 'due_date',
    toleranceCents: { EUR: 500 },
    afterLast: { kind: 'stop' },
    levels: [{ id: 'polite', name: 'Reminder by SMS', days: 7, payWithinDays: 14, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'sms', finalNotice: false }],
  });
  for (const customerId of customerIds) await call(main, 'dunning.setCustomer', { customerId, policyId: 'sms-first', directDebit: false });
}

/** Customers with a phone number (a Dutch mobile unless given) and one overdue invoice each, numbered from `first`. */
export async function textDebtors(main: MainApp, names: string[], phones: string[] = [], first = 1): Promise<(Debtor & { phone: string })[]> {
  const out: (Debtor & { phone: string })[] = [];
  for (const [at, name] of names.entries()) {
    const k = first - 1 + at;
    const number = `K${k + 1}`;
    const phone = phones[at] ?? `06 ${String(10_000_001 + k)}`;
    const { id } = await call<{ id: string }>(main, 'customers.create', { number, name, language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null, phone, street: 'Łódźstraat 12', postcode: '1011 AB', city: 'Zoëterwoude' });
    await call(main, 'invoices.create', { number: `F-${k + 1}`, customerId: id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 12_100 + k, openCents: 12_100 + k });
    out.push({ id, number, name, email: '', phone });
  }
  return out;
}
