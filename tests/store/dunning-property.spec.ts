import { demoCustomers, mulberry32 } from '../../electron/services/demo-data';
import type { ReminderItemRecord } from '../../electron/store/db';
import type { Customer, CustomerSettings } from '../../shared/domain/customer/customer';
import { addDays } from '../../shared/domain/dates';
import type { DunningPolicy } from '../../shared/domain/dunning/policy';
import type { RunLeftOut, RunReminder, RunSummary } from '../../shared/domain/dunning/records';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { rawAll } from '../shell/raw-idb';
import type { Shell } from '../shell/shell';
import { storeCtx } from '../shell/store-context';
import { type ExpectedReminder, expectedFor, type ModelCustomer, type ModelInvoice, type ModelPolicy, verdictOf } from './dunning-model';

/**
 * Eighteen months of an office, simulated day by day through the business clock against the real store: invoices
 * come in, are paid in part or credited, disputed and promised; blocks, pauses and exclusions come and go; e-mails
 * fail; deliveries are recorded days after the run; the app stays closed for up to 40 days. After every run the
 * store's proposal must be what the plain model in dunning-model.ts says, and each reminder must keep the rules
 * of DOMAIN.md §3 on its own. A failure names the seed and the day; DUNNING_SEED replays another one.
 */
const SEED = Number(process.env.DUNNING_SEED ?? 20261123);
const DAYS = 548;
/** Per country and kind, how many customers: NL, BE and DE, businesses and consumers. */
const MIX = { 'NL-business': 5, 'NL-consumer': 4, 'BE-business': 4, 'BE-consumer': 4, 'DE-business': 5, 'DE-consumer': 4 } as const;

const none = { kind: 'none' } as const;
const level = (id: string, days: number, channel: string) => ({ id, name: id, days, payWithinDays: 14, interest: none, costs: none, channel, finalNotice: false });
/** The office's own policies: a statement that repeats its last level, and one that calls before it writes. */
const officePolicies = [
  { id: 'statement', name: 'Statement', law: { country: 'NL', kind: 'business' }, mode: 'customer', levelOneFrom: 'due_date', toleranceCents: { EUR: 2_000 }, afterLast: { kind: 'repeat', everyDays: 30 }, levels: [level('s1', 10, 'email'), level('s2', 14, 'email'), level('s3', 14, 'email_and_post')] },
  { id: 'calls', name: 'Call first', law: { country: 'NL', kind: 'business' }, mode: 'invoice', levelOneFrom: 'issue_date', toleranceCents: { EUR: 0 }, afterLast: { kind: 'stop' }, levels: [level('c1', 35, 'email'), level('c2', 7, 'phone'), level('c3', 10, 'post')] },
];

const modelPolicy = (p: DunningPolicy): ModelPolicy => ({
  id: p.id,
  mode: p.mode,
  levelOneFrom: p.levelOneFrom,
  days: p.levels.map((l) => l.days),
  phone: p.levels.map((l) => l.channel === 'phone'),
  toleranceCents: p.toleranceCents,
  afterLast: p.afterLast,
});

type Pending = { id: string; phone: boolean; plannedOn: string; fails: boolean; invoiceIds: string[] };

function tools(seed: number) {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return { int, pick, chance: (p: number) => rnd() < p };
}

/** The customers of the office: picked from demo data by country and kind, loaded in one go. */
async function seedCustomers(shell: Shell) {
  const wanted = new Map<string, number>(Object.entries(MIX));
  const chosen = demoCustomers(400, SEED).filter((c) => {
    const key = `${c.country}-${c.kind}`;
    const left = wanted.get(key) ?? 0;
    if (left > 0) wanted.set(key, left - 1);
    return left > 0;
  });
  expect([...wanted.values()].every((n) => n === 0), 'the demo data has every country and kind').toBe(true);
  await shell.store.call('bulk.load', { customers: chosen, invoices: [] }, storeCtx());
  const rows = (await call<{ rows: { id: string }[] }>(shell.main, 'customers.list', { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 500 })).rows;
  return Promise.all(rows.map(async (r) => (await call<{ customer: Customer }>(shell.main, 'customers.get', { id: r.id })).customer));
}

const settingsOf = (c: Customer): CustomerSettings => ({
  paymentTermsDays: c.paymentTermsDays,
  creditLimitCents: c.creditLimitCents,
  language: c.language,
  kind: c.kind,
  profile: c.profile,
  segments: c.segments,
  dunningPausedUntil: c.dunningPausedUntil,
  excludeFromDunning: c.excludeFromDunning,
});

/** Every row of a paged run channel. */
async function allRows<T>(shell: Shell, channel: string, input: Record<string, unknown>): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call<{ rows: T[]; total: number }>(shell.main, channel, { ...input, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

const shape = (r: RunReminder | ExpectedReminder) => ({
  id: r.id,
  customerId: r.customerId,
  currency: r.currency,
  level: r.level,
  attempt: r.attempt,
  phone: 'channel' in r ? r.channel === 'phone' : r.phone,
  items: r.items.map((i) => ({ invoiceId: i.invoiceId, advancesTo: i.advancesTo, openCents: i.openCents })).sort((a, b) => a.invoiceId.localeCompare(b.invoiceId)),
});
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

test('18 months of dunning runs agree with an independent model (seeded simulation)', async ({ launch, clock }) => {
  test.setTimeout(180_000);
  const shell = await launch({ withUi: false });
  const { int, pick, chance } = tools(SEED);
  const api = <T = unknown>(channel: string, input: unknown) => call<T>(shell.main, channel, input);

  const cards = await seedCustomers(shell);
  for (const p of officePolicies) await api('policies.save', p);
  const policies = new Map((await api<DunningPolicy[]>('policies.list', {})).map((p) => [p.id, modelPolicy(p)]));
  const customers = new Map<string, ModelCustomer>();
  const settings = new Map<string, CustomerSettings>();
  for (const [k, c] of cards.entries()) {
    // Every seventh business customer gets statements, every fifth customer is called; two pay by direct debit.
    const policyId = c.kind === 'business' && k % 7 === 0 ? 'statement' : k % 5 === 1 ? 'calls' : null;
    const directDebit = k === 3 || k === 17;
    if (policyId || directDebit) await api('dunning.setCustomer', { customerId: c.id, policyId, directDebit });
    customers.set(c.id, { id: c.id, policyId: policyId ?? `${c.country.toLowerCase()}-${c.kind}`, active: true, excluded: false, pausedUntil: null, directDebit, blocks: [] });
    settings.set(c.id, settingsOf(c));
  }
  const invoices = new Map<string, ModelInvoice>();
  const statements = new Map<string, number>();
  const pending: Pending[] = [];
  const tally = new Map<string, number>();
  const count = (what: string, n = 1) => tally.set(what, (tally.get(what) ?? 0) + n);
  let today = clock.today();
  const at = () => `seed ${SEED}, ${today}`;
  const openInvoices = () => [...invoices.values()].filter((i) => i.openCents > 0);
  const policyOf = (inv: ModelInvoice) => policies.get(customers.get(inv.customerId)!.policyId)!;
  const statementKey = (customerId: string, currency: string, lvl: number) => `${customerId}:${currency}:${lvl}`;

  // ---- the office's day: what comes in and what the credit controller does, each through the contract ----

  async function newInvoices() {
    for (const c of customers.values()) {
      if (!chance(1 / 22)) continue;
      const issueDate = addDays(today, -int(0, 10));
      const currency = c.policyId === 'statement' && chance(0.25) ? 'USD' : 'EUR';
      const amountCents = int(1_500, 300_000);
      const inv = await api<Invoice>('invoices.create', { number: `S${invoices.size + 1}`, customerId: c.id, issueDate, dueDate: addDays(issueDate, pick([14, 30, 30])), currency, amountCents, openCents: amountCents });
      invoices.set(inv.id, { id: inv.id, number: inv.number, customerId: c.id, issueDate, dueDate: inv.dueDate, currency, openCents: amountCents, disputed: false, promisedDate: null, blocks: [], handedOver: false, reminders: [] });
    }
  }

  /** Payments and credit notes: in full, in part, or leaving a remainder below the tolerance. */
  async function payments() {
    for (const inv of openInvoices()) {
      if (!chance(0.018)) continue;
      const way = pick(['full', 'part', 'part', 'remnant'] as const);
      const amountCents = way === 'full' ? inv.openCents : way === 'part' ? int(1, inv.openCents) : inv.openCents - int(100, 1_800);
      if (amountCents <= 0) continue;
      const kind = chance(0.2) ? 'credit_note' : 'payment';
      await api('payments.add', { customerId: inv.customerId, kind, date: today, currency: inv.currency, amountCents, allocations: [{ invoiceId: inv.id, amountCents }] });
      inv.openCents -= amountCents;
      count(`${kind} ${way}`);
    }
  }

  async function disputesAndPromises() {
    const open = openInvoices();
    if (open.length === 0) return;
    const disputed = open.filter((i) => i.disputed);
    const dispute = async (inv: ModelInvoice, on: boolean) => {
      inv.disputed = on;
      await api('invoices.setDispute', { id: inv.id, disputed: on, reason: on ? 'goods damaged' : '' });
      count(on ? 'dispute set' : 'dispute lifted');
    };
    const roll = int(1, 100);
    if (roll <= 6) await dispute(pick(open), true);
    else if (roll <= 12 && disputed.length > 0) await dispute(pick(disputed), false);
    else if (roll > 12 && roll <= 27) {
      const inv = pick(open);
      inv.promisedDate = chance(0.2) ? null : addDays(today, int(2, 30));
      await api('invoices.setPromise', { id: inv.id, date: inv.promisedDate, note: 'by phone' });
      count('promise');
    }
  }

  async function blocks() {
    const open = openInvoices();
    const scope = chance(0.3) ? 'customer' : 'invoice';
    if (chance(0.07) && open.length > 0) {
      const target = scope === 'customer' ? customers.get(pick(open).customerId)! : pick(open);
      const until = chance(0.3) ? null : addDays(today, int(3, 45));
      const b = await api<{ id: string }>('blocks.add', { scope, targetId: target.id, reason: 'in talks', until });
      target.blocks.push({ id: b.id, until, lifted: false });
      count(`${scope} block`);
    }
    const liftable = [...customers.values(), ...invoices.values()].flatMap((t) => t.blocks.filter((b) => !b.lifted));
    if (chance(0.05) && liftable.length > 0) {
      const b = pick(liftable);
      await api('blocks.lift', { id: b.id });
      b.lifted = true;
      count('block lifted');
    }
  }

  /** Pauses, exclusions, deactivation and direct debit on the card, now and then. */
  async function customerSettings() {
    if (!chance(0.08)) return;
    const c = pick([...customers.values()]);
    const s = settings.get(c.id)!;
    const what = pick(['pause', 'pause', 'unpause', 'exclude', 'active', 'debit'] as const);
    if (what === 'pause' || what === 'unpause') c.pausedUntil = what === 'pause' ? addDays(today, int(5, 40)) : null;
    if (what === 'exclude') c.excluded = !c.excluded;
    if (what === 'pause' || what === 'unpause' || what === 'exclude') {
      settings.set(c.id, { ...s, dunningPausedUntil: c.pausedUntil, excludeFromDunning: c.excluded });
      await api('customers.updateSettings', { id: c.id, settings: settings.get(c.id) });
    } else if (what === 'active') {
      c.active = !c.active;
      await api('customers.setActive', { id: c.id, active: c.active });
    } else {
      c.directDebit = !c.directDebit;
      await api('dunning.setCustomer', { customerId: c.id, policyId: c.policyId === 'statement' || c.policyId === 'calls' ? c.policyId : null, directDebit: c.directDebit });
    }
    count(what);
  }

  // ---- deliveries: the outbox and the print queue report days later; calls are made ----

  async function deliver() {
    const ready = pending.filter((p) => p.plannedOn <= today);
    const outcome = (p: Pending, state: 'delivered' | 'failed', on: string) => {
      for (const id of p.invoiceIds) {
        const m = invoices.get(id)!.reminders.find((r) => r.reminderId === p.id);
        if (m) Object.assign(m, { state, deliveredOn: state === 'delivered' ? on : null });
      }
      pending.splice(pending.indexOf(p), 1);
      count(state);
    };
    for (const p of ready.filter((x) => x.phone)) {
      if (chance(0.2)) {
        await api('dunning.recordCall', { reminderId: p.id, reached: false, note: 'voicemail' });
        p.plannedOn = addDays(today, 1);
        continue;
      }
      const promisedDate = chance(0.3) ? addDays(today, int(3, 20)) : null;
      await api('dunning.recordCall', { reminderId: p.id, reached: true, promisedDate, note: 'spoke to accounts' });
      if (promisedDate) p.invoiceIds.forEach((id) => (invoices.get(id)!.promisedDate = promisedDate));
      outcome(p, 'delivered', today);
    }
    const groups = new Map<string, Pending[]>();
    for (const p of ready.filter((x) => !x.phone)) groups.set(`${p.fails}|${p.plannedOn}`, [...(groups.get(`${p.fails}|${p.plannedOn}`) ?? []), p]);
    for (const group of groups.values()) {
      const [{ fails, plannedOn }] = group as [Pending];
      await api('dunning.markDelivered', { ids: group.map((p) => p.id), state: fails ? 'failed' : 'delivered', on: plannedOn, via: fails ? 'email' : pick(['email', 'post', 'manual']) });
      group.forEach((p) => outcome(p, fails ? 'failed' : 'delivered', plannedOn));
    }
  }

  // ---- a run: the store's proposal held to the model and to the rules, then executed ----

  function expected(): ExpectedReminder[] {
    const open = openInvoices();
    return [...customers.values()].flatMap((c) =>
      expectedFor(c, policies.get(c.policyId)!, open.filter((i) => i.customerId === c.id), today, (currency, lvl) => statements.get(statementKey(c.id, currency, lvl)) ?? 0),
    );
  }

  /**
   * Each advancing item on its own, against the invoice's history: nothing that must not be dunned, nothing while
   * a reminder awaits delivery, the level after the last delivered one (or a policy repeat), past its gap.
   */
  function breaksTheRules(r: RunReminder): string[] {
    const problems: string[] = [];
    for (const item of r.items) {
      if (item.advancesTo === null) continue;
      const inv = invoices.get(item.invoiceId)!;
      const p = policyOf(inv);
      const v = verdictOf(inv, customers.get(inv.customerId)!, p, today);
      const what = `${inv.number} at level ${item.advancesTo}`;
      if (v.kind === 'skip') problems.push(`${what} proposed though never dunned now: ${[...v.reasons].join()}`);
      if (inv.reminders.some((m) => m.state === 'to_deliver')) problems.push(`${what} proposed while a reminder awaits delivery`);
      const delivered = inv.reminders.filter((m) => m.state === 'delivered');
      const last = delivered.at(-1);
      const repeat = p.afterLast.kind === 'repeat' && last?.level === p.days.length && item.advancesTo === last.level;
      if (item.advancesTo !== (repeat ? last.level : (last?.level ?? 0) + 1)) problems.push(`${what} skips a level: last delivered ${last?.level ?? 'none'}`);
      if (!repeat && delivered.some((m) => m.level === item.advancesTo)) problems.push(`${what} a second time`);
      const gapFrom = last ? last.deliveredOn! : p.levelOneFrom === 'issue_date' ? inv.issueDate : inv.dueDate;
      const gap = repeat && p.afterLast.kind === 'repeat' ? p.afterLast.everyDays : p.days[item.advancesTo - 1]!;
      if (today < addDays(gapFrom, gap)) problems.push(`${what} before ${gapFrom} + ${gap} days`);
    }
    return problems;
  }

  /** Every open invoice is proposed when due, left out for a reason the model agrees with, or waits for its day. */
  function coverage(proposed: RunReminder[], leftOut: RunLeftOut[], want: ExpectedReminder[]): string[] {
    const problems: string[] = [];
    const advancing = new Set(proposed.flatMap((r) => r.items.filter((i) => i.advancesTo !== null).map((i) => i.invoiceId)));
    for (const i of want.flatMap((w) => w.items)) if (i.advancesTo !== null && !advancing.has(i.invoiceId)) problems.push(`${invoices.get(i.invoiceId)!.number} due for level ${i.advancesTo} but not proposed`);
    const left = new Map(leftOut.map((l) => [l.invoiceId, l.reason]));
    for (const inv of openInvoices()) {
      const v = verdictOf(inv, customers.get(inv.customerId)!, policyOf(inv), today);
      const reason = left.get(inv.id);
      if (v.kind === 'skip' && (reason === undefined || !v.reasons.has(reason))) problems.push(`${inv.number} left out as ${reason ?? 'nothing'}; the model says ${[...v.reasons].join()}`);
      if (v.kind !== 'skip' && reason !== undefined) problems.push(`${inv.number} left out as ${reason}; the model says ${v.kind}`);
    }
    return problems;
  }

  function checkProposal(proposed: RunReminder[], leftOut: RunLeftOut[]) {
    const want = expected();
    expect([...proposed.flatMap(breaksTheRules), ...coverage(proposed, leftOut, want)], at()).toEqual([]);
    expect(proposed.map(shape).sort(byId), `${at()}: the reminders`).toEqual(want.map(shape).sort(byId));
  }

  /** Store ids hold UUIDs; the seeded draws follow the invoices' own numbers, so a seed replays the same office. */
  const inSeedOrder = (rs: RunReminder[]) => {
    const key = (r: RunReminder) => `${r.customerNumber}|${r.currency}|${r.items[0]!.number.padStart(8, '0')}`;
    return [...rs].sort((a, b) => key(a).localeCompare(key(b)));
  };

  function applyRun(proposed: RunReminder[]) {
    for (const inv of openInvoices()) {
      const v = verdictOf(inv, customers.get(inv.customerId)!, policyOf(inv), today);
      if (v.kind !== 'skip' || !v.reasons.has('handover')) continue;
      inv.handedOver = true;
      count('handover');
    }
    for (const r of inSeedOrder(proposed)) {
      for (const item of r.items) {
        if (item.advancesTo === null) continue;
        const inv = invoices.get(item.invoiceId)!;
        inv.reminders.push({ reminderId: r.id, level: item.advancesTo, attempt: inv.reminders.filter((m) => m.level === item.advancesTo).length + 1, runDate: today, state: 'to_deliver', deliveredOn: null });
      }
      if (r.id.startsWith('rem:customer:')) statements.set(statementKey(r.customerId, r.currency, r.level), (statements.get(statementKey(r.customerId, r.currency, r.level)) ?? 0) + 1);
      const phone = r.channel === 'phone';
      pending.push({ id: r.id, phone, plannedOn: addDays(today, int(0, 5)), fails: !phone && chance(0.15), invoiceIds: r.items.map((i) => i.invoiceId) });
      count(`level ${r.level}${r.attempt > 1 ? ' again' : ''}${r.id.startsWith('rem:customer:') ? ' statement' : ''}${phone ? ' call' : ''}`);
    }
  }

  async function run() {
    const draft = await api<RunSummary>('dunning.propose', {});
    const proposed = await allRows<RunReminder>(shell, 'dunning.runReminders', { runId: draft.id });
    const leftOut = await allRows<RunLeftOut>(shell, 'dunning.runLeftOut', { runId: draft.id });
    checkProposal(proposed, leftOut);
    if (chance(0.08)) {
      await api('dunning.discard', { runId: draft.id });
      return count('discarded');
    }
    const done = await api<{ outcome: string; run: RunSummary }>('dunning.execute', { runId: draft.id });
    expect([done.outcome, done.run.reminderCount], `${at()}: execute`).toEqual(['executed', proposed.length]);
    applyRun(proposed);
    count('run');
  }

  // ---- the calendar: most days the app is opened, some stretches it is not, once for 40 days in a row ----

  let closedFor = 0;
  try {
    for (let day = 0; day < DAYS; day++) {
      if (day > 0) clock.advanceDays(1);
      today = clock.today();
      if (day === 200) closedFor = 40;
      else if (closedFor === 0 && chance(0.02)) closedFor = int(2, 40);
      if (closedFor > 0) {
        closedFor -= 1;
        count('closed day');
        continue;
      }
      if (chance(0.2)) continue;
      await deliver();
      await newInvoices();
      await payments();
      await disputesAndPromises();
      await blocks();
      await customerSettings();
      if (chance(0.6)) await run();
      await deliver();
      if (day % 60 === 59) expect(await shell.store.call('integrity.dunning'), at()).toEqual([]);
    }
  } catch (e) {
    console.log(`dunning simulation failed: seed ${SEED}, day ${today} (DUNNING_SEED=${SEED} replays it)`);
    throw e;
  }

  // Every reminder that advanced an invoice, as stored: invoice, level, attempt, delivery, as the model has them.
  const history = (rows: { invoice: string; level: number; attempt: number; state: string; deliveredOn: string | null }[]) =>
    rows.map((r) => `${r.invoice} level ${r.level} attempt ${r.attempt}: ${r.state} ${r.deliveredOn ?? ''}`).sort();
  const stored = (await rawAll<ReminderItemRecord>(shell.storePage, 'reminderItems')).filter((i) => i.level !== null).map((i) => ({ ...i, invoice: invoices.get(i.invoiceId)!.number, level: i.level! }));
  const modelled = [...invoices.values()].flatMap((inv) => inv.reminders.map((m) => ({ ...m, invoice: inv.number })));
  expect(history(stored), at()).toEqual(history(modelled));
  expect(await shell.store.call('integrity.dunning'), at()).toEqual([]);
  expect(await shell.store.call('integrity.receivables'), at()).toEqual([]);
  expect(await shell.store.call('integrity.balances'), at()).toEqual([]);
  expect(await shell.store.call('integrity.payments'), at()).toEqual([]);
  const summary = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v}`).join(', ');
  test.info().annotations.push({ type: 'simulation', description: `seed ${SEED}, ${invoices.size} invoices; ${summary}` });
  console.log(`seed ${SEED}, ${invoices.size} invoices; ${summary}`);
  // The run is only worth something if it went through every kind of step at least a few times.
  for (const what of ['level 1', 'level 2', 'level 3', 'level 1 again', 'level 3 again statement', 'level 2 call', 'failed', 'handover', 'closed day', 'discarded', 'dispute lifted', 'block lifted', 'payment remnant', 'credit_note part'])
    expect(tally.get(what) ?? 0, `${at()}: how often "${what}" happened (${summary})`).toBeGreaterThan(0);
});
