/**
 * What a bank transaction is, whatever file it came in: the same booking exported as CAMT.053 and as MT940, or
 * exported again under a new statement number (:20:), must be recognised as the one it is (DESIGN.md, "Ready for
 * several seats": a bank entry's id derives from the transaction). A key is therefore built only from what both
 * formats carry alike — own account, booking date, currency, direction (and reversal), amount, counterparty
 * account, end-to-end id or else structured reference — and never from the statement id, entry reference or
 * position in the file. Identical transactions on one day (two 9.00 card payments) are told apart by their
 * position among the identical ones in the file.
 */
import type { ParsedBankEntry } from '../import/types';
import { sha256Hex } from '../sha256';

export type KeyFields = Pick<
  ParsedBankEntry,
  'accountIban' | 'bookingDate' | 'currency' | 'direction' | 'reversal' | 'amountCents' | 'counterpartyIban' | 'endToEndId' | 'structuredReference'
>;

/** Both formats allow 35 characters for an end-to-end id or reference; a longer one is cut the same way on both. */
const ID_MAX = 35;

/**
 * Whitespace goes and case is folded: MT940 wraps long values at 65 characters (and some banks upper-case all of
 * it), CAMT does neither.
 */
export const keyPart = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/** The end-to-end id the payer's bank passed on, else the structured reference; '' when there is neither. */
export function transactionId(e: Pick<KeyFields, 'endToEndId' | 'structuredReference'>): string {
  const e2e = keyPart(e.endToEndId).slice(0, ID_MAX);
  if (e2e) return `e:${e2e}`;
  const ref = keyPart(e.structuredReference?.value ?? '').slice(0, ID_MAX);
  return ref ? `r:${ref}` : '';
}

/** The key without the position: what identical transactions of one day share. */
export function transactionBase(e: KeyFields): string {
  const mark = `${e.reversal ? 'R' : ''}${e.direction === 'credit' ? 'C' : 'D'}`;
  return [keyPart(e.accountIban), e.bookingDate, e.currency.toUpperCase(), mark, String(e.amountCents), keyPart(e.counterpartyIban), transactionId(e)].join('|');
}

/**
 * Gives every entry of one file its key: the base and the entry's position among the entries of the file with
 * the same base, in file order. Changes the entries in place and returns them.
 */
export function keyTransactions<T extends KeyFields & { entryKey: string }>(entries: T[]): T[] {
  const seen = new Map<string, number>();
  for (const e of entries) {
    const base = transactionBase(e);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    e.entryKey = `${base}|${n}`;
  }
  return entries;
}

/**
 * A bank entry's id: the same transaction gets the same id on every seat, so a second writer collides instead of
 * duplicating. Hashed, as the key runs to some 150 characters; 128 bits keep apart any ledger's entries.
 */
export const bankEntryId = (entryKey: string): string => `bank-${sha256Hex(entryKey).slice(0, 32)}`;
