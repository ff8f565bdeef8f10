/**
 * The same bank transaction coming in twice: once as CAMT.053 and once as MT940, or exported again under a new
 * statement number. Its key (transaction-key.ts) says what it is, so an entry whose key is already known is
 * certainly the one imported before. When the two files do not carry the same details — one names the
 * counterparty's account, the other does not; one has the end-to-end id, the other only a reference — the keys
 * differ although the transaction may be the same: same account, day, currency, direction and amount, and nothing
 * that contradicts. Such an entry is a *possible* duplicate: it is shown for the user to decide, never booked on
 * its own and never dropped without a word.
 */
import type { ParsedBankEntry } from '../import/types';
import { keyPart, type KeyFields } from './transaction-key';

/** A bank entry the ledger holds, near the entries of an import (same account and booking date). */
export type KnownEntry = KeyFields & {
  entryKey: string;
  /** The file it came in with, and when; for the preview's "already imported (from …, …)". */
  file: string;
  importedAt: string;
};

export type EntryTwin = {
  /** The same key: the same transaction. Otherwise nothing contradicts, but a detail is missing on one side. */
  certain: boolean;
  entryKey: string;
  file: string;
  /** When the twin was imported; null when it is an earlier entry of this same import. */
  importedAt: string | null;
};

export type StatementToCheck = { name: string; entries: ParsedBankEntry[] };

/** `statement`: the index of the import's file it is in, -1 for a known one. */
type Candidate = KeyFields & { entryKey: string; file: string; importedAt: string | null; statement: number; claimed: boolean };

/** What two entries of one transaction must share whatever the format. */
const sameBooking = (e: KeyFields): string =>
  [keyPart(e.accountIban), e.bookingDate, e.currency.toUpperCase(), e.reversal ? 'R' : '', e.direction, e.amountCents].join('|');

/** Two values contradict only when both are known and differ; one side missing is no contradiction. */
const clash = (a: string, b: string): boolean => {
  const [x, y] = [keyPart(a), keyPart(b)];
  return x !== '' && y !== '' && x !== y;
};

function compatible(a: KeyFields, b: KeyFields): boolean {
  return (
    !clash(a.counterpartyIban, b.counterpartyIban) &&
    !clash(a.endToEndId, b.endToEndId) &&
    !clash(a.structuredReference?.value ?? '', b.structuredReference?.value ?? '')
  );
}

/**
 * For every entry of every statement, in order, its twin or null (new). Candidates are the known entries and the
 * earlier entries of the import that are not themselves certain duplicates; entries of one file are never
 * possible twins of each other, as one export lists a transaction once. A certain twin is found by key; a
 * possible one is the first unclaimed candidate of the same booking that nothing contradicts. A candidate is the twin
 * of one entry at most (a certain twin is claimed too), so two new entries cannot both hide behind one old one.
 */
export function findTwins(statements: StatementToCheck[], known: KnownEntry[]): (EntryTwin | null)[][] {
  const byKey = new Map<string, Candidate>();
  const byBooking = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    byKey.set(c.entryKey, c);
    const list = byBooking.get(sameBooking(c)) ?? [];
    list.push(c);
    byBooking.set(sameBooking(c), list);
  };
  for (const k of known) add({ ...k, statement: -1, claimed: false });

  return statements.map((statement, index) =>
    statement.entries.map((entry): EntryTwin | null => {
      const twinOf = (c: Candidate, certain: boolean): EntryTwin => ({ certain, entryKey: c.entryKey, file: c.file, importedAt: c.importedAt });
      const same = byKey.get(entry.entryKey);
      if (same) {
        // Accounted for: it can no longer be the possible twin of another entry.
        same.claimed = true;
        return twinOf(same, true);
      }
      const possible = (byBooking.get(sameBooking(entry)) ?? []).find((c) => !c.claimed && c.statement !== index && compatible(c, entry));
      add({ ...entry, file: statement.name, importedAt: null, statement: index, claimed: false });
      if (!possible) return null;
      possible.claimed = true;
      return twinOf(possible, false);
    }),
  );
}
