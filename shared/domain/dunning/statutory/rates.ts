import { z } from 'zod';
import defaults from '../../../../resources/legal/rates.json' with { type: 'json' };
import { addDays, businessDateSchema } from '../../dates';

/** A percentage a year as written in the law's tables ("12.25"): decimal text, so no float ever touches a rate. */
export const ratePctSchema = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'errors.rate.pct');

export const rateEntrySchema = z
  .object({ from: businessDateSchema, pct: ratePctSchema, unconfirmed: z.boolean().optional() })
  .strict();
export type RateEntry = z.infer<typeof rateEntrySchema>;

export const rateTableIds = ['nl-consumer', 'nl-commercial', 'be-commercial', 'de-base'] as const;
export type RateTableId = (typeof rateTableIds)[number];

export const rateTableSchema = z
  .object({ name: z.string().max(200), entries: z.array(rateEntrySchema).min(1).max(500) })
  .strict()
  .refine((t) => t.entries.every((e, i) => i === 0 || e.from > t.entries[i - 1]!.from), {
    message: 'errors.rate.order',
    path: ['entries'],
  });
export type RateTable = z.infer<typeof rateTableSchema>;
export type RateTables = Record<RateTableId, RateTable>;

/** The tables that ship (resources/legal/rates.json); the user adds newly published rates in Settings → Rates. */
export const defaultRateTables: RateTables = z.record(z.enum(rateTableIds), rateTableSchema).parse(defaults) as RateTables;

/** A stretch of days, both ends counted, over which one rate applies. */
export type RateSpan = { from: string; to: string; pct: string };

/**
 * The rates over [first, last], split where the table changes; `surchargePct` is added to each (DE: base rate + 5 or
 * + 9 pp). A day before the table's first entry has no known rate: that is an error, never a silent 0 %.
 */
export function rateSpans(table: RateTable, first: string, last: string, surchargePct = '0'): RateSpan[] {
  const start = table.entries[0]!;
  if (first < start.from) throw new RangeError(`no rate known before ${start.from} in "${table.name}" (interest from ${first})`);
  const spans: RateSpan[] = [];
  table.entries.forEach((entry, i) => {
    const next = table.entries[i + 1];
    const from = entry.from > first ? entry.from : first;
    const to = next && addDays(next.from, -1) < last ? addDays(next.from, -1) : last;
    if (from > to) return;
    const pct = addPct(entry.pct, surchargePct);
    const previous = spans[spans.length - 1];
    // A table entry that repeats the rate (a new half year at the same rate) is no change for the debtor.
    if (previous && previous.pct === pct) previous.to = to;
    else spans.push({ from, to, pct });
  });
  return spans;
}

/** Adds two decimal percentages exactly, in ten-thousandths of a point. */
function addPct(a: string, b: string): string {
  const units = (s: string) => {
    const [whole, frac = ''] = s.split('.');
    return Number(whole) * 10_000 + Number(frac.padEnd(4, '0'));
  };
  const sum = units(a) + units(b);
  const frac = String(sum % 10_000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${Math.floor(sum / 10_000)}.${frac}` : String(Math.floor(sum / 10_000));
}
