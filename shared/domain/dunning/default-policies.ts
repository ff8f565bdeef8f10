import { type DunningLevel, type DunningPolicy, type DunningPolicyInput, dunningPolicySchema } from './policy';
import type { Language } from '../customer/customer';
import type { CustomerKind, Jurisdiction } from './statutory/costs';

type LevelInput = DunningPolicyInput['levels'][number];

const none = { kind: 'none' } as const;
const statutory = { kind: 'statutory' } as const;

/**
 * Level ids double as the keys of the shipped texts (resources/templates/dunning/<lang>.json), so a default policy
 * finds its texts in every language.
 */
const lvl = (id: string, name: string, days: number, payWithinDays: number, over: Partial<LevelInput> = {}): LevelInput => ({
  id,
  name,
  days,
  payWithinDays,
  interest: none,
  costs: none,
  channel: 'email_or_post',
  finalNotice: false,
  fourteenDayLetter: false,
  ...over,
});

const base = { mode: 'invoice', levelOneFrom: 'due_date', toleranceCents: { EUR: 500 }, afterLast: { kind: 'handover' } } as const;

/**
 * The policies that ship, one per law, legally sound as DOMAIN.md §3 says; the office edits them or adds its own.
 * NL consumers: costs only after the 14-day letter's term (the final notice comes 21 days after the letter was
 * delivered: two days to deemed receipt, fourteen days of term, and margin for Sundays and holidays; the engine holds
 * the costs back anyway until the term has passed). BE consumers: the first reminder is free and gives 21 days, so
 * 14 days remain after the third working day. DE: the first reminder puts the debtor in default and costs nothing.
 */
const inputs: DunningPolicyInput[] = [
  {
    ...base,
    id: 'nl-business',
    name: 'NL business',
    law: { country: 'NL', kind: 'business' },
    levels: [
      lvl('polite', 'Reminder', 7, 14),
      lvl('firm', 'Second reminder', 14, 14, { interest: statutory, channel: 'email_and_post' }),
      lvl('final', 'Final notice', 14, 10, { interest: statutory, costs: statutory, channel: 'email_and_post', finalNotice: true }),
    ],
  },
  {
    ...base,
    id: 'nl-consumer',
    name: 'NL consumer',
    law: { country: 'NL', kind: 'consumer' },
    levels: [
      lvl('polite', 'Reminder', 7, 14),
      lvl('nl_fourteen_day', '14-day letter', 14, 14, { interest: statutory, channel: 'email_and_post', fourteenDayLetter: true }),
      lvl('final', 'Final notice', 21, 10, { interest: statutory, costs: statutory, channel: 'email_and_post', finalNotice: true }),
    ],
  },
  {
    ...base,
    id: 'be-business',
    name: 'BE business',
    law: { country: 'BE', kind: 'business' },
    levels: [
      lvl('polite', 'Reminder', 7, 14),
      lvl('firm', 'Second reminder', 14, 14, { interest: statutory, costs: statutory, channel: 'email_and_post' }),
      lvl('final', 'Final notice', 14, 10, { interest: statutory, channel: 'email_and_post', finalNotice: true }),
    ],
  },
  {
    ...base,
    id: 'be-consumer',
    name: 'BE consumer',
    law: { country: 'BE', kind: 'consumer' },
    levels: [
      lvl('be_first_free', 'Free first reminder', 7, 21),
      lvl('firm', 'Second reminder', 21, 14, { interest: statutory, costs: statutory, channel: 'email_and_post' }),
      lvl('final', 'Final notice', 14, 10, { interest: statutory, channel: 'email_and_post', finalNotice: true }),
    ],
  },
  {
    ...base,
    id: 'de-business',
    name: 'DE business',
    law: { country: 'DE', kind: 'business' },
    levels: [
      lvl('de_first', 'Payment reminder', 7, 10),
      lvl('firm', 'Second reminder', 14, 10, { interest: statutory, costs: statutory }),
      lvl('final', 'Final notice', 14, 7, { interest: statutory, channel: 'email_and_post', finalNotice: true }),
    ],
  },
  {
    ...base,
    id: 'de-consumer',
    name: 'DE consumer',
    law: { country: 'DE', kind: 'consumer' },
    levels: [
      lvl('de_first', 'Payment reminder', 7, 10),
      // Courts accept about 2.50 EUR for material and postage of a later reminder.
      lvl('firm', 'Second reminder', 14, 10, { interest: statutory, costs: { kind: 'fixed', amountCents: 250 } }),
      lvl('final', 'Final notice', 14, 7, { interest: statutory, costs: { kind: 'fixed', amountCents: 250 }, channel: 'email_and_post', finalNotice: true }),
    ],
  },
];

export const defaultPolicies: DunningPolicy[] = inputs.map((p) => dunningPolicySchema.parse(p));

/** The shipped policies' names in the office's language: they are the office's until it renames them. */
const shippedWords: Record<Language, { kinds: Record<CustomerKind, string>; levels: Record<string, string> }> = {
  en: {
    kinds: { business: 'business', consumer: 'consumer' },
    levels: { polite: 'Reminder', firm: 'Second reminder', final: 'Final notice', nl_fourteen_day: '14-day letter', be_first_free: 'Free first reminder', de_first: 'Payment reminder' },
  },
  nl: {
    kinds: { business: 'zakelijk', consumer: 'consument' },
    levels: { polite: 'Herinnering', firm: 'Tweede herinnering', final: 'Laatste aanmaning', nl_fourteen_day: 'Veertiendagenbrief', be_first_free: 'Kosteloze eerste herinnering', de_first: 'Betalingsherinnering' },
  },
  de: {
    kinds: { business: 'Geschäftskunden', consumer: 'Verbraucher' },
    levels: { polite: 'Zahlungserinnerung', firm: 'Zweite Mahnung', final: 'Letzte Mahnung', nl_fourteen_day: '14-Tage-Brief', be_first_free: 'Kostenlose erste Erinnerung', de_first: 'Zahlungserinnerung' },
  },
  fr: {
    kinds: { business: 'entreprises', consumer: 'consommateurs' },
    levels: { polite: 'Rappel', firm: 'Deuxième rappel', final: 'Mise en demeure', nl_fourteen_day: 'Lettre de 14 jours', be_first_free: 'Premier rappel gratuit', de_first: 'Rappel de paiement' },
  },
};

/** The shipped policies named in a language; ids stay, so edits, texts and issued reminders keep pointing at them. */
export function shippedPolicies(language: Language): DunningPolicy[] {
  const words = shippedWords[language];
  return defaultPolicies.map((p) => ({
    ...p,
    name: `${p.law.country} ${words.kinds[p.law.kind]}`,
    levels: p.levels.map((l) => ({ ...l, name: words.levels[l.id] ?? l.name })),
  }));
}

/**
 * The policy a customer gets when its card names none: the default for its country and kind; customers abroad get
 * the one of the office's own country (the law of the creditor's contract).
 */
export function defaultPolicyFor(country: string, kind: CustomerKind, officeCountry: Jurisdiction): DunningPolicy {
  const law = country === 'NL' || country === 'BE' || country === 'DE' ? country : officeCountry;
  return defaultPolicies.find((p) => p.law.country === law && p.law.kind === kind)!;
}

export const levelOf = (policy: DunningPolicy, level: number): DunningLevel | undefined => policy.levels[level - 1];
