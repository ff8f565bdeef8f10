import type { DispatcherStatus } from '../../../shared/contract/outbox';
import { SMTP_PASSWORD, type SecretStore } from '../secrets';
import type { SettingsStore } from '../settings';
import { type MicrosoftAccount, type MicrosoftEndpoints, SignInRequired } from './microsoft';
import type { SmtpAccount } from './smtp';

type Deps = { settings: SettingsStore; secrets: SecretStore; microsoft: MicrosoftEndpoints; microsoftAccount: MicrosoftAccount };

/**
 * The account Settings → E-mail sends with: the SMTP server with its password, or Microsoft's server as the
 * signed-in mailbox with XOAUTH2. Null while there is none (no server, nobody signed in); SignInRequired when
 * Microsoft wants a new sign-in. No network here: the access token is fetched when the session logs in.
 */
export function mailAccountOf(deps: Deps): () => Promise<SmtpAccount | null> {
  return async () => {
    const mail = deps.settings.get().mail;
    if (mail.provider === 'microsoft') {
      const user = await deps.microsoftAccount.mailbox();
      return user ? { ...deps.microsoft.smtp, user, token: deps.microsoftAccount.accessToken } : null;
    }
    if (!mail.host) return null;
    return { host: mail.host, port: mail.port, security: mail.security, user: mail.user, password: (await deps.secrets.get(SMTP_PASSWORD)) ?? '' };
  };
}

/** What the dispatcher shows when it cannot send: a new sign-in is needed, or the server cannot be reached. */
export function failureOf(e: unknown): { state: Extract<DispatcherStatus['state'], 'offline' | 'signin'>; error: string } {
  return { state: e instanceof SignInRequired ? 'signin' : 'offline', error: e instanceof Error ? e.message : String(e) };
}
