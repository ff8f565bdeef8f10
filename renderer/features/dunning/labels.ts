import { useTranslation } from 'react-i18next';
import type { DunningChannel } from '../../../shared/domain/dunning/policy';
import type { RunLeftOut, RunReminder } from '../../../shared/domain/dunning/records';
import { useFormat } from '../../i18n/format';

/** The words the dunning screens share: channels, reasons, levels and the charges of a reminder. */
export function useDunningWords() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return {
    channel: (c: DunningChannel) => t(`dunning.channels.${c}`),
    reason: (l: Pick<RunLeftOut, 'reason' | 'until' | 'note'>) => t(`dunning.reasons.${l.reason}`, { until: l.until ? fmt.date(l.until) : '', note: l.note ?? '' }),
    level: (r: Pick<RunReminder, 'level' | 'levelName'>) => t('dunning.level', { level: r.level, name: r.levelName }),
  };
}

/** A reminder's money: open principal, interest and costs (this and earlier reminders) over its items. */
export function chargesOf(r: Pick<RunReminder, 'items' | 'statementCostsCents'>) {
  let principal = 0;
  let interest = 0;
  let costs = r.statementCostsCents;
  for (const i of r.items) {
    principal += i.openCents;
    interest += i.charges.interest.interestCents;
    costs += i.charges.costs.costsCents + i.charges.costs.vatCents + i.charges.earlierCostsCents;
  }
  return { principal, interest, costs };
}

export const channelOptions = (word: (c: DunningChannel) => string) =>
  (['email', 'post', 'email_and_post', 'email_or_post', 'sms', 'phone'] as const).map((c) => ({ value: c, label: word(c) }));
