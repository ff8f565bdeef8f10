import type { Translation } from '../translation';

export const mail: Translation['mail'] = {
  provider: {
    label: 'Versturen met',
    password: 'SMTP met wachtwoord',
    microsoft: 'Microsoft 365 / Outlook.com',
  },
  microsoft: {
    intro: 'Microsoft 365 en Outlook.com accepteren geen wachtwoord om te versturen: u meldt zich in uw browser aan bij Microsoft. Debitum bewaart alleen de tokens van die aanmelding, beveiligd door het systeem en nooit in het instellingenbestand, en verstuurt via smtp.office365.com (poort 587, STARTTLS) als de aangemelde mailbox — Microsoft verstuurt alleen als die mailbox of een adres waarvoor die mag verzenden.',
    clientId: 'Toepassings-ID (client-ID)',
    clientIdOptional: 'Leeg: de eigen app-registratie van Debitum. Kantoren waarvan de tenant alleen eigen apps toelaat, vullen de ID van hun app-registratie in.',
    clientIdRequired: 'De ID van uw app-registratie in Microsoft Entra ID (App-registraties → Overzicht).',
    registration: 'App-registratie: platform ‘Mobiele en desktoptoepassingen’ met omleidings-URI http://127.0.0.1, ‘Openbare clientstromen toestaan’ aan, en de gedelegeerde machtiging SMTP.Send (Office 365 Exchange Online); SMTP AUTH moet voor de mailbox zijn toegestaan. Tenant: common neemt werk- en persoonlijke accounts, organizations alleen werkaccounts, consumers alleen Outlook.com.',
    tenant: 'Tenant',
    tenantHint: 'common, organizations, consumers, of de ID of het domein van uw tenant',
    signIn: 'Aanmelden bij Microsoft',
    signInAgain: 'Opnieuw aanmelden',
    waiting: 'Rond de aanmelding af in uw browser. Debitum wacht daarop.',
    cancel: 'Annuleren',
    signedIn: 'Aangemeld als {{account}}',
    signedOut: 'Er is nog niemand aangemeld.',
    refused: 'Microsoft accepteert de aanmelding van {{account}} niet meer: meld u opnieuw aan. Tot die tijd wachten de berichten. Microsoft meldde: {{reason}}',
    changed: 'De client-ID of tenant is niet die waarmee {{account}} zich heeft aangemeld: meld u opnieuw aan.',
    signOut: 'Afmelden',
    signedOutDone: 'Afgemeld bij Microsoft',
    signedInDone: 'Aangemeld als {{account}}',
    fromAddressHint: 'Leeg: de aangemelde mailbox',
  },
  errors: {
    noClientId: 'Vul eerst de toepassings-ID (client-ID) van uw app-registratie in.',
    denied: 'De aanmelding is in de browser geweigerd.',
    signInFailed: 'De aanmelding bij Microsoft is niet gelukt: {{reason}}',
    cancelled: 'De aanmelding is geannuleerd.',
    timeout: 'De browser is niet binnen 10 minuten teruggekomen. Meld u opnieuw aan.',
    notSignedIn: 'Meld u eerst aan bij Microsoft (Instellingen → E-mail).',
    signInAgain: 'Microsoft vraagt u opnieuw aan te melden (Instellingen → E-mail): {{reason}}',
  },
};
