import { fill } from '../../../shared/domain/documents/letter-labels';
import { signInPageWords } from '../../../shared/domain/outbox/sign-in-page';
import { AppFailure, issue } from '../../../shared/result';
import { DEBITUM_MICROSOFT_CLIENT_ID, type MailAccount } from '../../../shared/settings';
import type { Clock } from '../clock';
import type { Platform } from '../files';
import type { SettingsStore } from '../settings';
import { codeChallenge, codeVerifier, idTokenClaims, loopbackRedirect, newState, OAuthError, tokenRequest, type TokenResponse } from './oauth';
import type { TokenRecord, TokenStore } from './token-store';

/**
 * SMTP.Send to send as the signed-in user, offline_access for a refresh token; openid and profile add an ID token
 * whose preferred_username names the mailbox, which XOAUTH2 needs as its user and Settings → E-mail shows.
 */
export const MICROSOFT_SCOPES = 'openid profile offline_access https://outlook.office.com/SMTP.Send';

/** Where Microsoft signs in and takes mail; the test shell points both at servers on 127.0.0.1. */
export type MicrosoftEndpoints = {
  /** The identity platform: `<login>/<tenant>/oauth2/v2.0/authorize` and `…/token`. */
  login: string;
  /** Exchange Online's SMTP submission, for Microsoft 365 and Outlook.com mailboxes alike. */
  smtp: Pick<MailAccount, 'host' | 'port' | 'security'>;
};

export const MICROSOFT_ENDPOINTS: MicrosoftEndpoints = {
  login: 'https://login.microsoftonline.com',
  smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
};

/** Only a new sign-in in the browser lets mail go again; the dispatcher waits, the UI says so. */
export class SignInRequired extends Error {}

/** The token endpoint's answers to a refresh that no retry can mend (the refresh token expired or was revoked, or a policy now asks for MFA). */
const NEEDS_SIGN_IN = new Set(['invalid_grant', 'interaction_required']);
/** An access token this close to its expiry is refreshed first: it could run out between the check and the login. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
/** How long the app waits for the browser to come back before the sign-in gives up. */
const SIGN_IN_TIMEOUT_MS = 10 * 60_000;

export type MicrosoftStatus = {
  /** 'refused': Microsoft refused the refresh token; 'changed': the client id or tenant in the settings is another. */
  state: 'signed_out' | 'signed_in' | 'refused' | 'changed';
  account: string;
  reason: string;
};

/** fetch says only "fetch failed"; what failed (a name that does not resolve, a refused connection) is its cause. */
const causeOf = (e: unknown) => (e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e));

type Deps = { settings: SettingsStore; clock: Clock; platform: Platform; microsoft: MicrosoftEndpoints; tokens: TokenStore };

const refusedSignIn = (field: string, key: string, message: string, params?: Record<string, string>) =>
  new AppFailure('validation', message, [issue(field, key, message, params)]);

/**
 * The Microsoft 365 / Outlook.com account: sign-in in the system browser (authorization code + PKCE, loopback
 * redirect), the tokens in our own token store, and a fresh access token for each SMTP login, refreshed when it
 * is about to expire or the server refused it. A rotated refresh token replaces the old one at once.
 */
export function microsoftAccount(deps: Deps) {
  const { tokens } = deps;
  let waiting: { abandon(e: Error): void } | null = null;
  let refreshing: Promise<string> | null = null;
  // Token writes one after the other, so a refresh that answers late never undoes a sign-in or sign-out meanwhile.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work, work);
    writes = next.catch(() => undefined);
    return next;
  };

  const registration = () => {
    const m = deps.settings.get().mail.microsoft;
    return { clientId: m.clientId || DEBITUM_MICROSOFT_CLIENT_ID, tenant: m.tenant };
  };
  const endpoint = (tenant: string, path: 'authorize' | 'token') => `${deps.microsoft.login}/${encodeURIComponent(tenant)}/oauth2/v2.0/${path}`;
  const matches = (r: TokenRecord) => r.clientId === registration().clientId && r.tenant === registration().tenant;
  const expiryOf = (answer: TokenResponse) => new Date(Date.parse(deps.clock.now()) + answer.expires_in * 1000).toISOString();

  /** The kept record if mail can go with it; SignInRequired when only a new sign-in helps, null when none happened. */
  async function usable(): Promise<TokenRecord | null> {
    const r = await tokens.read();
    if (!r) return null;
    if (r.refused) throw new SignInRequired(r.refused);
    if (!matches(r)) throw new SignInRequired('the app registration or tenant changed since the sign-in');
    return r;
  }

  /** Writes `next` unless the record changed since `was` was read (a sign-in or sign-out came in between). */
  const replace = (was: TokenRecord, next: TokenRecord) =>
    serial(async () => {
      if ((await tokens.read())?.refreshToken === was.refreshToken) await tokens.save(next);
    });

  async function refresh(r: TokenRecord): Promise<string> {
    let answer: TokenResponse;
    try {
      answer = await tokenRequest(endpoint(r.tenant, 'token'), { client_id: r.clientId, grant_type: 'refresh_token', refresh_token: r.refreshToken, scope: MICROSOFT_SCOPES });
    } catch (e) {
      if (!(e instanceof OAuthError)) throw new Error(`the Microsoft sign-in service cannot be reached: ${causeOf(e)}`);
      if (!NEEDS_SIGN_IN.has(e.error)) throw e;
      await replace(r, { ...r, accessToken: '', refreshToken: '', refused: e.message });
      throw new SignInRequired(e.message);
    }
    // Microsoft sends a new refresh token with every refresh; the old one is kept only if none came.
    await replace(r, { ...r, accessToken: answer.access_token, expiresAt: expiryOf(answer), refreshToken: answer.refresh_token ?? r.refreshToken });
    return answer.access_token;
  }

  async function exchange(code: string, redirectUri: string, verifier: string, reg: ReturnType<typeof registration>): Promise<TokenRecord> {
    const answer = await tokenRequest(endpoint(reg.tenant, 'token'), {
      client_id: reg.clientId,
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope: MICROSOFT_SCOPES,
    });
    const claims = idTokenClaims(answer.id_token);
    const account = String(claims.preferred_username ?? claims.email ?? '');
    if (!account) throw new OAuthError('invalid_token', 'Microsoft did not say which account signed in');
    if (!answer.refresh_token) throw new OAuthError('invalid_scope', 'Microsoft gave no refresh token (offline_access was not granted)');
    return { ...reg, account, accessToken: answer.access_token, expiresAt: expiryOf(answer), refreshToken: answer.refresh_token, refused: '' };
  }

  /** Runs one sign-in: the browser opens, the loopback waits for its answer, the code becomes tokens. */
  async function signIn(): Promise<{ account: string }> {
    const reg = registration();
    if (!reg.clientId) throw refusedSignIn('microsoft.clientId', 'mail.errors.noClientId', 'no application (client) ID is set');
    waiting?.abandon(refusedSignIn('microsoft', 'mail.errors.cancelled', 'another sign-in started'));
    const state = newState();
    const verifier = codeVerifier();
    const words = signInPageWords[deps.settings.get().language];
    const loopback = await loopbackRedirect(state, { ...words, failed: (error) => fill(words.failed, { error }) });
    waiting = loopback;
    const timer = setTimeout(() => loopback.abandon(refusedSignIn('microsoft', 'mail.errors.timeout', 'the browser did not come back in time')), SIGN_IN_TIMEOUT_MS);
    try {
      const url = new URL(endpoint(reg.tenant, 'authorize'));
      url.search = new URLSearchParams({
        client_id: reg.clientId,
        response_type: 'code',
        redirect_uri: loopback.redirectUri,
        response_mode: 'query',
        scope: MICROSOFT_SCOPES,
        state,
        code_challenge: codeChallenge(verifier),
        code_challenge_method: 'S256',
        // The browser may already be signed in to another mailbox (a personal one): let the user choose.
        prompt: 'select_account',
      }).toString();
      await deps.platform.openExternal(url.toString());
      const { code } = await loopback.result;
      const record = await exchange(code, loopback.redirectUri, verifier, reg);
      await serial(() => tokens.save(record));
      return { account: record.account };
    } catch (e) {
      throw e instanceof OAuthError ? refusedSignIn('microsoft', e.error === 'access_denied' ? 'mail.errors.denied' : 'mail.errors.signInFailed', e.message, { reason: e.message }) : e;
    } finally {
      clearTimeout(timer);
      if (waiting === loopback) waiting = null;
    }
  }

  return {
    signIn,
    /** Ends a sign-in that waits for the browser; true if one was waiting. */
    cancelSignIn(): boolean {
      const was = waiting;
      was?.abandon(refusedSignIn('microsoft', 'mail.errors.cancelled', 'the sign-in was cancelled'));
      return was !== null;
    },
    /** Forgets the tokens. Microsoft has no revocation for them; unused, the refresh token expires by itself. */
    signOut: () => serial(() => tokens.clear()),

    async status(): Promise<MicrosoftStatus> {
      const r = await tokens.read();
      if (!r) return { state: 'signed_out', account: '', reason: '' };
      if (r.refused) return { state: 'refused', account: r.account, reason: r.refused };
      return { state: matches(r) ? 'signed_in' : 'changed', account: r.account, reason: '' };
    },

    /** The signed-in mailbox, or null when nobody signed in; throws SignInRequired when only a new sign-in helps. */
    mailbox: async (): Promise<string | null> => (await usable())?.account ?? null,

    /**
     * A fresh access token for an XOAUTH2 login: the kept one while it is good for a few more minutes, else a
     * refreshed one. `renew`: the server refused the kept one, so it is refreshed whatever its expiry says.
     * Connections asking at the same time share one refresh: a refresh token is used once.
     */
    async accessToken(renew: boolean): Promise<string> {
      const r = await usable();
      if (!r) throw new SignInRequired('nobody is signed in with Microsoft');
      if (!renew && Date.parse(r.expiresAt) - EXPIRY_MARGIN_MS > Date.parse(deps.clock.now())) return r.accessToken;
      refreshing ??= refresh(r).finally(() => (refreshing = null));
      return refreshing;
    },
  };
}

export type MicrosoftAccount = ReturnType<typeof microsoftAccount>;
