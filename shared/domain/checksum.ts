/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters as A=10 … Z=35, digit by digit so any length is
 * exact. IBANs, RF references, Belgian and Dutch VAT numbers all check with it.
 */
export function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest;
}
