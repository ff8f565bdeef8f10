import type { Translation } from '../translation';

export const mail: Translation['mail'] = {
  provider: {
    label: 'Envoyer avec',
    password: 'SMTP avec mot de passe',
    microsoft: 'Microsoft 365 / Outlook.com',
  },
  microsoft: {
    intro: 'Microsoft 365 et Outlook.com n’acceptent pas de mot de passe pour l’envoi : vous vous connectez à Microsoft dans votre navigateur. Debitum ne garde que les jetons de cette connexion, protégés par le système et jamais dans le fichier de paramètres, et envoie par smtp.office365.com (port 587, STARTTLS) au nom de la boîte aux lettres connectée — Microsoft n’envoie qu’au nom de cette boîte ou d’une adresse pour laquelle elle peut envoyer.',
    clientId: 'ID d’application (client)',
    clientIdOptional: 'Vide : l’inscription d’application de Debitum. Les bureaux dont le locataire n’admet que ses propres applications saisissent l’ID de leur inscription.',
    clientIdRequired: 'L’ID de votre inscription d’application dans Microsoft Entra ID (Inscriptions d’applications → Vue d’ensemble).',
    registration: 'Inscription d’application : plateforme « Applications mobiles et de bureau » avec l’URI de redirection http://127.0.0.1, « Autoriser les flux de clients publics » activé, et l’autorisation déléguée SMTP.Send (Office 365 Exchange Online) ; SMTP AUTH doit être autorisé pour la boîte aux lettres. Locataire : common accepte les comptes professionnels et personnels, organizations les comptes professionnels seulement, consumers Outlook.com seulement.',
    tenant: 'Locataire',
    tenantHint: 'common, organizations, consumers, ou l’ID ou le domaine de votre locataire',
    signIn: 'Se connecter avec Microsoft',
    signInAgain: 'Se reconnecter',
    waiting: 'Terminez la connexion dans votre navigateur. Debitum l’attend.',
    cancel: 'Annuler',
    signedIn: 'Connecté en tant que {{account}}',
    signedOut: 'Personne n’est encore connecté.',
    refused: 'Microsoft n’accepte plus la connexion de {{account}} : reconnectez-vous. D’ici là, les messages attendent. Microsoft a répondu : {{reason}}',
    changed: 'L’ID client ou le locataire n’est pas celui avec lequel {{account}} s’est connecté : reconnectez-vous.',
    signOut: 'Se déconnecter',
    signedOutDone: 'Déconnecté de Microsoft',
    signedInDone: 'Connecté en tant que {{account}}',
    fromAddressHint: 'Vide : la boîte aux lettres connectée',
  },
  errors: {
    noClientId: 'Saisissez d’abord l’ID d’application (client) de votre inscription d’application.',
    denied: 'La connexion a été refusée dans le navigateur.',
    signInFailed: 'La connexion à Microsoft n’a pas abouti : {{reason}}',
    cancelled: 'La connexion a été annulée.',
    timeout: 'Le navigateur n’est pas revenu dans les 10 minutes. Reconnectez-vous.',
    notSignedIn: 'Connectez-vous d’abord avec Microsoft (Paramètres → E-mail).',
    signInAgain: 'Microsoft vous demande de vous reconnecter (Paramètres → E-mail) : {{reason}}',
  },
};
