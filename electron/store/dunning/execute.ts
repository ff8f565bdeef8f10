import { chooseText } from '../../../shared/domain/dunning/texts';
import { attemptAt } from '../../../shared/domain/dunning/schedule';
import type { SentBy } from '../../../shared/domain/dunning/statutory/receipt';
import { type DunningChannel } from '../../../shared/domain/dunning/policy';
import { dunningFigures, type RunLeftOut, type RunReminder } from '../../../shared/domain/dunning/records';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import type { Actor } from '../actor';
import type { BlockRecord, DossierRecord, ReminderItemRecord, ReminderRecord, RunRecord } from '../db';
import { dossierEntry } from '../invoice/dossier';
import type { DunningConfig } from './config';
import { factsOf } from './memory';

/** How a reminder on this channel is presumed to travel until its delivery says otherwise (deemed receipt differs). */
export const sentByOf = (channel: DunningChannel): SentBy => (channel === 'post' || channel === 'email_and_post' ? 'post' : 'email');

const STATUTORY_RULES = new Set(['nl-wik', 'be-consumer', 'b2b-flat']);

/** The reminders an executed run issues: the review's proposal, frozen with the text it will say. */
export function reminderRecords(run: RunRecord, proposed: RunReminder[], config: DunningConfig, actor: Actor): ReminderRecord[] {
  return proposed.map((r) => {
    const chosen = chooseText(config.texts, { language: r.language, levelId: r.levelId, profile: r.profile });
    return {
      ...r,
      runId: run.id,
      runDate: run.runDate,
      invoiceIds: r.items.map((i) => i.invoiceId),
      template: chosen?.text ?? null,
      state: 'to_deliver',
      deliveredOn: null,
      via: null,
      recipient: null,
      createdAt: actor.now,
      createdBy: actor.user,
    };
  });
}

/**
 * Each invoice's part in each reminder, as the engine reads it back. A statement's costs are charged once, on the
 * invoice at the statement's level, so a later reminder knows statutory costs were claimed.
 */
export function itemRecords(reminders: ReminderRecord[], items: Map<string, ReminderItemRecord[]>, config: DunningConfig): ReminderItemRecord[] {
  const out: ReminderItemRecord[] = [];
  for (const r of reminders) {
    const statementCostsStatutory = config.policies.get(r.policyId)?.levels[r.level - 1]?.costs.kind === 'statutory';
    const carrier = r.items.find((i) => i.advancesTo === r.level) ?? r.items[0];
    for (const i of r.items) {
      const costs = i.charges.costs.costsCents + i.charges.costs.vatCents + (i === carrier ? r.statementCostsCents : 0);
      const statutory = i === carrier && r.statementCostsCents > 0 ? statementCostsStatutory : STATUTORY_RULES.has(i.charges.costs.rule);
      const perInvoice = !r.id.startsWith('rem:customer:');
      out.push({
        id: `${r.id}:${i.invoiceId}`,
        reminderId: r.id,
        invoiceId: i.invoiceId,
        customerId: r.customerId,
        runDate: r.runDate,
        level: i.advancesTo,
        attempt: perInvoice || i.advancesTo === null ? r.attempt : attemptAt(factsOf(items.get(i.invoiceId)), i.advancesTo),
        state: 'to_deliver',
        deliveredOn: null,
        sentBy: sentByOf(r.channel),
        statutoryCostsCents: statutory ? costs : 0,
        feeCents: statutory ? 0 : costs,
        fourteenDayLetter: r.fourteenDayLetter,
      });
    }
  }
  return out;
}

/** Invoices with their dunning figures recomputed from all their items that advanced them, old and new. */
export function withFigures(invoices: Invoice[], items: Map<string, ReminderItemRecord[]>, added: ReminderItemRecord[]): Invoice[] {
  const byInvoice = new Map<string, ReminderItemRecord[]>();
  for (const i of added) byInvoice.set(i.invoiceId, [...(byInvoice.get(i.invoiceId) ?? []), i]);
  return invoices.map((inv) => {
    const mine = [...(items.get(inv.id) ?? []).filter((i) => !byInvoice.get(inv.id)?.some((a) => a.id === i.id)), ...(byInvoice.get(inv.id) ?? [])];
    const counted = mine.filter((i): i is ReminderItemRecord & { level: number } => i.level !== null);
    return { ...inv, ...dunningFigures(counted) };
  });
}

/** One dossier entry per invoice per reminder: the level's name, as the user named it in the policy. */
export function reminderDossier(reminders: RunReminder[], actor: Actor): DossierRecord[] {
  return reminders.flatMap((r) => r.items.map((i) => dossierEntry({ id: i.invoiceId, customerId: r.customerId }, 'reminder', r.levelName, actor)));
}

/** After the last level a hand-over policy blocks the invoice, so it is listed for the collection agency and dunned no more. */
export function handoverBlocks(leftOut: RunLeftOut[], existing: Map<string, BlockRecord>, actor: Actor): BlockRecord[] {
  return leftOut
    .filter((l) => l.reason === 'handover' && !existing.has(`block:handover:${l.invoiceId}`))
    .map((l) => ({
      id: `block:handover:${l.invoiceId}`,
      scope: 'invoice',
      targetId: l.invoiceId,
      customerId: l.customerId,
      reason: '',
      until: null,
      handover: true,
      createdAt: actor.now,
      createdBy: actor.user,
      liftedAt: null,
      liftedBy: null,
    }));
}
