import de from '../../../resources/templates/documents/de.json' with { type: 'json' };
import en from '../../../resources/templates/documents/en.json' with { type: 'json' };
import fr from '../../../resources/templates/documents/fr.json' with { type: 'json' };
import nl from '../../../resources/templates/documents/nl.json' with { type: 'json' };
import type { Language } from '../customer/customer';

/** The words a letter prints around the user's text: column heads, totals, page numbers. English is the shape. */
export type LetterLabels = typeof en;
export type CostLabel = keyof LetterLabels['costs'];

export const letterLabels: Record<Language, LetterLabels> = { nl, en, de, fr };

/** Belgian French, as Benelux offices write to French-speaking customers mostly in Belgium. */
export const letterLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-BE' };

/** Fills `{{name}}` slots; a label is the office's own text, so there is no escaping to do. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

const money = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** "€ 1.234,56" in Dutch, "1.234,56 €" in German: Intl decides, cents become units only for display. */
export function formatLetterMoney(cents: number, currency: string, language: Language): string {
  const f = cached(money, `${language}|${currency}`, () => new Intl.NumberFormat(letterLocale[language], { style: 'currency', currency }));
  return f.format(cents / 100);
}

function utcDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** The letter's date, written out: "5 maart 2026", "5. März 2026". */
export function formatLongDate(date: string, language: Language): string {
  const f = cached(dates, `long|${language}`, () => new Intl.DateTimeFormat(letterLocale[language], { dateStyle: 'long', timeZone: 'UTC' }));
  return f.format(utcDay(date));
}

/** Dates in tables, with four-digit years: "05-03-2026", "05.03.2026", "05/03/2026". */
export function formatShortDate(date: string, language: Language): string {
  const f = cached(dates, `short|${language}`, () =>
    new Intl.DateTimeFormat(letterLocale[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(utcDay(date));
}

/** A yearly rate kept as a decimal string ("12.25"), written with the language's decimal sign: "12,25 %". */
export function formatRate(ratePct: string, language: Language): string {
  const decimal = new Intl.NumberFormat(letterLocale[language]).format(1.5).charAt(1);
  const [whole = '0', frac = ''] = ratePct.split('.');
  const digits = frac.replace(/0+$/, '').padEnd(2, '0');
  return `${whole}${decimal}${digits}\u00a0%`;
}
