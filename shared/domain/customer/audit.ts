import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.string(),
  customerId: z.string(),
  /** Invoices appear when corrected or deleted, payments and credit notes when reversed. */
  entity: z.enum(['customer', 'address', 'contact', 'invoice', 'payment']),
  entityId: z.string(),
  /**
   * 'created' and 'deleted' for whole records, 'reversed' for a reversed payment; otherwise the changed field. A
   * deleted invoice and a reversed payment carry the reason as the new value.
   */
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  at: z.string(),
  by: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Values as a person reads them in a history list: lists comma-separated, small objects as "key: value". */
function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined && x !== '')
      .map(([k, x]) => `${k}: ${show(x)}`)
      .join('; ');
  }
  return String(v);
}

/** The fields that differ between two versions of a record, as old → new text; bookkeeping fields are skipped. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, skip: readonly string[]): { field: string; oldValue: string; newValue: string }[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: { field: string; oldValue: string; newValue: string }[] = [];
  for (const k of keys) {
    if (skip.includes(k)) continue;
    const o = show(before[k]);
    const n = show(after[k]);
    if (o !== n) out.push({ field: k, oldValue: o, newValue: n });
  }
  return out.sort((a, b) => a.field.localeCompare(b.field));
}
