import { demoCustomers, mulberry32, type Rng } from '../../electron/services/demo-data';
import type { ChannelName } from '../../shared/contract';
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { MAX_AMOUNT_CENTS } from '../../shared/domain/money/money';
import type { Result } from '../../shared/result';
import { camt053 } from '../shell/camt053';
import { expect, test, TODAY } from '../shell/fixtures';
import { type Shell, UI_ORIGIN } from '../shell/shell';

/**
 * Seeded fuzz runs through the router, as the UI (or a compromised page) reaches main. Bounded in calls and in
 * time; the seed makes every run the same, and a failure names the seed and the step to replay.
 */
const trusted = { trusted: true, url: UI_ORIGIN };

type Any = Result<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tools(rnd: Rng) {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return { int, pick, chance: (p: number) => rnd() < p };
}

async function integrity(shell: Shell) {
  return {
    payments: await shell.store.call('integrity.payments'),
    balances: await shell.store.call('integrity.balances'),
    receivables: await shell.store.call('integrity.receivables'),
    dunning: await shell.store.call('integrity.dunning'),
  };
}
const clean = { payments: [], balances: [], receivables: [], dunning: [] };

/** The customers' card, list and receivables still answer: a figure past 2^53 once broke all three for good. */
async function everyCustomerAnswers(shell: Shell, call: (channel: ChannelName, input: unknown) => Promise<Any>) {
  const list = await call('customers.list', { showInactive: true, limit: 500 });
  expect(list.ok).toBe(true);
  for (const row of list.ok ? (list.value.rows as { id: string }[]) : []) {
    expect((await call('customers.get', { id: row.id })).ok, row.id).toBe(true);
    expect((await call('receivables.list', { customerId: row.id, status: 'all' })).ok, row.id).toBe(true);
  }
}

const SEED = 20261202;

test('ledger fuzz: invoices that came in partly paid, payments, allocations, undos, bank entries and corrections keep every figure equal to its recomputation', async ({ launch }) => {
  test.setTimeout(240_000);
  const shell = await launch({ withUi: false });
  const call = async (channel: ChannelName, input: unknown) => (await shell.main.dispatch(channel, input, trusted)) as Any;
  const { int, pick, chance } = tools(mulberry32(SEED));
  const customers: string[] = [];
  for (const [n, c] of demoCustomers(3, SEED).entries()) {
    const r = await call('customers.create', { ...c, number: `FZ${n}` });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    customers.push(r.value.id);
  }
  const invoices: { id: string; number: string; reference: string; partly: boolean }[] = [];
  const credits: string[] = [];
  const tally = new Map<string, number>();
  const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);
  const amount = () => pick([1, 2, 99, int(100, 60_000), int(100, 60_000), MAX_AMOUNT_CENTS]);
  const allocations = (n: number) =>
    Array.from({ length: n }, () => {
      const inv = chance(0.25) && invoices.length > 0 ? invoices[invoices.length - 1]! : pick(invoices);
      return { invoiceId: inv.id, amountCents: pick([1, 2, int(1, 9_000), int(1, 60_000), amount()]) };
    });
  let statements = 0;

  const STEPS = 260;
  for (let step = 0; step < STEPS; step++) {
    // Corrections are what a user does now and then, not as often as booking money.
    const op = invoices.length < 4 ? 0 : chance(0.08) ? int(8, 10) : int(0, 7);
    const results: Any[] = [];
    if (op <= 1) {
      const total = amount();
      // Invoices imported from the invoicing package may come in partly paid: one cent less, or anything less.
      const open = pick([total, total, total - 1, int(0, total)]);
      const negative = chance(0.1);
      const r = await call('invoices.create', {
        number: `FZ-${step}`,
        customerId: pick(customers),
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        currency: chance(0.15) ? 'USD' : 'EUR',
        amountCents: negative ? -total : total,
        openCents: negative ? -open : open,
      });
      if (r.ok) invoices.push({ id: r.value.id, number: r.value.number, reference: r.value.paymentReference.value, partly: open !== total });
      results.push(r);
    } else if (op === 2) {
      const r = await call('payments.add', { customerId: pick(customers), kind: pick(['payment', 'credit_note']), date: TODAY, currency: chance(0.15) ? 'USD' : 'EUR', amountCents: amount(), allocations: allocations(int(0, 3)) });
      if (r.ok) credits.push(r.value.credit.id);
      results.push(r);
    } else if (op === 3 && credits.length > 0) {
      results.push(await call('payments.allocate', { creditId: pick(credits), allocations: allocations(int(1, 3)) }));
    } else if (op === 4 && credits.length > 0) {
      // The same credit from three windows at once: the transactions must not each spend what is left.
      const creditId = pick(credits);
      results.push(...(await Promise.all([0, 1, 2].map(() => call('payments.allocate', { creditId, allocations: allocations(1) })))));
    } else if (op === 5) {
      const mine = await call('payments.forCustomer', { customerId: pick(customers) });
      const list = mine.ok ? (mine.value.allocations as { id: string }[]) : [];
      if (list.length > 0) results.push(await call('payments.undo', { id: pick(list).id }));
    } else if (op === 6) {
      // A statement paying invoices by their reference (matched automatically) and leaving others for matching.
      const entries = Array.from({ length: int(1, 3) }, () =>
        chance(0.6) ? { amountCents: pick([1, int(1, 60_000)]), reference: { scheme: 'rf' as const, value: pick(invoices).reference } } : { amountCents: int(1, 60_000), text: 'see letter' },
      );
      const xml = camt053(`FZ-S${statements++}`, entries);
      const preview = await call('imports.preview', { files: [{ name: `s${step}.xml`, contentBase64: Buffer.from(xml).toString('base64') }] });
      results.push(preview);
      if (preview.ok) results.push(await call('imports.commit', { previewId: preview.value.previewId }));
    } else if (op === 8 && credits.length > 0) {
      const id = pick(credits);
      const r = await call('payments.reverse', { id, reason: 'booked by mistake' });
      if (r.ok) credits.splice(credits.indexOf(id), 1);
      results.push(r);
    } else if (op === 9) {
      // An edit moves the invoice to any customer with any amount; refused once anything settled or reminded it.
      const inv = pick(invoices);
      const cents = amount();
      const fields = { number: inv.number, customerId: pick(customers), issueDate: '2026-09-02', dueDate: '2026-10-02', currency: chance(0.15) ? 'USD' : 'EUR', amountCents: cents, openCents: int(0, cents) };
      const r = await call('invoices.update', { id: inv.id, fields });
      if (r.ok) inv.partly = fields.openCents !== cents;
      results.push(r);
    } else if (op === 10) {
      const inv = pick(invoices);
      const r = await call('invoices.delete', { id: inv.id, reason: 'entered by mistake' });
      if (r.ok) invoices.splice(invoices.indexOf(inv), 1);
      results.push(r);
    } else {
      const waiting = await call('bank.unmatched', {});
      const list = waiting.ok ? (waiting.value as { entry: { id: string } }[]) : [];
      if (list.length > 0) results.push(await call('bank.match', { entryId: pick(list).entry.id, customerId: pick(customers), allocations: allocations(int(0, 2)) }));
    }
    for (const r of results) {
      count(r.ok ? `${op}:ok` : r.error.code);
      expect(r.ok || ['validation', 'conflict', 'not_found'].includes(r.error.code), `seed ${SEED} step ${step}: ${JSON.stringify(r).slice(0, 400)}`).toBe(true);
    }
    if (step % 20 === 19) expect(await integrity(shell), `seed ${SEED} after step ${step}`).toEqual(clean);
  }

  expect(await integrity(shell)).toEqual(clean);
  await everyCustomerAnswers(shell, call);
  // The run did what it is for: partly paid invoices got allocations, refusals happened, statements booked.
  const allocatedTo = async (id: string) => {
    const r = await call('invoices.get', { id });
    return r.ok ? (r.value.allocations as unknown[]).length : 0;
  };
  const partlyPaid = await Promise.all(invoices.filter((i) => i.partly).map((i) => allocatedTo(i.id)));
  expect(partlyPaid.filter((n) => n > 0).length, JSON.stringify([...tally])).toBeGreaterThan(3);
  expect(tally.get('validation') ?? 0).toBeGreaterThan(20);
  expect((tally.get('3:ok') ?? 0) + (tally.get('4:ok') ?? 0)).toBeGreaterThan(5);
  expect(tally.get('6:ok') ?? 0).toBeGreaterThan(5);
  for (const op of [8, 9, 10]) expect(tally.get(`${op}:ok`) ?? 0, `op ${op}: ${JSON.stringify([...tally])}`).toBeGreaterThan(1);
});

/** What a hostile caller tries in place of a value: wrong types, edges of every range, prototype names, other records' ids. */
function hostileValues(ids: string[]): unknown[] {
  let deep: unknown = 'leaf';
  for (let i = 0; i < 40; i++) deep = { deep };
  return [
    undefined, null, true, false, 0, -0, -1, 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_SAFE_INTEGER, 2 ** 53, MAX_AMOUNT_CENTS, MAX_AMOUNT_CENTS + 1, 1e300,
    '', ' ', '\u0000', '0', '-1', 'NaN', 'EUR', 'NL', 'en', '2026-02-30', '2026-11-23', '9999-12-31', '__proto__', 'constructor', 'toString', '../../../etc/passwd',
    'javascript:alert(1)', '<img src=x onerror=alert(1)>', 'x'.repeat(301), 'x'.repeat(5_000), '𝔘'.repeat(200), 'x'.repeat(2 * 1024 * 1024),
    [], [null], [1, 2, 3], new Array(600).fill('a'), {}, JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, deep,
    ...ids,
  ];
}

/** Every path into a sample input, so a mutation can reach a nested field (an allocation's amount, an address's city). */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object' || at.length > 6) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = [...at, Array.isArray(value) ? Number(k) : k];
    return [path, ...pathsOf(v, path)];
  });
}

type Pools = { hostile: unknown[]; ids: string[]; numbers: number[] };

/**
 * One to three changes to a valid sample: a hostile value anywhere, an extra or missing key, or — so that calls
 * also get past the schemas — another record's id in an id field, or an edge amount in a number field.
 */
function mutate(sample: unknown, t: ReturnType<typeof tools>, pools: Pools): unknown {
  // A copy each time, so no mutation can change a value another call (or this one) still holds.
  const hostile = () => structuredClone(t.pick(pools.hostile));
  if (t.chance(0.08)) return hostile();
  const input = structuredClone(sample) as Record<string, unknown>;
  for (let n = t.int(1, 3); n > 0; n--) {
    const paths = pathsOf(input);
    const kind = t.int(0, 6);
    if (paths.length === 0 || kind === 0) {
      // An extra key, with the names that reach prototypes when code indexes objects carelessly.
      Object.defineProperty(input, t.pick(['__proto__', 'constructor', 'toString', 'extra', 'id']), { value: hostile(), enumerable: true, configurable: true, writable: true });
      continue;
    }
    const leafOf = (path: (string | number)[]) => path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], input);
    const idPaths = paths.filter((p) => /id$/i.test(String(p.at(-1))) && typeof leafOf(p) === 'string');
    const numberPaths = paths.filter((p) => typeof leafOf(p) === 'number');
    const path = kind === 4 && idPaths.length > 0 ? t.pick(idPaths) : (kind >= 5 && numberPaths.length > 0 ? t.pick(numberPaths) : t.pick(paths));
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, input);
    const key = path.at(-1)!;
    if (kind === 1) delete parent[key];
    else if (kind === 4 && idPaths.includes(path)) parent[key] = t.pick(pools.ids);
    else if (kind >= 5 && numberPaths.includes(path)) parent[key] = t.pick(pools.numbers);
    else parent[key] = hostile();
  }
  return input;
}

test('router fuzz: hostile input at every channel is refused with a typed error and leaves the ledger consistent', async ({ launch }) => {
  test.setTimeout(240_000);
  const shell = await launch({ withUi: false });
  const call = async (channel: ChannelName, input: unknown) => (await shell.main.dispatch(channel, input, trusted)) as Any;
  const must = async (channel: ChannelName, input: unknown) => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const [a, b, c] = demoCustomers(3, SEED + 1);
  const A = await must('customers.create', { ...a!, number: 'RF-A' });
  const B = await must('customers.create', { ...b!, number: 'RF-B' });
  const spare = await must('customers.create', { ...c!, number: 'RF-C' });
  const invoice = (number: string, customerId: string, amountCents: number, openCents = amountCents) =>
    must('invoices.create', { number, customerId, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents, openCents });
  const inv = await invoice('RF-1', A.id, 4_000);
  const partly = await invoice('RF-2', A.id, 10_000, 9_999);
  const other = await invoice('RF-3', B.id, 7_000);
  const typo = await invoice('RF-4', B.id, 300);
  const { credit: mistaken } = await must('payments.add', { customerId: B.id, kind: 'payment', date: TODAY, amountCents: 2_000, allocations: [{ invoiceId: other.id, amountCents: 500 }] });
  const { credit } = await must('payments.add', { customerId: A.id, kind: 'payment', date: TODAY, amountCents: 12_000, allocations: [{ invoiceId: inv.id, amountCents: 1_000 }] });
  const [allocation] = (await must('payments.forCustomer', { customerId: A.id })).allocations;
  const contact = await must('contacts.add', { customerId: A.id, contact: { name: 'Anouk', roles: ['accounting'] } });
  const address = await must('addresses.add', { customerId: A.id, address: { kind: 'postal', street: 'Postbus 1', city: 'Utrecht', country: 'NL' } });
  const activity = await must('activities.add', { customerId: A.id, kind: 'task', text: 'call back', dueDate: TODAY });
  const link = await must('attachments.addLink', { customerId: A.id, url: 'https://example.com/contract' });
  const statement = (id: string) => ({ name: `${id}.xml`, contentBase64: Buffer.from(camt053(id, [{ amountCents: 5_000, text: 'see letter' }])).toString('base64') });
  await must('imports.commit', { previewId: (await must('imports.preview', { files: [statement('RF-S1')] })).previewId });
  const [waiting] = await must('bank.unmatched', {});
  const preview = await must('imports.preview', { files: [statement('RF-S2')] });
  const ids = [A.id, B.id, spare.id, inv.id, partly.id, other.id, typo.id, mistaken.id, credit.id, allocation.id, contact.id, address.id, activity.id, link.id, waiting.entry.id, preview.previewId];

  const customerFields = { ...a!, number: 'RF-A' };
  const run = `run:${TODAY}:1`;
  const samples: Record<ChannelName, unknown> = {
    'app.info': {},
    'app.clock': {},
    'settings.get': {},
    'settings.update': { theme: 'dark', marketSegments: ['retail'] },
    'customers.list': { search: 'a', sort: 'openBalanceCents', limit: 10 },
    'customers.get': { id: A.id },
    'customers.nextNumber': {},
    'customers.create': { ...customerFields, number: 'RF-NEW' },
    'customers.update': { id: A.id, fields: customerFields },
    'customers.setActive': { id: B.id, active: true },
    'customers.delete': { id: spare.id, creditOpen: { reason: 'went bankrupt' } },
    'customers.setEmails': { id: A.id, emails: { standard: 'info@example.com', accounting: '', purpose: { reminder: 'ar@example.com' } } },
    'customers.setDunningOverrides': { id: A.id, overrides: { contactPerson: 'Anouk', address: { street: 'Postbus 1', postcode: '', city: 'Utrecht', country: 'NL' } } },
    'customers.updateSettings': { id: A.id, settings: { paymentTermsDays: 30, creditLimitCents: 100_000, language: 'nl', kind: 'business', profile: 'standard', segments: [], dunningPausedUntil: null, excludeFromDunning: false } },
    'addresses.add': { customerId: A.id, address: { kind: 'invoice', street: 'Oudegracht 2', city: 'Utrecht', country: 'NL' } },
    'addresses.update': { id: address.id, address: { kind: 'postal', street: 'Postbus 2', city: 'Utrecht', country: 'NL' } },
    'addresses.makeHeadOffice': { id: address.id },
    'addresses.remove': { id: address.id },
    'contacts.add': { customerId: A.id, contact: { name: 'Bram', channels: [{ medium: 'email', value: 'bram@example.com' }] } },
    'contacts.update': { id: contact.id, contact: { name: 'Anouk de Vries', roles: ['accounting'] } },
    'contacts.setActive': { id: contact.id, active: false },
    'contacts.remove': { id: contact.id },
    'contacts.tags': {},
    'contacts.byTag': { kind: 'role', tag: 'accounting' },
    'activities.add': { customerId: A.id, kind: 'note', text: 'note', invoiceId: inv.id, contactId: contact.id },
    'activities.setDone': { id: activity.id, done: true },
    'attachments.addFile': { customerId: A.id, name: 'note.txt', contentBase64: Buffer.from('hello').toString('base64') },
    'attachments.addLink': { customerId: A.id, name: 'site', url: 'https://example.com' },
    'attachments.open': { id: link.id },
    'attachments.remove': { id: link.id },
    'invoices.create': { number: 'RF-NEW', customerId: A.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 500, openCents: 500 },
    'invoices.update': { id: typo.id, fields: { number: 'RF-4', customerId: B.id, issueDate: '2026-10-02', dueDate: '2026-11-01', amountCents: 350, openCents: 350 } },
    'invoices.delete': { id: typo.id, reason: 'entered twice' },
    'invoices.setDispute': { id: inv.id, disputed: true, reason: 'not delivered' },
    'invoices.setPromise': { id: inv.id, date: TODAY, note: 'friday' },
    'invoices.setNextAction': { id: inv.id, date: TODAY },
    'invoices.get': { id: inv.id },
    'invoices.comment': { invoiceId: inv.id, text: 'called' },
    'receivables.list': { status: 'all', customerId: A.id },
    'payments.add': { customerId: A.id, kind: 'credit_note', date: TODAY, amountCents: 500, allocations: [{ invoiceId: partly.id, amountCents: 500 }] },
    'payments.allocate': { creditId: credit.id, allocations: [{ invoiceId: inv.id, amountCents: 100 }, { invoiceId: partly.id, amountCents: 100 }] },
    'payments.undo': { id: allocation.id },
    'payments.reverse': { id: mistaken.id, reason: 'booked on the wrong customer' },
    'payments.forCustomer': { customerId: A.id },
    'imports.preview': { files: [statement('RF-S3')], csv: { mapping: { number: 'a', issueDate: 'b', amount: 'c', customerName: 'd' }, delimiter: ';' } },
    'imports.commit': { previewId: preview.previewId },
    'bank.unmatched': {},
    'bank.searchInvoices': { query: 'RF', currency: 'EUR' },
    'bank.match': { entryId: waiting.entry.id, customerId: A.id, allocations: [{ invoiceId: inv.id, amountCents: 100 }] },
    'bank.ignore': { entryId: waiting.entry.id },
    'dunning.overview': {},
    'dunning.propose': {},
    'dunning.refresh': { runId: run },
    'dunning.review': { runId: run, action: { kind: 'excludeInvoice', invoiceId: partly.id, reason: 'checking', blockUntil: TODAY } },
    'dunning.discard': { runId: run },
    'dunning.execute': { runId: run },
    'dunning.runReminders': { runId: run, offset: 0, limit: 10 },
    'dunning.runLeftOut': { runId: run },
    'dunning.runs': {},
    'dunning.handover': {},
    'dunning.reminders': { state: 'to_deliver', limit: 10 },
    'dunning.markDelivered': { ids: [`rem:${inv.id}:nl-business:1:1`], state: 'delivered', on: TODAY },
    'dunning.recordCall': { reminderId: `rem:${other.id}:nl-business:1:1`, reached: true, promisedDate: TODAY, note: 'friday' },
    'dunning.customer': { customerId: A.id },
    'dunning.setCustomer': { customerId: A.id, policyId: 'nl-business', directDebit: false },
    'blocks.list': {},
    'blocks.add': { scope: 'invoice', targetId: inv.id, reason: 'checking', until: TODAY },
    'blocks.lift': { id: 'block:handover:x' },
    'policies.list': {},
    'policies.save': defaultPolicies[0],
    'policies.remove': { id: 'nl-business' },
    'policies.texts': { language: 'nl' },
    'policies.saveText': { language: 'en', levelId: 'polite', profile: 'standard', text: { subject: 'Reminder {{invoice.number}}', body: '{{salutation}}\n\nPlease pay {{totalDue}}.', sms: 'Pay {{totalDue}}' } },
    'policies.resetText': { language: 'en', levelId: 'polite', profile: 'standard' },
    'policies.rates': {},
    'policies.addRate': { table: 'de-base', from: '2027-01-01', pct: '2.27' },
    'documents.openLetter': { reminderId: `rem:${inv.id}:nl-business:1:1` },
    'documents.printRun': { runId: run, saveOnly: true },
    'documents.printers': {},
    'documents.textValues': { customerId: A.id, levelId: 'polite' },
    'documents.setLogo': { file: { name: 'logo.png', contentBase64: Buffer.from('not a png').toString('base64') } },
    'documents.calibration': {},
    'documents.handover': {},
    'outbox.list': { state: 'queued', limit: 10 },
    'outbox.pending': {},
    'outbox.status': {},
    'outbox.queueRun': { runId: run },
    'outbox.retry': { ids: [`msg:rem:${inv.id}:nl-business:1:1:email:1`] },
    'outbox.cancel': { ids: [`msg:rem:${inv.id}:nl-business:1:1:email:1`] },
    'outbox.markSent': { id: `msg:rem:${inv.id}:nl-business:1:1:email:1` },
    'outbox.sendAgain': { id: `msg:rem:${inv.id}:nl-business:1:1:email:1` },
    'outbox.eml': { id: `msg:rem:${inv.id}:nl-business:1:1:email:1` },
    'mail.status': {},
    'mail.setPassword': { password: 'app password' },
    'mail.sendTest': { to: 'ap@example.com' },
    'sms.status': {},
    'sms.setSecret': { secret: 'api key' },
    'sms.sendTest': { to: '+31612345678', text: 'Test' },
    'mail.signIn': {},
    'mail.cancelSignIn': {},
    'mail.signOut': {},
    'demo.load': { customers: 1, invoicesPerCustomer: 1 },
  };

  const t = tools(mulberry32(SEED + 2));
  const pools: Pools = { hostile: hostileValues(ids), ids, numbers: [0, 1, 2, 99, 999, 1_000, 4_000, 4_001, 9_999, 12_000, MAX_AMOUNT_CENTS, MAX_AMOUNT_CENTS + 1, -1, -4_000] };
  const CALLS_PER_CHANNEL = 20;
  const deadline = performance.now() + 120_000;
  const unexpected: string[] = [];
  let calls = 0;
  let refused = 0;
  for (let round = 0; round < CALLS_PER_CHANNEL && performance.now() < deadline; round++) {
    for (const [channel, sample] of Object.entries(samples) as [ChannelName, unknown][]) {
      const input = mutate(sample, t, pools);
      let r: Any;
      try {
        r = await call(channel, input);
      } catch (e) {
        unexpected.push(`${channel} threw ${String(e)}`);
        continue;
      }
      calls += 1;
      if (!r.ok) refused += 1;
      if (!r.ok && !['validation', 'conflict', 'not_found'].includes(r.error.code)) unexpected.push(`${channel} round ${round}: ${JSON.stringify(r.error).slice(0, 300)}`);
    }
    expect(await integrity(shell), `seed ${SEED + 2} after round ${round}`).toEqual(clean);
  }

  expect(unexpected).toEqual([]);
  expect(calls).toBeGreaterThan(Object.keys(samples).length * 3);
  expect(refused).toBeGreaterThan(calls / 2);
  expect(await integrity(shell)).toEqual(clean);
  await everyCustomerAnswers(shell, call);
  // Nothing reached an object's prototype, whatever keys came in.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(await shell.storePage.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
});
