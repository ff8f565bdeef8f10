import { MAX_AMOUNT_CENTS } from './money';

export type AmountReading =
  | { ok: true; cents: number; ambiguous: boolean }
  | { ok: false; reason: 'empty' | 'invalid' | 'too_many_decimals' | 'out_of_range' };

const digitsOnly = /^\d+$/;

/** Whether `groups` are thousands groups: a first group of 1–3 digits, then groups of exactly 3. */
const isGrouped = (groups: string[]) => groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

function toCents(whole: string, fraction: string): number {
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

/**
 * Reads an amount the way people type it, in any of the app's languages: "5.000" and "5 000" are five thousand,
 * "1.250,00" and "1,250.00" twelve hundred and fifty, "12,5" and "12.50" twelve and a half. The one reading that
 * can fool a user — a single separator before exactly three digits, where that separator is the decimal mark of
 * their language ("5,000" in Dutch, "5.000" in English) — is read as thousands, as money has two decimals, and
 * flagged ambiguous so the form shows what it understood before it is saved.
 */
export function readAmount(text: string, decimalMark: ',' | '.'): AmountReading {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^(€|EUR)|(€|EUR)$/gi, '');
  if (!compact) return { ok: false, reason: 'empty' };
  const negative = compact.startsWith('-');
  const body = negative ? compact.slice(1) : compact;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, reason: 'invalid' };
  const reading = readUnsigned(body, decimalMark);
  if (!reading.ok) return reading;
  if (reading.cents > MAX_AMOUNT_CENTS) return { ok: false, reason: 'out_of_range' };
  return { ...reading, cents: negative ? -reading.cents : reading.cents };
}

function readUnsigned(body: string, decimalMark: ',' | '.'): AmountReading {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return { ok: true, cents: toCents(body, ''), ambiguous: false };
  // Both marks: the last one is the decimal mark, the other groups thousands.
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = lastDot > lastComma ? '.' : ',';
    const [intPart, fraction = ''] = [body.slice(0, body.lastIndexOf(mark)), body.slice(body.lastIndexOf(mark) + 1)];
    const groups = intPart.split(mark === '.' ? ',' : '.');
    if (!isGrouped(groups) || !digitsOnly.test(fraction)) return { ok: false, reason: 'invalid' };
    if (fraction.length > 2) return { ok: false, reason: 'too_many_decimals' };
    return { ok: true, cents: toCents(groups.join(''), fraction), ambiguous: false };
  }
  const mark = lastDot >= 0 ? '.' : ',';
  const parts = body.split(mark);
  if (parts.some((p) => p === '')) return { ok: false, reason: 'invalid' };
  if (parts.length > 2) return isGrouped(parts) ? { ok: true, cents: toCents(parts.join(''), ''), ambiguous: false } : { ok: false, reason: 'invalid' };
  const [whole, tail] = parts as [string, string];
  if (tail.length <= 2) return { ok: true, cents: toCents(whole, tail), ambiguous: false };
  if (tail.length === 3 && isGrouped(parts)) return { ok: true, cents: toCents(whole + tail, ''), ambiguous: mark === decimalMark };
  return { ok: false, reason: 'too_many_decimals' };
}
