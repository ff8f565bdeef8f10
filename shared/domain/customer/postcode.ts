// Pasted postcodes carry non-breaking spaces and the old "B-1000" / "D-10115" country prefixes from address labels.
const squeeze = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** Puts a postcode in its country's usual notation; what cannot be read is returned trimmed for the check to flag. */
export function normalizePostcode(raw: string, country: string): string {
  const trimmed = raw.trim();
  const s = squeeze(raw);
  switch (country.trim().toUpperCase()) {
    case 'NL': {
      const m = /^(\d{4})([A-Z]{2})$/.exec(s);
      return m ? `${m[1]} ${m[2]}` : trimmed;
    }
    case 'BE': {
      const digits = s.replace(/^BE?-?/, '');
      return /^\d{4}$/.test(digits) ? digits : trimmed;
    }
    case 'DE': {
      const digits = s.replace(/^DE?-?/, '');
      return /^\d{5}$/.test(digits) ? digits : trimmed;
    }
    default:
      return trimmed;
  }
}

/**
 * Checks the postcode in the notation normalizePostcode produces, so whatever it can repair is accepted. Blank is
 * allowed: the postcode is optional. Countries without a rule here are not checked.
 */
export function postcodeIssue(raw: string, country: string): 'errors.postcode.format' | null {
  const p = normalizePostcode(raw, country);
  if (p === '') return null;
  let ok: boolean;
  switch (country.trim().toUpperCase()) {
    case 'NL':
      // SA, SD and SS are never issued (historical connotations).
      ok = /^[1-9][0-9]{3} ?[A-Z]{2}$/.test(p) && !/(SA|SD|SS)$/.test(p);
      break;
    case 'BE':
      ok = /^[1-9][0-9]{3}$/.test(p);
      break;
    case 'DE': {
      // 00xxx was never assigned; the lowest code is 01001 (Dresden area) and the highest 99998.
      ok = /^[0-9]{5}$/.test(p) && Number(p) >= 1001 && Number(p) <= 99998;
      break;
    }
    default:
      ok = true;
  }
  return ok ? null : 'errors.postcode.format';
}
