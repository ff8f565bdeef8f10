// The default (min) metadata, not /max: max also checks number ranges and rejects plausible numbers whose block is
// not (yet) assigned, e.g. Brussels 02 1xx xx xx; a credit-control app must not refuse a number the customer uses.
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string; display: string /* international format */ } | { ok: false; key: 'errors.phone.invalid' };

const invalid: PhoneResult = { ok: false, key: 'errors.phone.invalid' };

// libphonenumber extracts a number from surrounding text and drops the rest ("ext 12", "ask for Jan"); anything
// beyond the usual separators is refused instead, so nothing the user typed is silently lost.
const phoneChars = /^[\d\s+()\-./]+$/;

const countryOrUndefined = (country: string): CountryCode | undefined => {
  const c = country.trim().toUpperCase();
  return isSupportedCountry(c) ? c : undefined;
};

/**
 * Reads a number as the user typed it. National notation is read in the customer's country; a number written
 * with its own country code (+49…, 0049…) keeps that country, whatever the customer's country is.
 */
export function normalizePhone(raw: string, defaultCountry: string): PhoneResult {
  const text = raw.trim();
  if (!phoneChars.test(text)) return invalid;
  const parsed = parsePhoneNumberFromString(text, countryOrUndefined(defaultCountry));
  if (!parsed?.isValid()) return invalid;
  return { ok: true, e164: parsed.number, display: parsed.formatInternational() };
}

/**
 * International display of a stored number. Values that are not E.164 (free text from before numbers were
 * normalised, or imported as is) are shown unchanged rather than hidden.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164.trim());
  return parsed?.isValid() ? parsed.formatInternational() : e164;
}
