import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/*
 * OAuth 2.0 for a desktop app (RFC 8252): the authorization code grant with PKCE (RFC 7636), in the system browser,
 * answered on a loopback redirect. Provider-neutral; microsoft.ts says where and with which scopes.
 */

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** A code verifier from 32 random octets: 43 characters of [A-Za-z0-9-_] (RFC 7636 §4.1). */
export const codeVerifier = (octets: Buffer = randomBytes(32)): string => base64url(octets);

/** The S256 code challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 §4.2). */
export const codeChallenge = (verifier: string): string => base64url(createHash('sha256').update(verifier, 'ascii').digest());

/** The state that ties the browser's answer to this sign-in and no other (RFC 6749 §10.12). */
export const newState = (): string => base64url(randomBytes(16));

/** What the authorization server said instead of a token: `error` is its code (invalid_grant, access_denied, …). */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description ? `${error}: ${description}` : error);
  }
}

export type Redirect = { code: string };

/** The words of the page the browser shows once it has brought the answer back. */
export type RedirectPage = { title: string; done: string; failed: (error: string) => string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:system-ui,sans-serif;margin:4rem auto;max-width:36rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;

function reply(res: ServerResponse, status: number, html: string): void {
  // No caching and no referrer: the URL of this page carries the authorization code.
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  res.end(html);
}

/**
 * Listens on 127.0.0.1 at a port the system picks (RFC 8252 §7.3; the IP literal, not "localhost", §8.3) for the one
 * redirect that carries this sign-in's state. Anything else — another path, a stale or forged state — is answered
 * 400 and changes nothing, so a stray request can neither finish nor end the sign-in.
 */
export async function loopbackRedirect(state: string, words: RedirectPage) {
  let settle: { resolve(r: Redirect): void; reject(e: Error): void } | null = null;
  const result = new Promise<Redirect>((resolve, reject) => (settle = { resolve, reject }));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/' || url.searchParams.get('state') !== state) return reply(res, 400, page(words.title, words.failed('invalid_request')));
    const code = url.searchParams.get('code');
    const error = url.searchParams.get('error');
    if (code) {
      reply(res, 200, page(words.title, words.done));
      settle?.resolve({ code });
    } else {
      reply(res, 200, page(words.title, words.failed(error ?? 'invalid_request')));
      settle?.reject(new OAuthError(error ?? 'invalid_request', url.searchParams.get('error_description') ?? ''));
    }
    settle = null;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const close = () => {
    server.close();
    server.closeAllConnections();
  };
  void result.then(close, close);
  return {
    /** Registered with the provider as http://127.0.0.1 (or http://localhost), whose port it ignores for loopback. */
    redirectUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    result,
    /** Stops waiting: the sign-in ends with this error, and the port closes. */
    abandon(e: Error): void {
      settle?.reject(e);
      settle = null;
    },
  };
}

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

const errorResponseSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** How long a token endpoint may take to answer before the request counts as offline. */
const TOKEN_TIMEOUT_MS = 30_000;

/**
 * One request to a token endpoint (RFC 6749 §4.1.3, §6) as a public client: no secret, the client id in the body.
 * An error answer throws OAuthError with its code and the first line of its description (Microsoft's go on with
 * trace ids); a network failure throws as fetch does.
 */
export async function tokenRequest(url: string, params: Record<string, string>): Promise<TokenResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(params),
    signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const e = errorResponseSchema.safeParse(body);
    throw e.success
      ? new OAuthError(e.data.error, (e.data.error_description ?? '').split(/\r?\n/)[0]!.slice(0, 300))
      : new OAuthError('server_error', `the token endpoint answered ${response.status}`);
  }
  const tokens = tokenResponseSchema.safeParse(body);
  if (!tokens.success) throw new OAuthError('server_error', 'the token endpoint answered without an access token');
  return tokens.data;
}

/**
 * The claims of an ID token received straight from the token endpoint over TLS, which OpenID Connect Core §3.1.3.7
 * lets stand in for checking its signature. Only read to name the signed-in account.
 */
export function idTokenClaims(idToken: string | undefined): Record<string, unknown> {
  const payload = idToken?.split('.')[1];
  if (!payload) return {};
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
