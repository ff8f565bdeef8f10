/**
 * Structured payment references (DOMAIN.md §6): the Dutch betalingskenmerk, the Belgian OGM/VCS and ISO 11649
 * RF. A bank passes them through untouched, so a payment that carries one can be matched to its invoice without
 * guessing; that is why they are validated strictly and recognised conservatively in free text.
 */

import type { StructuredReference } from '../import/types';
import { mod97 } from '../checksum';

export type { StructuredReference };
export type ReferenceScheme = StructuredReference['scheme'];

// Position 1 from the right gets weight 2; the list repeats for references longer than ten digits.
const NL_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const;

/**
 * Check digit over the fifteen digits that follow it. Only the 16-digit form is supported: Currence also
 * defines shorter kenmerken (7–15 digits) with a length code, but we could not confirm their exact rules, and a
 * wrongly accepted reference would match payments to the wrong invoice.
 */
function nlCheckDigit(fifteen: string): number {
  let sum = 0;
  for (let i = 0; i < fifteen.length; i++) {
    const digit = fifteen.charCodeAt(fifteen.length - 1 - i) - 48;
    sum += digit * (NL_WEIGHTS[i % NL_WEIGHTS.length] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 1 : c === 11 ? 0 : c;
}

export function isValidNlReference(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{16}$/.test(digits)) return false;
  return digits.charCodeAt(0) - 48 === nlCheckDigit(digits.slice(1));
}

/** Prefixes the check digit; throws a RangeError unless given exactly fifteen digits. */
export function makeNlReference(fifteenDigits: string): string {
  if (!/^\d{15}$/.test(fifteenDigits)) throw new RangeError(`NL reference body must be 15 digits: ${fifteenDigits}`);
  return `${nlCheckDigit(fifteenDigits)}${fifteenDigits}`;
}

// Ten digits fit well within 2^53, so plain arithmetic is exact here.
function beCheck(tenDigits: string): number {
  return Number(tenDigits) % 97 || 97;
}

/** Digits of a Belgian reference as people write it: +++010/8068/17183+++, ***…***, with spaces or bare. */
function beDigits(text: string): string {
  return text.trim().replace(/^(?:\+{3}|\*{3})|(?:\+{3}|\*{3})$/g, '').replace(/[\s/]/g, '');
}

export function isValidBeReference(text: string): boolean {
  const digits = beDigits(text);
  if (!/^\d{12}$/.test(digits)) return false;
  return beCheck(digits.slice(0, 10)) === Number(digits.slice(10));
}

/** Appends the two check digits; throws a RangeError unless given exactly ten digits. */
export function makeBeReference(tenDigits: string): string {
  if (!/^\d{10}$/.test(tenDigits)) throw new RangeError(`BE reference body must be 10 digits: ${tenDigits}`);
  return `${tenDigits}${String(beCheck(tenDigits)).padStart(2, '0')}`;
}

/** +++ddd/dddd/ddddd+++ as printed on Belgian transfer forms; input that is not 12 digits comes back trimmed. */
export function formatBeReference(text: string): string {
  const d = beDigits(text);
  if (!/^\d{12}$/.test(d)) return text.trim();
  return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
}

function rfCompact(text: string): string {
  return text.replace(/\s/g, '').toUpperCase();
}

export function isValidRfReference(text: string): boolean {
  const ref = rfCompact(text);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  // 00, 01 and 99 also pass the remainder test (they are 97, 98 and 2 modulo 97), but ISO 11649 only ever
  // issues 02..98; accepting them would let one body have two "valid" references.
  const check = Number(ref.slice(2, 4));
  if (check < 2 || check > 98) return false;
  return mod97(ref.slice(4) + ref.slice(0, 4)) === 1;
}

/** RF + check digits + body; throws a RangeError unless the body is 1–21 letters or digits (spaces ignored). */
export function makeRfReference(body: string): string {
  const b = rfCompact(body);
  if (!/^[A-Z0-9]{1,21}$/.test(b)) throw new RangeError(`RF reference body must be 1-21 letters or digits: ${body}`);
  const check = 98 - mod97(`${b}RF00`);
  return `RF${String(check).padStart(2, '0')}${b}`;
}

/** Groups of four, the form ISO 11649 recommends for print. */
export function formatRfReference(text: string): string {
  const ref = rfCompact(text);
  return ref.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The canonical stored form: digits only for nl and be, uppercase without spaces for rf. */
export function normalizeReference(scheme: ReferenceScheme, text: string): string {
  switch (scheme) {
    case 'nl':
      return text.replace(/\s/g, '');
    case 'be':
      return beDigits(text);
    case 'rf':
      return rfCompact(text);
  }
}

export function isValidReference(scheme: ReferenceScheme, text: string): boolean {
  switch (scheme) {
    case 'nl':
      return isValidNlReference(text);
    case 'be':
      return isValidBeReference(text);
    case 'rf':
      return isValidRfReference(text);
  }
}

/** The printed form: nl in groups of four, be as +++ddd/dddd/ddddd+++, rf in groups of four. */
export function formatReference(scheme: ReferenceScheme, value: string): string {
  switch (scheme) {
    case 'nl': {
      const d = normalizeReference('nl', value);
      return /^\d{16}$/.test(d) ? d.replace(/(\d{4})(?=\d)/g, '$1 ') : value.trim();
    }
    case 'be':
      return formatBeReference(value);
    case 'rf':
      return formatRfReference(value);
  }
}

/**
 * A valid reference for an invoice's sequence number: the number zero-padded into the body (15 digits for nl,
 * 10 for be) or, for rf, the plain decimal number. Throws a RangeError when the number does not fit.
 */
export function makeReference(scheme: ReferenceScheme, invoiceSeq: number): string {
  if (!Number.isSafeInteger(invoiceSeq) || invoiceSeq < 0) {
    throw new RangeError(`Invoice sequence must be a non-negative integer: ${invoiceSeq}`);
  }
  const seq = String(invoiceSeq);
  const width = scheme === 'nl' ? 15 : scheme === 'be' ? 10 : 21;
  if (seq.length > width) throw new RangeError(`Invoice sequence ${seq} does not fit a ${scheme} reference`);
  switch (scheme) {
    case 'nl':
      return makeNlReference(seq.padStart(15, '0'));
    case 'be':
      return makeBeReference(seq.padStart(10, '0'));
    case 'rf':
      return makeRfReference(seq);
  }
}

type Token = { text: string; start: number; end: number };

/** A separator people put inside a reference: one space, slash, dot or dash (groups of 3/4/5 or 4). */
const SOFT_SEPARATOR = /^(?:[ \u00a0\u202f]|[/.-])$/;
/** A country code with check digits: what an IBAN or an RF reference opens with. */
const ACCOUNT_HEAD = /^[A-Z]{2}\d{2}$/i;

function tokens(text: string): Token[] {
  return [...text.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function joinedSoftly(text: string, a: Token, b: Token): boolean {
  return SOFT_SEPARATOR.test(text.slice(a.end, b.start));
}

/**
 * The RF at each "RFnn". Print form is groups of four, so after the head only four-character groups continue
 * it (the last may be shorter); a glued body ("RF18 539007547034") is taken as one group. That keeps the next
 * word of the sentence ("… 7034 invoice") out of the candidates, where it could pass mod 97 by chance. Of the
 * candidates left, the longest valid one wins.
 */
function findRf(text: string, toks: Token[]): StructuredReference | null {
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (!head || !/^RF\d{2}/i.test(head.text)) continue;
    const candidates: string[] = [head.text];
    let acc = head.text;
    let last = head.text;
    for (let j = i + 1; j < toks.length && last.length === 4; j++) {
      const prev = toks[j - 1];
      const tok = toks[j];
      if (!prev || !tok || !/^\s$/.test(text.slice(prev.end, tok.start))) break;
      if (j > i + 1 && tok.text.length > 4) break;
      // A numeric body followed by a short word ("… 7034 dank") ends at the word.
      if (j > i + 1 && /^\d+$/.test(acc.slice(4)) && /[A-Z]/i.test(tok.text)) break;
      acc += tok.text;
      if (acc.length > 25) break;
      candidates.push(acc);
      last = tok.text;
    }
    for (const c of candidates.reverse()) {
      if (isValidRfReference(c)) return { scheme: 'rf', value: rfCompact(c) };
    }
  }
  return null;
}

function findMarkedBe(text: string): StructuredReference | null {
  const marked = /(\+{3}|\*{3})\s*(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})\s*(\+{3}|\*{3})/g;
  for (const m of text.matchAll(marked)) {
    const digits = `${m[2]}${m[3]}${m[4]}`;
    if (isValidBeReference(digits)) return { scheme: 'be', value: digits };
  }
  return null;
}

/**
 * Runs of digit groups joined by single separators, each a place a bare reference may sit. A run right after
 * "BE68" or "RF18" is the rest of an IBAN or RF and is skipped: a Belgian account number carries its own mod-97
 * check and would otherwise always read as a valid OGM.
 */
function digitRuns(text: string, toks: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let skip = false;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    const prev = toks[i - 1];
    if (!tok) continue;
    const continues = prev !== undefined && joinedSoftly(text, prev, tok);
    if (!/^\d+$/.test(tok.text)) {
      if (run.length > 0 && !skip) runs.push(run);
      run = [];
      skip = false;
      continue;
    }
    if (run.length === 0 || !continues) {
      if (run.length > 0 && !skip) runs.push(run);
      run = [];
      skip = continues && prev !== undefined && ACCOUNT_HEAD.test(prev.text);
    }
    run.push(tok);
  }
  if (run.length > 0 && !skip) runs.push(run);
  return runs;
}

function findBare(runs: Token[][], length: number, valid: (digits: string) => boolean): string | null {
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      let digits = '';
      for (let j = i; j < run.length && digits.length < length; j++) digits += run[j]?.text ?? '';
      if (digits.length === length && valid(digits)) return digits;
    }
  }
  return null;
}

/**
 * The first structured reference in free text (a remittance line, a bank statement's description). Explicitly
 * marked forms win over bare digits: RF, then +++…+++ / ***…***, then 16 bare digits (nl), then 12 (be). Bare
 * digits count only as whole groups, so "factuur 12" next to a reference does not get glued onto it.
 */
export function parseStructuredReference(text: string): StructuredReference | null {
  const toks = tokens(text);
  const rf = findRf(text, toks);
  if (rf) return rf;
  const be = findMarkedBe(text);
  if (be) return be;
  const runs = digitRuns(text, toks);
  const nl = findBare(runs, 16, isValidNlReference);
  if (nl) return { scheme: 'nl', value: nl };
  const bareBe = findBare(runs, 12, isValidBeReference);
  if (bareBe) return { scheme: 'be', value: bareBe };
  return null;
}
