import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/customer/customer';
import * as de from './locales/de';
import * as en from './locales/en';
import * as fr from './locales/fr';
import * as nl from './locales/nl';

/*
 * One i18next namespace per domain area, each in locales/<lang>/<area>.ts. A new area (dunning, documents,
 * outbox, reports) is <area>.ts in each of the four languages plus its export line in each <lang>/index.ts;
 * nothing here changes, because the namespaces are read from the English exports.
 */
type Area = keyof typeof en;
const namespaces = Object.keys(en) as Area[];

// Plain copies: i18next keeps the resource objects as its store, and a module namespace object is read-only.
export const resources = { en: { ...en }, nl: { ...nl }, de: { ...de }, fr: { ...fr } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // A list, so that t() takes every namespace's keys behind their namespace name ('customers.title'); the first is the default one.
    defaultNS: readonly ['common', ...Exclude<Area, 'common'>[]];
    nsSeparator: '.';
    resources: typeof en;
  }
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    // The same as the key separator: 'errors.dunning.noLevels' is key dunning.noLevels of namespace errors, so keys read as before and shared/ names its error keys in one string.
    nsSeparator: '.',
    // React escapes what it renders; i18next escaping on top would show &amp; in names like "Müller & Söhne".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Intl locales per UI language: Dutch and German users expect 1.234,56; Belgians too. */
export const intlLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-BE' };
