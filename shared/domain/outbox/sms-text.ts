import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString as parseMobile } from 'libphonenumber-js/mobile';
import { normalizePhone } from '../customer/phone';
import { sha256Hex } from '../sha256';

/**
 * What an SMS is on the wire (3GPP TS 23.038 / 23.040): a text in the GSM 7-bit alphabet takes 160 characters in
 * one message, 153 per part when it is split (the rest of each part carries the header that joins them); one
 * character outside it (ë, ł, an emoji) sends the whole text as UCS-2: 70 in one, 67 per part, counted in UTF-16
 * units. The extension table's characters (€, [, ] …) cost two septets, and neither an escape pair nor a surrogate
 * pair is split across parts.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

export type SmsLength = { encoding: 'gsm7' | 'ucs2'; characters: number; units: number; segments: number };

const isGsm = (c: string) => GSM_BASIC.includes(c) || GSM_EXTENSION.includes(c);

/** The text's length and how many messages it is sent as. */
export function smsLength(text: string): SmsLength {
  const chars = [...text];
  const gsm = chars.every(isGsm);
  const costs = chars.map((c) => (gsm ? (GSM_EXTENSION.includes(c) ? 2 : 1) : c.length));
  const units = costs.reduce((a, b) => a + b, 0);
  const [single, part] = gsm ? [160, 153] : [70, 67];
  const base = { encoding: gsm ? 'gsm7' : 'ucs2', characters: chars.length, units } as const;
  if (units <= single) return { ...base, segments: units === 0 ? 0 : 1 };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { ...base, segments };
}

export type SenderResult = { ok: true; sender: string } | { ok: false; key: 'outbox.errors.sms.sender' };

/**
 * The sender the phone shows: a name of 3 to 11 letters and digits (networks refuse longer ones, and spaces or
 * accents on many routes), or a phone number written with its country code (+31…), kept in E.164. A sender of
 * digits only is read as a number, since networks treat it as one.
 */
export function checkSender(raw: string): SenderResult {
  const text = raw.trim();
  if (/[A-Za-z]/.test(text)) return /^[A-Za-z0-9]{3,11}$/.test(text) ? { ok: true, sender: text } : { ok: false, key: 'outbox.errors.sms.sender' };
  const number = text.startsWith('+') ? normalizePhone(text, '') : null;
  return number?.ok ? { ok: true, sender: number.e164 } : { ok: false, key: 'outbox.errors.sms.sender' };
}

export type SmsNumberResult = { ok: true; e164: string } | { ok: false; reason: 'invalid' | 'not_mobile' };

/**
 * The number an SMS goes to, in E.164: read as a phone number in the customer's country (as the card stores it),
 * then checked against the mobile ranges of its own country, so a landline is refused by name before anything is
 * sent and paid for. Numbers a country does not tell apart (FIXED_LINE_OR_MOBILE, as in the US) are accepted.
 */
export function smsNumber(raw: string, country: string): SmsNumberResult {
  const phone = normalizePhone(raw, country);
  if (!phone.ok) return { ok: false, reason: 'invalid' };
  const region = country.trim().toUpperCase();
  const type = parseMobile(phone.e164, isSupportedCountry(region) ? (region as CountryCode) : undefined)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? { ok: true, e164: phone.e164 } : { ok: false, reason: 'not_mobile' };
}

/**
 * The reference a gateway gets with an SMS: one-to-one with the outbox message (its hash), 32 letters and digits,
 * because the gateways that take a client reference limit its length and characters (Vonage to 40). None of them
 * promises to refuse a reference it has seen (DOMAIN.md §7); it is what their records can be searched for.
 */
export const smsReference = (messageId: string) => `dbt${sha256Hex(messageId).slice(0, 29)}`;
