import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/customer/customer';
import { de } from './locales/de';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { nl } from './locales/nl';

export const resources = { en: { translation: en }, nl: { translation: nl }, de: { translation: de }, fr: { translation: fr } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; i18next escaping on top would show &amp; in names like "Müller & Söhne".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Intl locales per UI language: Dutch and German users expect 1.234,56; Belgians too. */
export const intlLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-BE' };
