import { describe, it, expect } from 'vitest';
import { demoCustomers, demoInvoices, mulberry32 } from '../../electron/services/demo-data';
import { addDays } from '../../shared/domain/dates';
import { customerInputSchema } from '../../shared/domain/customer/customer';
import { vatIssue } from '../../shared/domain/customer/vat';

const TODAY = '2026-03-15';
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string) => ISO.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

const customers = demoCustomers(2_000, 7);
const invoices = demoInvoices(
  customers.map((c) => c.number),
  (i) => i % 13,
  TODAY,
  7,
);

describe('mulberry32 and addDays', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -400)).toBe('2024-11-27');
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('demoCustomers', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(demoCustomers(300, 7)).toEqual(customers.slice(0, 300));
    expect(demoCustomers(300, 8)).not.toEqual(customers.slice(0, 300));
  });

  it('numbers customers K10001 upward, uniquely', () => {
    expect(customers[0]?.number).toBe('K10001');
    expect(customers.at(-1)?.number).toBe('K12000');
    expect(new Set(customers.map((c) => c.number)).size).toBe(customers.length);
  });

  it('passes the customer input schema unchanged', () => {
    for (const c of customers) expect(customerInputSchema.parse(c)).toEqual(c);
  });

  it('gives every business a VAT number that passes its checksum, and consumers none', () => {
    for (const c of customers) {
      if (c.kind === 'business') {
        expect(c.vatNumber.startsWith(c.country), c.name).toBe(true);
        expect(vatIssue(c.vatNumber), c.vatNumber).toBeNull();
        expect(c.cocNumber).not.toBe('');
      } else {
        expect(c.vatNumber).toBe('');
        expect(c.cocNumber).toBe('');
      }
    }
  });

  it('uses the per-country formats for postcode, phone and registry number', () => {
    const postcode = { NL: /^\d{4} [A-Z]{2}$/, BE: /^\d{4}$/, DE: /^\d{5}$/, FR: /^\d{5}$/ } as const;
    const phone = { NL: /^\+31\d{9}$/, BE: /^\+32\d{8,9}$/, DE: /^\+49\d{10,11}$/, FR: /^\+33\d{9}$/ } as const;
    const coc = { NL: /^\d{8}$/, BE: /^[01]\d{3}\.\d{3}\.\d{3}$/, DE: /^HR[AB] \d{4,6}$/, FR: /^\d{9}$/ } as const;
    for (const c of customers) {
      const country = c.country as keyof typeof postcode;
      expect(c.postcode, c.country).toMatch(postcode[country]);
      expect(c.phone, c.country).toMatch(phone[country]);
      if (c.kind === 'business') expect(c.cocNumber, c.country).toMatch(coc[country]);
    }
    for (const c of customers.filter((x) => x.country === 'BE' && x.kind === 'business')) {
      expect(c.cocNumber.replaceAll('.', '')).toBe(c.vatNumber.slice(2));
    }
  });

  it('covers all four countries with a matching language and a business/consumer mix near 80/20', () => {
    const countries = new Set(customers.map((c) => c.country));
    expect([...countries].sort()).toEqual(['BE', 'DE', 'FR', 'NL']);
    const expected: Record<string, string[]> = { NL: ['nl'], BE: ['nl', 'fr'], DE: ['de'], FR: ['fr'] };
    for (const c of customers) expect(expected[c.country]).toContain(c.language);
    const be = customers.filter((c) => c.country === 'BE');
    expect(new Set(be.map((c) => c.language)).size).toBe(2);
    const businessShare = customers.filter((c) => c.kind === 'business').length / customers.length;
    expect(businessShare).toBeGreaterThan(0.75);
    expect(businessShare).toBeLessThan(0.85);
  });

  it('has names with diacritics and ASCII, lower-case e-mail addresses', () => {
    const withDiacritics = customers.filter((c) => /\P{ASCII}/u.test(c.name));
    expect(withDiacritics.length).toBeGreaterThan(customers.length / 10);
    for (const c of customers) expect(c.email).toMatch(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/);
    const mueller = customers.find((c) => c.country === 'DE' && c.name.startsWith('Müller & Söhne'));
    expect(mueller?.email).toMatch(/@mueller-soehne\.de$/);
  });

  it('sets terms, credit limits and account managers from the intended ranges', () => {
    for (const c of customers) {
      expect([14, 30, 60]).toContain(c.paymentTermsDays);
      if (c.creditLimitCents !== null) {
        expect(c.creditLimitCents % 10_000).toBe(0);
        expect(c.creditLimitCents).toBeGreaterThanOrEqual(50_000);
        expect(c.creditLimitCents).toBeLessThanOrEqual(5_000_000);
      }
    }
    expect(customers.some((c) => c.creditLimitCents === null)).toBe(true);
    expect(new Set(customers.map((c) => c.accountManager)).size).toBeLessThanOrEqual(5);
  });
});

describe('demoInvoices', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = demoInvoices(
      customers.map((c) => c.number),
      (i) => i % 13,
      TODAY,
      7,
    );
    expect(again).toEqual(invoices);
    const other = demoInvoices(['K1', 'K2'], 50, TODAY, 8);
    expect(other).not.toEqual(demoInvoices(['K1', 'K2'], 50, TODAY, 7));
  });

  it('creates the requested number per customer, with unique invoice numbers', () => {
    const expected = customers.reduce((sum, _c, i) => sum + (i % 13), 0);
    expect(invoices).toHaveLength(expected);
    expect(new Set(invoices.map((x) => x.number)).size).toBe(invoices.length);
    const perCustomer = new Map<string, number>();
    for (const x of invoices) perCustomer.set(x.customerNumber, (perCustomer.get(x.customerNumber) ?? 0) + 1);
    customers.forEach((c, i) => expect(perCustomer.get(c.number) ?? 0).toBe(i % 13));
  });

  it('numbers invoices per issue year in issue-date order', () => {
    // Collecting offenders keeps the test fast and the failure message short.
    const badNumber = invoices.filter((x) => !/^\d{4}-\d{6}$/.test(x.number) || !x.number.startsWith(x.issueDate.slice(0, 4)));
    expect(badNumber).toEqual([]);
    const unordered = invoices.filter((x, i) => i > 0 && invoices[i - 1]!.issueDate > x.issueDate);
    expect(unordered).toEqual([]);
    expect(invoices.find((x) => x.issueDate.startsWith('2026'))?.number).toBe('2026-000001');
  });

  it('has valid dates within the last 400 days and a due date 14 or 30 days after issue', () => {
    const earliest = addDays(TODAY, -399);
    const bad = invoices.filter(
      (x) =>
        !realDate(x.issueDate) ||
        !realDate(x.dueDate) ||
        x.issueDate < earliest ||
        x.issueDate > TODAY ||
        x.dueDate < x.issueDate ||
        (x.dueDate !== addDays(x.issueDate, 14) && x.dueDate !== addDays(x.issueDate, 30)),
    );
    expect(bad).toEqual([]);
    expect(invoices.some((x) => x.issueDate === earliest)).toBe(true);
    expect(invoices.some((x) => x.issueDate === TODAY)).toBe(true);
  });

  it('keeps amounts in integer cents between 25.00 and 25,000.00, skewed to small ones', () => {
    const bad = invoices.filter(
      (x) =>
        x.currency !== 'EUR' ||
        !Number.isInteger(x.amountCents) ||
        !Number.isInteger(x.openCents) ||
        x.amountCents < 2_500 ||
        x.amountCents > 2_500_000 ||
        x.openCents < 0 ||
        x.openCents > x.amountCents,
    );
    expect(bad).toEqual([]);
    const sorted = invoices.map((x) => x.amountCents).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(median).toBeLessThan(100_000);
    expect(sorted.filter((a) => a > 1_000_000).length).toBeGreaterThan(0);
  });

  it('mixes not-due, overdue at every age, partly paid and paid invoices', () => {
    const open = invoices.filter((x) => x.openCents > 0);
    const notDue = open.filter((x) => x.dueDate >= TODAY);
    const overdueBy = (lo: number, hi: number) =>
      open.filter((x) => x.dueDate <= addDays(TODAY, -lo) && x.dueDate >= addDays(TODAY, -hi));
    expect(notDue.length).toBeGreaterThan(0);
    expect(overdueBy(1, 30).length).toBeGreaterThan(0);
    expect(overdueBy(31, 60).length).toBeGreaterThan(0);
    expect(overdueBy(61, 90).length).toBeGreaterThan(0);
    expect(overdueBy(91, 1000).length).toBeGreaterThan(0);
    expect(invoices.some((x) => x.openCents > 0 && x.openCents < x.amountCents)).toBe(true);
    const old = invoices.filter((x) => x.dueDate < addDays(TODAY, -90));
    expect(old.filter((x) => x.openCents === 0).length / old.length).toBeGreaterThan(0.8);
  });

  it('rejects an invalid date or count', () => {
    expect(() => demoInvoices(['K1'], 1, '2026-02-30')).toThrow(RangeError);
    expect(() => demoInvoices(['K1'], 1, '15-03-2026')).toThrow(RangeError);
    expect(() => demoInvoices(['K1'], -1, TODAY)).toThrow(RangeError);
    expect(() => demoInvoices(['K1'], () => 1.5, TODAY)).toThrow(RangeError);
  });

  it('generates 10k customers and 200k invoices (timing, printed only)', () => {
    const t0 = performance.now();
    const cs = demoCustomers(10_000);
    const t1 = performance.now();
    const xs = demoInvoices(
      cs.map((c) => c.number),
      20,
      TODAY,
    );
    const t2 = performance.now();
    expect(xs).toHaveLength(200_000);
    console.log(
      `demo data: 10k customers ${(t1 - t0).toFixed(0)} ms, 200k invoices ${(t2 - t1).toFixed(0)} ms`,
    );
  });
});
