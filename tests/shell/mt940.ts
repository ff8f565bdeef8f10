/**
 * The MT940 twin of camt053.ts: the same test entries as an ING-style SEPA statement (/EREF/, /CNTP/, /REMI/),
 * so a test can bring one day's bookings in both formats, as banks offer them.
 */
import { issuer, OWN, type TestEntry } from './camt053';

const amount = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** A :86: value cut into lines of 65 characters, as banks wrap it (mid-word). */
const wrap = (value: string) => (`:86:${value}`.match(/.{1,65}/g) ?? []).join('\r\n');

export function mt940(statementId: string, entries: TestEntry[], date = '2026-11-20'): string {
  const yymmdd = date.slice(2).replace(/-/g, '');
  const net = entries.reduce((s, e) => s + (e.direction === 'debit' ? -e.amountCents : e.amountCents), 0);
  const lines = [`:20:${statementId}`, `:25:${OWN}EUR`, ':28C:00001', `:60F:C${yymmdd}EUR0,00`];
  entries.forEach((e, i) => {
    const mark = `${e.reversal ? 'R' : ''}${e.direction === 'debit' ? (e.reversal ? 'C' : 'D') : e.reversal ? 'D' : 'C'}`;
    lines.push(`:61:${yymmdd}${yymmdd.slice(2)}${mark}${amount(e.amountCents)}NTRFNONREF//${String(i + 1).padStart(8, '0')}`);
    const remi = e.reference ? `/REMI/STRD/${issuer[e.reference.scheme]}/${e.reference.value}/` : `/REMI/USTD//${e.text ?? ''}/`;
    const e2e = e.endToEndId ?? `E2E-${statementId}-${i + 1}`;
    lines.push(wrap(`/EREF/${e2e}//CNTP/${e.iban ?? 'NL02ABNA0123456789'}/ABNANL2A/${e.name ?? 'Unknown payer'}///${remi}`));
  });
  lines.push(`:62F:${net < 0 ? 'D' : 'C'}${yymmdd}EUR${amount(Math.abs(net))}`, '-');
  return lines.join('\r\n');
}
