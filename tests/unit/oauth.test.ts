import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsStore } from '../../electron/services/settings';
import { memorySecrets, type SecretStore } from '../../electron/services/secrets';
import { microsoftAccount, SignInRequired } from '../../electron/services/outbox/microsoft';
import { codeChallenge, codeVerifier, loopbackRedirect, OAuthError } from '../../electron/services/outbox/oauth';
import { MICROSOFT_TOKENS, type TokenRecord, tokenStore } from '../../electron/services/outbox/token-store';
import { defaultSettings, type Settings } from '../../shared/settings';
import { testClock } from '../shell/clock';
import { fakeMicrosoft, type FakeMicrosoft, signInInBrowser } from '../shell/oauth';

describe('PKCE (RFC 7636)', () => {
  it('gives the verifier and S256 challenge of Appendix B', () => {
    const octets = Buffer.from([116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121]);
    const verifier = codeVerifier(octets);
    expect(verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(codeChallenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a new 43-character unreserved verifier for every sign-in', () => {
    const [a, b] = [codeVerifier(), codeVerifier()];
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });
});

const words = { title: 'Debitum', done: 'signed in', failed: (e: string) => `failed: ${e}` };

describe('the loopback redirect (RFC 8252 §7.3)', () => {
  it('listens on 127.0.0.1 and takes only the answer with its own state', async () => {
    const loopback = await loopbackRedirect('the-state', words);
    expect(loopback.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const forged = await fetch(`${loopback.redirectUri}?code=evil&state=another`);
    expect(forged.status).toBe(400);
    expect((await fetch(`${loopback.redirectUri}favicon.ico?state=the-state`)).status).toBe(400);
    const real = await fetch(`${loopback.redirectUri}?code=good&state=the-state`);
    expect([real.status, await real.text()]).toEqual([200, expect.stringContaining('signed in')]);
    expect(real.headers.get('cache-control')).toBe('no-store');
    await expect(loopback.result).resolves.toEqual({ code: 'good' });
    // The port closes once the answer is in.
    await expect(fetch(`${loopback.redirectUri}?code=late&state=the-state`)).rejects.toThrow();
  });

  it("ends the sign-in with the provider's error, or when the app stops waiting", async () => {
    const denied = await loopbackRedirect('s1', words);
    const page = await fetch(`${denied.redirectUri}?error=access_denied&error_description=User+declined&state=s1`);
    expect(await page.text()).toContain('failed: access_denied');
    await expect(denied.result).rejects.toEqual(new OAuthError('access_denied', 'User declined'));

    const abandoned = await loopbackRedirect('s2', words);
    abandoned.abandon(new Error('cancelled'));
    await expect(abandoned.result).rejects.toThrow('cancelled');
  });
});

const record = (over: Partial<TokenRecord> = {}): TokenRecord => ({
  clientId: 'c',
  tenant: 'common',
  account: 'a@example.com',
  accessToken: 'access-1',
  expiresAt: '2026-11-23T10:00:00.000Z',
  refreshToken: 'refresh-1',
  refused: '',
  ...over,
});

describe('the token store', () => {
  it('keeps access token, expiry and refresh token as one secret, replaced in one write', async () => {
    const secrets = memorySecrets();
    const writes: string[] = [];
    const counted: SecretStore = { ...secrets, set: (name, value) => (writes.push(name), secrets.set(name, value)) };
    const store = tokenStore(counted);
    expect(await store.read()).toBeNull();
    await store.save(record());
    await store.save(record({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresAt: '2026-11-23T11:00:00.000Z' }));
    expect(writes).toEqual([MICROSOFT_TOKENS, MICROSOFT_TOKENS]);
    expect(await store.read()).toEqual(record({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresAt: '2026-11-23T11:00:00.000Z' }));
    await store.clear();
    expect(await store.read()).toBeNull();
  });

  it('reads what it cannot understand as nobody signed in, and keeps the old record when a write fails', async () => {
    const secrets = memorySecrets();
    const store = tokenStore(secrets);
    await secrets.set(MICROSOFT_TOKENS, '{not json');
    expect(await store.read()).toBeNull();
    await secrets.set(MICROSOFT_TOKENS, JSON.stringify({ accessToken: 'x' }));
    expect(await store.read()).toBeNull();

    await store.save(record());
    const full = tokenStore({ ...secrets, set: async () => Promise.reject(new Error('disk full')) });
    await expect(full.save(record({ refreshToken: 'refresh-2' }))).rejects.toThrow('disk full');
    expect(await store.read()).toEqual(record());
  });
});

function memorySettings(mail: Partial<Settings['mail']>): SettingsStore {
  let current: Settings = { ...defaultSettings, mail: { ...defaultSettings.mail, ...mail } };
  return {
    firstStart: false,
    get: () => current,
    update: (patch) => (current = { ...current, ...patch }),
  };
}

describe('the Microsoft account against a fake identity platform on 127.0.0.1', () => {
  let ms: FakeMicrosoft;
  beforeEach(async () => {
    ms = await fakeMicrosoft();
  });
  afterEach(() => ms.close());

  /** `browser`: whether the user goes through with the sign-in the app opens. */
  function account(browser = true) {
    const clock = testClock();
    const settings = memorySettings({ provider: 'microsoft', microsoft: { clientId: ms.clientId, tenant: ms.tenant } });
    const opened: string[] = [];
    const tokens = tokenStore(memorySecrets());
    const platform = {
      openPath: async () => {},
      openExternal: async (url: string) => {
        opened.push(url);
        if (browser) void signInInBrowser(url);
      },
      printers: async () => [],
      printPdf: async () => {},
      systemLanguages: () => ['en-GB'],
    };
    const microsoft = { login: ms.login, smtp: { host: '127.0.0.1', port: 25, security: 'none' as const } };
    return { clock, settings, opened, tokens, account: microsoftAccount({ settings, clock, platform, microsoft, tokens }) };
  }

  it('signs in with PKCE, then refreshes an expiring token once for every connection asking, keeping the rotated refresh token', async () => {
    const a = account();
    expect(await a.account.signIn()).toEqual({ account: 'debiteuren@incassozuid.nl' });
    const authorize = new URL(a.opened[0]!);
    expect(authorize.searchParams.get('prompt')).toBe('select_account');
    const [redeem] = ms.tokenRequests;
    expect(codeChallenge(redeem!.get('code_verifier')!)).toBe(authorize.searchParams.get('code_challenge'));
    expect(await a.account.accessToken(false)).toBe('access-1');
    // An hour after the sign-in at 10:00 in Amsterdam (09:00 UTC), by the business clock.
    expect((await a.tokens.read())?.expiresAt).toMatch(/^2026-11-23T10:00:00\.\d{3}Z$/);

    // Within five minutes of its expiry, by the business clock, a token is refreshed first.
    a.clock.set('2026-11-23T10:56:00+01:00');
    const [x, y, z] = await Promise.all([a.account.accessToken(false), a.account.accessToken(false), a.account.accessToken(false)]);
    expect([x, y, z]).toEqual(['access-2', 'access-2', 'access-2']);
    expect(ms.tokenRequests.map((f) => f.get('grant_type'))).toEqual(['authorization_code', 'refresh_token']);
    expect(ms.tokenRequests[1]!.get('refresh_token')).toBe('refresh-1');
    expect(await a.tokens.read()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresAt: expect.stringMatching(/^2026-11-23T10:56:00\.\d{3}Z$/) });
  });

  it('refreshes when the server refused the token, whatever its expiry says', async () => {
    const a = account();
    await a.account.signIn();
    expect(await a.account.accessToken(true)).toBe('access-2');
    expect(await a.account.accessToken(false)).toBe('access-2');
  });

  it('wants a new sign-in after invalid_grant, and after the client id changed', async () => {
    const a = account();
    await a.account.signIn();
    ms.refresh = 'invalid_grant';
    await expect(a.account.accessToken(true)).rejects.toBeInstanceOf(SignInRequired);
    expect(await a.account.status()).toEqual({ state: 'refused', account: 'debiteuren@incassozuid.nl', reason: expect.stringContaining('AADSTS700082') });
    await expect(a.account.mailbox()).rejects.toBeInstanceOf(SignInRequired);
    expect(ms.tokenRequests).toHaveLength(2);

    ms.refresh = 'rotate';
    await a.account.signIn();
    expect((await a.account.status()).state).toBe('signed_in');
    a.settings.update({ mail: { ...a.settings.get().mail, microsoft: { clientId: '11111111-2222-4333-8444-555555555555', tenant: 'common' } } });
    expect((await a.account.status()).state).toBe('changed');
    await expect(a.account.accessToken(false)).rejects.toBeInstanceOf(SignInRequired);
  });

  it('a refresh that answers after a sign-out does not sign back in', async () => {
    const a = account();
    await a.account.signIn();
    const late = a.account.accessToken(true);
    await a.account.signOut();
    expect(await late).toBe('access-2');
    expect(await a.tokens.read()).toBeNull();
    expect(await a.account.status()).toEqual({ state: 'signed_out', account: '', reason: '' });
  });

  it('stops waiting for the browser when cancelled', async () => {
    const a = account(false);
    const pending = a.account.signIn();
    await expect.poll(() => a.opened.length).toBe(1);
    expect(a.account.cancelSignIn()).toBe(true);
    await expect(pending).rejects.toMatchObject({ issues: [{ key: 'mail.errors.cancelled' }] });
    expect(a.account.cancelSignIn()).toBe(false);
  });

  it('refuses to start without a client id, and names why a sign-in ended', async () => {
    const a = account();
    a.settings.update({ mail: { ...a.settings.get().mail, microsoft: { clientId: '', tenant: 'common' } } });
    await expect(a.account.signIn()).rejects.toMatchObject({ code: 'validation', issues: [{ field: 'microsoft.clientId', key: 'mail.errors.noClientId' }] });
    expect(a.opened).toEqual([]);

    a.settings.update({ mail: { ...a.settings.get().mail, microsoft: { clientId: ms.clientId, tenant: 'common' } } });
    ms.authorize = 'deny';
    await expect(a.account.signIn()).rejects.toMatchObject({ issues: [{ field: 'microsoft', key: 'mail.errors.denied' }] });
    expect(await a.tokens.read()).toBeNull();
  });
});
