import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Microsoft's identity platform on 127.0.0.1: `/<tenant>/oauth2/v2.0/authorize` checks the request as
 * Entra does for a public client and redirects to the loopback with a code (or with the error the test chose);
 * `/<tenant>/oauth2/v2.0/token` redeems the code once, against its PKCE challenge (S256) and redirect URI, and
 * refreshes. Rotation is strict: only the newest refresh token is good (Microsoft keeps old ones valid a while),
 * so an app that forgot a rotated refresh token fails here.
 */
export type FakeMicrosoft = {
  /** The base URL: MicrosoftEndpoints.login. */
  login: string;
  clientId: string;
  tenant: string;
  /** The mailbox that signs in (the ID token's preferred_username). */
  account: string;
  /** Seconds each access token lives. */
  expiresIn: number;
  /** What the authorize endpoint does: sign in, or send the user back with access_denied. */
  authorize: 'grant' | 'deny';
  /** What a refresh gets: new tokens, or invalid_grant (the refresh token expired or was revoked). */
  refresh: 'rotate' | 'invalid_grant';
  /** The access token SMTP takes now: the newest one issued, until a test revokes it. */
  accessToken: string | null;
  /** The refresh token a refresh must bring: the newest one issued. */
  refreshToken: string | null;
  /** Every token request's form, in order. */
  tokenRequests: URLSearchParams[];
  /** Whether a user and access token may log in to SMTP now. */
  accepts(user: string, token: string): boolean;
  close(): Promise<void>;
};

const SCOPES = ['openid', 'profile', 'offline_access', 'https://outlook.office.com/SMTP.Send'];
const s256 = (verifier: string) => createHash('sha256').update(verifier, 'ascii').digest('base64url');
const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const oauthError = (res: ServerResponse, error: string, description: string) =>
  json(res, 400, { error, error_description: `${description}\r\nTrace ID: 00000000-0000-0000-0000-000000000000`, error_codes: [70000] });

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function fakeMicrosoft(opts: { clientId?: string; tenant?: string; account?: string } = {}): Promise<FakeMicrosoft> {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  let issued = 0;
  const state: FakeMicrosoft = {
    login: '',
    clientId: opts.clientId ?? '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    tenant: opts.tenant ?? 'common',
    account: opts.account ?? 'debiteuren@incassozuid.nl',
    expiresIn: 3600,
    authorize: 'grant',
    refresh: 'rotate',
    accessToken: null,
    refreshToken: null,
    tokenRequests: [],
    accepts: (user, token) => user === state.account && token === state.accessToken,
    close: async () => {},
  };

  const tokens = () => {
    issued += 1;
    state.accessToken = `access-${issued}`;
    state.refreshToken = `refresh-${issued}`;
    const idToken = `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json({ preferred_username: state.account, name: 'Debiteuren', tid: '9188040d-6c67-4c5b-b112-36a304b66dad' })}.`;
    return { token_type: 'Bearer', scope: SCOPES.join(' '), expires_in: state.expiresIn, access_token: state.accessToken, refresh_token: state.refreshToken, id_token: idToken };
  };

  function authorize(url: URL, res: ServerResponse): void {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    const scopes = (q.get('scope') ?? '').split(' ');
    const problems = [
      q.get('client_id') !== state.clientId && 'client_id',
      q.get('response_type') !== 'code' && 'response_type',
      !/^http:\/\/127\.0\.0\.1:\d+\/$/.test(redirectUri) && 'redirect_uri',
      !SCOPES.every((s) => scopes.includes(s)) && 'scope',
      q.get('code_challenge_method') !== 'S256' && 'code_challenge_method',
      !/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '') && 'code_challenge',
      !q.get('state') && 'state',
    ].filter(Boolean);
    if (problems.length > 0) return json(res, 400, { error: 'invalid_request', problems });
    const back = new URL(redirectUri);
    back.searchParams.set('state', q.get('state')!);
    if (state.authorize === 'deny') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'AADSTS65004: User declined to consent to access the app.');
    } else {
      const code = `code-${codes.size + 1}`;
      codes.set(code, { challenge: q.get('code_challenge')!, redirectUri });
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { location: back.toString() });
    res.end();
  }

  function token(form: URLSearchParams, res: ServerResponse): void {
    state.tokenRequests.push(form);
    if (form.get('client_id') !== state.clientId) return oauthError(res, 'unauthorized_client', `AADSTS700016: Application ${form.get('client_id')} was not found.`);
    if (form.get('grant_type') === 'authorization_code') {
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!pending) return oauthError(res, 'invalid_grant', 'AADSTS54005: OAuth2 Authorization code was already redeemed.');
      if (form.get('redirect_uri') !== pending.redirectUri) return oauthError(res, 'invalid_grant', 'AADSTS50011: The redirect URI does not match.');
      if (s256(form.get('code_verifier') ?? '') !== pending.challenge) return oauthError(res, 'invalid_grant', 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.');
      return json(res, 200, tokens());
    }
    if (form.get('grant_type') === 'refresh_token') {
      if (state.refresh === 'invalid_grant') return oauthError(res, 'invalid_grant', 'AADSTS700082: The refresh token has expired due to inactivity.');
      if (form.get('refresh_token') !== state.refreshToken) return oauthError(res, 'invalid_grant', 'AADSTS70000: The provided refresh token is not the newest one.');
      return json(res, 200, tokens());
    }
    oauthError(res, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === `/${state.tenant}/oauth2/v2.0/authorize`) return authorize(url, res);
    if (req.method === 'POST' && url.pathname === `/${state.tenant}/oauth2/v2.0/token`) return void formOf(req).then((form) => token(form, res));
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.login = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** Plays the user in the browser: opens the authorize URL the app handed the system, follows it to the loopback. */
export async function signInInBrowser(authorizeUrl: string): Promise<{ status: number; page: string }> {
  const answer = await fetch(authorizeUrl);
  return { status: answer.status, page: await answer.text() };
}
