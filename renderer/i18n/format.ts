import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/customer/customer';
import { intlLocale } from './index';

const cache = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency: string, language: Language): string {
  const key = `${language}|${currency}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale[language], { style: 'currency', currency });
    cache.set(key, f);
  }
  // Cents are integers; dividing by 100 only for display keeps every calculation exact.
  return f.format(cents / 100);
}

const plainCache = new Map<Language, Intl.NumberFormat>();

/** An amount without its currency, with two decimals, as the language writes it (1.234,56): for amount fields. */
export function formatAmount(cents: number, language: Language): string {
  let f = plainCache.get(language);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    plainCache.set(language, f);
  }
  return f.format(cents / 100);
}

export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

export function formatInstant(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** The formatters bound to the UI's current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'en') as Language;
  return {
    language: lang,
    money: (cents: number, currency = 'EUR') => formatMoney(cents, currency, lang),
    date: (d: string) => formatDate(d, lang),
    instant: (iso: string) => formatInstant(iso, lang),
    percent: (r: number) => formatPercent(r, lang),
    country: (code: string) => new Intl.DisplayNames([intlLocale[lang]], { type: 'region' }).of(code) ?? code,
    decimalSeparator: new Intl.NumberFormat(intlLocale[lang]).format(1.5).charAt(1),
    thousandSeparator: new Intl.NumberFormat(intlLocale[lang]).format(1000).charAt(1),
  };
}
