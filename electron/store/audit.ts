import { type AuditEntry, diffFields } from '../../shared/domain/customer/audit';
import type { Actor } from './actor';
import type { DebitumDb } from './db';

const bookkeeping = ['id', 'customerId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'nameKey', 'cityKey', 'creditLimitSort', 'searchWords', 'overLimit', 'openBalanceCents', 'openInvoiceCount', 'creditCents'];

/** One line of a customer's history, for changes that are no field diff (a deletion with its reason, a reversal). */
export const auditEntry = (
  actor: Actor,
  customerId: string,
  entity: AuditEntry['entity'],
  entityId: string,
  field: string,
  oldValue: string,
  newValue: string,
): AuditEntry => ({ id: crypto.randomUUID(), customerId, entity, entityId, field, oldValue, newValue, at: actor.now, by: actor.user });

/**
 * Writes the audit trail of one change; call it inside the write transaction of the change itself, so the record
 * and its history commit together or not at all.
 */
export async function audit(
  db: DebitumDb,
  actor: Actor,
  customerId: string,
  entity: AuditEntry['entity'],
  entityId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  const entry = (field: string, oldValue: string, newValue: string) => auditEntry(actor, customerId, entity, entityId, field, oldValue, newValue);
  const label = (r: Record<string, unknown>) => String(r.name ?? r.street ?? r.number ?? entityId);
  if (!before && after) await db.audit.add(entry('created', '', label(after)));
  else if (before && !after) await db.audit.add(entry('deleted', label(before), ''));
  else if (before && after) {
    const changes = diffFields(before, after, bookkeeping);
    if (changes.length > 0) await db.audit.bulkAdd(changes.map((c) => entry(c.field, c.oldValue, c.newValue)));
  }
}
