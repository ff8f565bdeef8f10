/**
 * EU VAT identification numbers (DOMAIN.md §6). NL, BE and DE are checked down to their check digits because
 * they are the home markets; the other member states are checked by their published format only, so that a
 * valid foreign number is never rejected by a check-digit rule we might have wrong.
 */
import { mod97 } from '../checksum';

export type VatIssueKey = 'errors.vat.format' | 'errors.vat.checksum';

interface VatRule {
  /** Matches the part after the two-letter prefix. */
  readonly body: RegExp;
  /** Given the whole normalised number; absent means format-only. */
  readonly check?: (vat: string) => boolean;
}

// Unicode dashes as well as '-' because numbers are often pasted from PDFs and word processors.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

export function normalizeVat(raw: string): string {
  return raw.toUpperCase().replace(SEPARATORS, '');
}

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Weighted sum of the first eight digits with weights 9..2, the part of the NL 11-test the ninth digit completes. */
function nlWeightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(digits, i) * (9 - i);
  return sum;
}

function nlElevenTest(nineDigits: string): boolean {
  return (nlWeightedSum(nineDigits) - digitAt(nineDigits, 8)) % 11 === 0;
}

function nlValid(vat: string): boolean {
  // Sole traders have had numbers that only satisfy mod 97 since 2020, so either check is enough.
  return nlElevenTest(vat.slice(2, 11)) || mod97(vat) === 1;
}

function beCheck(first8: string): number {
  return 97 - (Number(first8) % 97);
}

function beValid(vat: string): boolean {
  return beCheck(vat.slice(2, 10)) === Number(vat.slice(10, 12));
}

/** ISO 7064 MOD 11,10 check digit over a string of digits. */
function mod1110(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    const sum = (digitAt(digits, i) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

function deValid(vat: string): boolean {
  return mod1110(vat.slice(2, 10)) === digitAt(vat, 10);
}

const RULES: Readonly<Record<string, VatRule>> = {
  AT: { body: /^U\d{8}$/ },
  BE: { body: /^[01]\d{9}$/, check: beValid },
  BG: { body: /^\d{9,10}$/ },
  CY: { body: /^\d{8}[A-Z]$/ },
  CZ: { body: /^\d{8,10}$/ },
  DE: { body: /^\d{9}$/, check: deValid },
  DK: { body: /^\d{8}$/ },
  EE: { body: /^\d{9}$/ },
  // Greece's VAT prefix is EL; GR is accepted because users type the ISO country code.
  EL: { body: /^\d{9}$/ },
  GR: { body: /^\d{9}$/ },
  // The first and last characters may each be a letter or a digit, but not both digits.
  ES: { body: /^(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/ },
  FI: { body: /^\d{8}$/ },
  // The two-character key excludes I and O to avoid confusion with 1 and 0.
  FR: { body: /^[0-9A-HJ-NP-Z]{2}\d{9}$/ },
  HR: { body: /^\d{11}$/ },
  HU: { body: /^\d{8}$/ },
  IE: { body: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/ },
  IT: { body: /^\d{11}$/ },
  LT: { body: /^(?:\d{9}|\d{12})$/ },
  LU: { body: /^\d{8}$/ },
  LV: { body: /^\d{11}$/ },
  MT: { body: /^\d{8}$/ },
  NL: { body: /^\d{9}B\d{2}$/, check: nlValid },
  PL: { body: /^\d{10}$/ },
  PT: { body: /^\d{9}$/ },
  RO: { body: /^[1-9]\d{1,9}$/ },
  SE: { body: /^\d{10}01$/ },
  SI: { body: /^[1-9]\d{7}$/ },
  SK: { body: /^\d{10}$/ },
  // Northern Ireland keeps the UK formats: standard, branch, government department and health authority.
  XI: { body: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/ },
};

/**
 * A number of the country's form to show as an example ("e.g. DE136695976" for a German customer); NL, BE and DE pass
 * their check digits. Null for a country without an EU VAT number.
 */
const EXAMPLES: Readonly<Record<string, string>> = {
  NL: 'NL004495445B01', BE: 'BE0403170701', DE: 'DE136695976', LU: 'LU12345678', FR: 'FR40303265045', AT: 'ATU12345678',
  BG: 'BG123456789', CY: 'CY12345678X', CZ: 'CZ12345678', DK: 'DK12345678', EE: 'EE123456789', ES: 'ESB12345678',
  FI: 'FI12345678', GR: 'EL123456789', HR: 'HR12345678901', HU: 'HU12345678', IE: 'IE1234567T', IT: 'IT12345678901',
  LT: 'LT123456789', LV: 'LV12345678901', MT: 'MT12345678', PL: 'PL1234567890', PT: 'PT123456789', RO: 'RO1234567',
  SE: 'SE123456789001', SI: 'SI12345678', SK: 'SK1234567890',
};

export const vatExample = (country: string): string | null => EXAMPLES[country] ?? null;

/** The prefix as typed (EL or GR for Greece) when it is one we validate, else null. */
export function vatCountry(raw: string): string | null {
  const prefix = normalizeVat(raw).slice(0, 2);
  return Object.hasOwn(RULES, prefix) ? prefix : null;
}

/** Null when the number is blank or valid; otherwise the i18n key describing what is wrong. */
export function vatIssue(raw: string): VatIssueKey | null {
  if (raw.trim() === '') return null;
  const vat = normalizeVat(raw);
  const country = vatCountry(vat);
  const rule = country === null ? undefined : RULES[country];
  if (!rule || !rule.body.test(vat.slice(2))) return 'errors.vat.format';
  if (rule.check && !rule.check(vat)) return 'errors.vat.checksum';
  return null;
}

function requireDigits(first8: string, pattern: RegExp, what: string): void {
  // A malformed base is a bug in the caller (the demo-data generator), not user input, so fail loudly.
  if (!pattern.test(first8)) throw new RangeError(`${what} needs ${pattern.source}, got "${first8}"`);
}

/**
 * A valid NL VAT number (suffix B01) whose ninth digit satisfies the 11-test, or null when the first eight digits
 * leave a remainder of 10, which no single digit can complete.
 */
export function completeNlVat(first8: string): string | null {
  requireDigits(first8, /^\d{8}$/, 'completeNlVat');
  const ninth = nlWeightedSum(first8) % 11;
  return ninth === 10 ? null : `NL${first8}${ninth}B01`;
}

export function completeBeVat(first8: string): string {
  requireDigits(first8, /^[01]\d{7}$/, 'completeBeVat');
  return `BE${first8}${String(beCheck(first8)).padStart(2, '0')}`;
}

export function completeDeVat(first8: string): string {
  requireDigits(first8, /^\d{8}$/, 'completeDeVat');
  return `DE${first8}${mod1110(first8)}`;
}
