/**
 * Money is integer cents. These convert at the edge (a form's decimal number) and nowhere else; rounding is
 * half-up (away from zero for negatives), explicit, and immune to binary fractions like 0.29 * 100.
 */
export function unitsToCents(units: number): number {
  if (!Number.isFinite(units)) return Number.NaN;
  const [whole = '0', frac = ''] = Math.abs(units).toFixed(3).split('.');
  const thousandths = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  const cents = Math.floor((thousandths + 5) / 10);
  return units < 0 ? -cents : cents;
}

export function centsToUnits(cents: number): number {
  return cents / 100;
}
