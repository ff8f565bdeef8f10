import type { Language } from '../customer/customer';

/**
 * The page the system browser shows when it brings the Microsoft sign-in back to Debitum. Main writes it (the UI's
 * i18n does not reach the browser), in the user's language.
 */
export type SignInPageWords = { title: string; done: string; failed: string };

export const signInPageWords: Record<Language, SignInPageWords> = {
  en: {
    title: 'Debitum',
    done: 'Debitum has your sign-in. You can close this tab and go back to Debitum.',
    failed: 'The sign-in did not complete ({{error}}). Go back to Debitum to try again.',
  },
  nl: {
    title: 'Debitum',
    done: 'Debitum heeft uw aanmelding ontvangen. U kunt dit tabblad sluiten en teruggaan naar Debitum.',
    failed: 'De aanmelding is niet voltooid ({{error}}). Ga terug naar Debitum om het opnieuw te proberen.',
  },
  de: {
    title: 'Debitum',
    done: 'Debitum hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen und zu Debitum zurückkehren.',
    failed: 'Die Anmeldung wurde nicht abgeschlossen ({{error}}). Kehren Sie zu Debitum zurück, um es erneut zu versuchen.',
  },
  fr: {
    title: 'Debitum',
    done: 'Debitum a reçu votre connexion. Vous pouvez fermer cet onglet et revenir à Debitum.',
    failed: 'La connexion n’a pas abouti ({{error}}). Revenez à Debitum pour réessayer.',
  },
};
