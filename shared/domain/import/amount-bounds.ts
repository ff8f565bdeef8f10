import { AMOUNT_RANGE, isAmountInRange } from '../money/money';
import type { ParsedBankEntry, ParseResult } from './types';

/**
 * Bank entries whose amount is beyond what the ledger books (MAX_AMOUNT_CENTS) become an error on their line,
 * like any other unreadable entry, so no payment can push a sum past what a double holds exactly.
 */
export function refuseOutOfRangeEntries<R extends ParseResult<ParsedBankEntry> & { format: string }>(result: R): R {
  const bad = result.items.filter((e) => !isAmountInRange(e.amountCents));
  if (bad.length === 0) return result;
  const field = result.format === 'mt940' ? ':61:' : 'Ntry/Amt';
  const issues = bad.map((e) => ({
    severity: 'error' as const,
    line: e.line,
    field,
    key: 'errors.import.amountOutOfRange',
    params: { field, value: (e.amountCents / 100).toFixed(2) },
    message: `${field} ${(e.amountCents / 100).toFixed(2)} is not ${AMOUNT_RANGE}.`,
  }));
  const items = result.items.filter((e) => isAmountInRange(e.amountCents));
  return { ...result, items, issues: [...result.issues, ...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
