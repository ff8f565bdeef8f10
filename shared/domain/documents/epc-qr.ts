import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import type { StructuredReference } from '../payment/reference';

/** EPC069-12 ("GiroCode"): amounts from 0.01 to 999,999,999.99 EUR, a payload of at most 331 bytes. */
export const EPC_MAX_CENTS = 99_999_999_999;
const MAX_PAYLOAD_BYTES = 331;

export type EpcPayment = {
  name: string;
  iban: string;
  bic: string;
  currency: string;
  amountCents: number;
  reference: StructuredReference | null;
  /** Unstructured text for the payer's statement, used when there is no structured reference. */
  text: string;
};

export type EpcResult = { ok: true; payload: string } | { ok: false; reason: 'currency' | 'amount' | 'iban' | 'bic' | 'name' | 'too_long' };

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** `EUR12.30`: a point, two decimals, no separators. */
const epcAmount = (cents: number) => `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * Which reference goes where: an RF creditor reference and the Belgian OGM/VCS digits in the structured field, which
 * banks match automatically; a Dutch betalingskenmerk in the text field, as Dutch banking apps read it from the
 * description when scanning (the structured field is defined for ISO 11649 only).
 */
function remittance(p: EpcPayment): { structured: string; text: string } {
  if (p.reference?.scheme === 'rf' || p.reference?.scheme === 'be') return { structured: p.reference.value, text: '' };
  const text = p.reference?.scheme === 'nl' ? p.reference.value : p.text;
  return { structured: '', text: text.slice(0, 140) };
}

/** The payload of an EPC QR code (version 002, UTF-8, SEPA credit transfer), or why a letter must print none. */
export function epcPayload(p: EpcPayment): EpcResult {
  if (p.currency !== 'EUR') return { ok: false, reason: 'currency' };
  if (!Number.isSafeInteger(p.amountCents) || p.amountCents < 1 || p.amountCents > EPC_MAX_CENTS) return { ok: false, reason: 'amount' };
  const iban = electronicFormatIBAN(p.iban) ?? '';
  if (!isValidIBAN(iban)) return { ok: false, reason: 'iban' };
  const bic = p.bic.trim().toUpperCase();
  if (bic && !isValidBIC(bic)) return { ok: false, reason: 'bic' };
  const name = p.name.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, reason: 'name' };
  const { structured, text } = remittance(p);
  const head = ['BCD', '002', '1', 'SCT', bic, [...name].slice(0, 70).join(''), iban, epcAmount(p.amountCents), '', structured];
  // A free text is a courtesy: it is shortened (by characters, never mid-character) to keep the code within 331 bytes.
  let chars = [...text];
  const join = (t: string) => {
    const lines = [...head, t];
    // Trailing empty lines may be left out; the lines before the last one used must be present.
    while (lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  };
  while (chars.length > 0 && bytes(join(chars.join(''))) > MAX_PAYLOAD_BYTES) chars = chars.slice(0, -1);
  const payload = join(chars.join(''));
  return bytes(payload) <= MAX_PAYLOAD_BYTES ? { ok: true, payload } : { ok: false, reason: 'too_long' };
}
