import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutboxMessage } from '../../shared/domain/outbox/message';
import { codeChallenge } from '../../electron/services/outbox/oauth';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { fakeMicrosoft, type FakeMicrosoft, signInInBrowser } from '../shell/oauth';
import { COMPANY, debtors, executeRun, mailAccount } from '../shell/office';
import type { Shell } from '../shell/shell';
import { testSmtp, type TestSmtp } from '../shell/smtp';

let ms: FakeMicrosoft;
let smtp: TestSmtp;
test.beforeEach(async () => {
  ms = await fakeMicrosoft({ account: 'anouk.devries@incassozuid.nl' });
  // Microsoft's server as the test plays it: XOAUTH2 required, only the newest access token taken.
  smtp = await testSmtp('accept', { xoauth2: (user, token) => ms.accepts(user, token) });
});
test.afterEach(async () => {
  await smtp.close();
  await ms.close();
});

const endpoints = () => ({ login: ms.login, smtp: { host: '127.0.0.1', port: smtp.port, security: 'none' as const } });
const messages = async (shell: Shell) => (await call<{ rows: OutboxMessage[] }>(shell.main, 'outbox.list', {})).rows;
const states = async (shell: Shell) => (await messages(shell)).map((m) => m.state).sort();
const dispatcher = (shell: Shell) => call<{ state: string; error: string }>(shell.main, 'outbox.status', {});
/** The tokens the SMTP server saw logins with, and whether it took them; each of the dispatcher's connections logs in. */
const loginsWith = () => [...new Set(smtp.logins.map((l) => `${l.user} ${l.token} ${l.ok ? 'taken' : 'refused'}`))];
const microsoftStatus = async (shell: Shell) => (await call<{ microsoft: { state: string; account: string; reason: string } }>(shell.main, 'mail.status', {})).microsoft;

/** Signs in as the user would: the app opens the authorize URL, the browser follows it back to the loopback. */
async function signIn(shell: Shell): Promise<URL> {
  const before = shell.opened.length;
  const answer = call<{ account: string }>(shell.main, 'mail.signIn', {});
  await expect.poll(() => shell.opened.length).toBe(before + 1);
  const authorize = new URL(shell.opened.at(-1)!);
  const browser = await signInInBrowser(authorize.toString());
  expect(browser).toEqual({ status: 200, page: expect.stringContaining('Debitum has your sign-in') });
  expect(await answer).toEqual({ account: 'anouk.devries@incassozuid.nl' });
  return authorize;
}

test('Microsoft 365: sign-in with PKCE on a loopback redirect, XOAUTH2 sending, an expired token refreshed with its rotated refresh token kept, invalid_grant waits for a new sign-in', async ({ launch, clock, profileDir }) => {
  const shell = await launch({ withUi: false, microsoft: endpoints() });
  await call(shell.main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY, mail: { ...mailAccount(null), provider: 'microsoft', microsoft: { clientId: ms.clientId, tenant: 'common' } } });
  await debtors(shell.main, ['Bakkerij Zoë']);
  await executeRun(shell.main);
  // Nobody signed in yet: the message waits as it is.
  await expect.poll(async () => (await dispatcher(shell)).state).toBe('unconfigured');
  expect(await messages(shell)).toEqual([expect.objectContaining({ state: 'queued', tries: 0 })]);

  // The authorize request as RFC 8252 and RFC 7636 have it; a forged answer on the loopback changes nothing.
  const before = shell.opened.length;
  const answer = call<{ account: string }>(shell.main, 'mail.signIn', {});
  await expect.poll(() => shell.opened.length).toBe(before + 1);
  const authorize = new URL(shell.opened.at(-1)!);
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${ms.login}/common/oauth2/v2.0/authorize`);
  const q = authorize.searchParams;
  expect(q.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(q.get('scope')).toBe('openid profile offline_access https://outlook.office.com/SMTP.Send');
  expect([q.get('response_type'), q.get('code_challenge_method'), q.get('client_id')]).toEqual(['code', 'S256', ms.clientId]);
  expect((await fetch(`${q.get('redirect_uri')}?code=forged&state=not-ours`)).status).toBe(400);
  await signInInBrowser(authorize.toString());
  expect(await answer).toEqual({ account: 'anouk.devries@incassozuid.nl' });
  const redeem = ms.tokenRequests[0]!;
  expect([redeem.get('grant_type'), redeem.get('redirect_uri')]).toEqual(['authorization_code', q.get('redirect_uri')]);
  expect(codeChallenge(redeem.get('code_verifier')!)).toBe(q.get('code_challenge'));

  // The queued message goes by XOAUTH2 as the signed-in mailbox.
  await expect.poll(() => states(shell)).toEqual(['sent']);
  expect(loginsWith()).toEqual(['anouk.devries@incassozuid.nl access-1 taken']);
  // Queued before the sign-in, so from the company's address; the mailbox may send as it in this office.
  expect(smtp.received[0]!.mail.from?.value[0]?.address).toBe('debiteuren@incassozuid.nl');
  expect(await microsoftStatus(shell)).toEqual({ state: 'signed_in', account: 'anouk.devries@incassozuid.nl', reason: '' });
  // The tokens are with the secret store, never in the settings file.
  expect(JSON.parse((await shell.secrets.get('microsoft-tokens'))!)).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  expect(readFileSync(path.join(profileDir, 'settings.json'), 'utf8')).not.toMatch(/access-1|refresh-1/);

  // Two hours on, the access token has expired: it is refreshed before the login, and the rotated refresh token kept.
  clock.set('2026-11-23T12:00:00+01:00');
  await debtors(shell.main, ['IJzerhandel Øster'], 'nl', 2);
  await executeRun(shell.main);
  await expect.poll(() => states(shell)).toEqual(['sent', 'sent']);
  expect(loginsWith()).toEqual(['anouk.devries@incassozuid.nl access-1 taken', 'anouk.devries@incassozuid.nl access-2 taken']);
  // One refresh for all the connections that logged in: a refresh token is used once.
  expect(ms.tokenRequests.slice(1).map((f) => [f.get('grant_type'), f.get('refresh_token')])).toEqual([['refresh_token', 'refresh-1']]);
  expect(JSON.parse((await shell.secrets.get('microsoft-tokens'))!)).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  // Queued after the sign-in: from the signed-in mailbox, as Microsoft sends only as it.
  expect(smtp.received[1]!.mail.from?.value[0]?.address).toBe('anouk.devries@incassozuid.nl');

  // Microsoft refuses the refresh token: the dispatcher waits for a new sign-in, nothing is failed.
  ms.refresh = 'invalid_grant';
  clock.set('2026-11-23T14:00:00+01:00');
  await debtors(shell.main, ['Çelik Bouw'], 'nl', 3);
  await executeRun(shell.main);
  await expect.poll(async () => (await dispatcher(shell)).state).toBe('signin');
  expect((await dispatcher(shell)).error).toContain('AADSTS700082');
  expect(await microsoftStatus(shell)).toMatchObject({ state: 'refused', account: 'anouk.devries@incassozuid.nl' });
  await new Promise((r) => setTimeout(r, 600));
  expect((await states(shell)).sort()).toEqual(['queued', 'sent', 'sent']);
  expect((await messages(shell)).find((m) => m.state === 'queued')).toMatchObject({ tries: 0, reason: '' });
  expect(loginsWith()).toHaveLength(2);
  expect(ms.tokenRequests).toHaveLength(3);

  // Signed in again, the waiting message goes.
  ms.refresh = 'rotate';
  await signIn(shell);
  await expect.poll(() => states(shell)).toEqual(['sent', 'sent', 'sent']);
  expect(loginsWith().at(-1)).toBe('anouk.devries@incassozuid.nl access-3 taken');
});

test('Settings → E-mail: Microsoft chosen, signed in through the browser, a test message (refreshed when the server refuses the token), signed out', async ({ launch }) => {
  const shell = await launch({ microsoft: endpoints() });
  const { ui, main } = shell;
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY });

  await ui.getByRole('button', { name: 'Settings' }).click();
  await ui.getByRole('tab', { name: 'E-mail' }).click();
  await ui.getByText('Microsoft 365 / Outlook.com').click();
  await expect(ui.getByLabel('SMTP server')).toHaveCount(0);
  await ui.getByLabel('Application (client) ID').fill('not an id');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('Not an application (client) ID', { exact: false }).first()).toBeVisible();
  await ui.getByLabel('Application (client) ID').fill(ms.clientId);
  await expect(ui.getByTestId('microsoft-status')).toHaveText('Nobody is signed in yet.');

  await ui.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(ui.getByText('Finish the sign-in in your browser.', { exact: false })).toBeVisible();
  await expect.poll(() => shell.opened.length).toBe(1);
  expect(shell.opened[0]).toContain(`${ms.login}/common/oauth2/v2.0/authorize?client_id=${ms.clientId}`);
  await signInInBrowser(shell.opened[0]!);
  await expect(ui.getByTestId('microsoft-status')).toHaveText('Signed in as anouk.devries@incassozuid.nl');
  expect((await call<{ mail: { provider: string } }>(main, 'settings.get', {})).mail.provider).toBe('microsoft');

  // The server no longer takes the token it was given: nodemailer asks again, the token store refreshes it.
  ms.accessToken = 'revoked';
  await ui.getByRole('button', { name: 'Send a test message' }).click();
  await expect(ui.getByText(/The server accepted the test message: 250/)).toBeVisible();
  expect(smtp.logins.map((l) => [l.token, l.ok])).toEqual([
    ['access-1', false],
    ['access-2', true],
  ]);
  expect(smtp.received.map((r) => [r.mail.subject, r.mail.from?.value[0]?.address])).toEqual([['Debitum: test message', 'anouk.devries@incassozuid.nl']]);

  await ui.getByRole('button', { name: 'Sign out' }).click();
  await expect(ui.getByTestId('microsoft-status')).toHaveText('Nobody is signed in yet.');
  expect(await shell.secrets.get('microsoft-tokens')).toBeNull();
  await ui.getByRole('button', { name: 'Send a test message' }).click();
  await expect(ui.getByText('Sign in with Microsoft first (Settings → E-mail).')).toBeVisible();
});
