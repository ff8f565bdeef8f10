import type { Translation } from '../translation';

export const mail: Translation['mail'] = {
  provider: {
    label: 'Senden über',
    password: 'SMTP mit Passwort',
    microsoft: 'Microsoft 365 / Outlook.com',
  },
  microsoft: {
    intro: 'Microsoft 365 und Outlook.com nehmen zum Senden kein Passwort an: Sie melden sich im Browser bei Microsoft an. Debitum bewahrt nur die Tokens dieser Anmeldung auf – vom System geschützt, nie in der Einstellungsdatei – und sendet über smtp.office365.com (Port 587, STARTTLS) als das angemeldete Postfach; Microsoft sendet nur als dieses Postfach oder eine Adresse, für die es senden darf.',
    clientId: 'Anwendungs-ID (Client-ID)',
    clientIdOptional: 'Leer: die App-Registrierung von Debitum. Büros, deren Mandant nur eigene Apps zulässt, tragen die ID ihrer App-Registrierung ein.',
    clientIdRequired: 'Die ID Ihrer App-Registrierung in Microsoft Entra ID (App-Registrierungen → Übersicht).',
    registration: 'App-Registrierung: Plattform „Mobile Anwendungen und Desktopanwendungen“ mit dem Umleitungs-URI http://127.0.0.1, „Öffentliche Clientflows zulassen“ an, und die delegierte Berechtigung SMTP.Send (Office 365 Exchange Online); SMTP AUTH muss für das Postfach erlaubt sein. Mandant: common nimmt Geschäfts- und private Konten, organizations nur Geschäftskonten, consumers nur Outlook.com.',
    tenant: 'Mandant',
    tenantHint: 'common, organizations, consumers oder die ID bzw. Domain Ihres Mandanten',
    signIn: 'Mit Microsoft anmelden',
    signInAgain: 'Erneut anmelden',
    waiting: 'Schließen Sie die Anmeldung im Browser ab. Debitum wartet darauf.',
    cancel: 'Abbrechen',
    signedIn: 'Angemeldet als {{account}}',
    signedOut: 'Noch niemand angemeldet.',
    refused: 'Microsoft nimmt die Anmeldung von {{account}} nicht mehr an: bitte erneut anmelden. Bis dahin warten die Nachrichten. Microsoft meldete: {{reason}}',
    changed: 'Client-ID oder Mandant sind nicht die, mit denen sich {{account}} angemeldet hat: bitte erneut anmelden.',
    signOut: 'Abmelden',
    signedOutDone: 'Bei Microsoft abgemeldet',
    signedInDone: 'Angemeldet als {{account}}',
    fromAddressHint: 'Leer: das angemeldete Postfach',
  },
  errors: {
    noClientId: 'Tragen Sie zuerst die Anwendungs-ID (Client-ID) Ihrer App-Registrierung ein.',
    denied: 'Die Anmeldung wurde im Browser abgelehnt.',
    signInFailed: 'Die Anmeldung bei Microsoft ist nicht gelungen: {{reason}}',
    cancelled: 'Die Anmeldung wurde abgebrochen.',
    timeout: 'Der Browser ist nicht innerhalb von 10 Minuten zurückgekehrt. Bitte erneut anmelden.',
    notSignedIn: 'Melden Sie sich zuerst bei Microsoft an (Einstellungen → E-Mail).',
    signInAgain: 'Microsoft bittet Sie, sich erneut anzumelden (Einstellungen → E-Mail): {{reason}}',
  },
};
