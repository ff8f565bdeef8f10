import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeEvent } from '../../shared/contract';
import { createMainApp, type MainApp } from '../../electron/app';
import { contentType, CSP, resolveAppPath } from '../../electron/services/app-files';
import { jsonFileSettings } from '../../electron/services/settings';
import { attachmentFiles } from '../../electron/services/files';
import { letterFiles } from '../../electron/services/documents/letter-files';
import { lazyLetterFonts } from '../../electron/services/documents/fonts';
import { createStoreClient, type StoreClient } from '../../electron/services/store-client';
import type { FromStore, ToStore } from '../../electron/store/protocol';
import type { PinnedClock } from '../../electron/services/clock';
import { testClock } from './clock';
import { memorySecrets, type SecretStore } from '../../electron/services/secrets';
import type { DispatcherOptions } from '../../electron/services/outbox/dispatcher';
import type { MicrosoftEndpoints } from '../../electron/services/outbox/microsoft';

/** The test shell's dispatcher looks for due messages often and gives up on a silent server or gateway soon. */
export const TEST_DISPATCH: DispatcherOptions = { pollMs: 200, timeouts: { connectMs: 5_000, socketMs: 5_000 }, sms: { connectMs: 5_000, answerMs: 5_000 }, connections: 3 };

/** Where a test that names no Microsoft servers of its own would reach them: nowhere (.invalid never resolves). */
const NO_MICROSOFT: MicrosoftEndpoints = { login: 'http://login.microsoft.invalid', smtp: { host: 'smtp.microsoft.invalid', port: 587, security: 'starttls' } };

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
export const UI_ORIGIN = 'http://ui.debitum.localhost';
export const STORE_ORIGIN = 'http://store.debitum.localhost';

/** Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

export type Shell = {
  context: BrowserContext;
  ui: Page;
  storePage: Page;
  store: StoreClient;
  main: MainApp;
  /** Closes like a user quitting: pending writes finish, the store closes, then the browser. */
  close(): Promise<void>;
  /** The business clock main runs on; a test sets or advances it, and it stays set across a restart. */
  clock: PinnedClock;
  /** What the app asked the operating system to open (files and links), in order. */
  opened: string[];
  /** What the app sent to a printer: the PDF and the printer chosen (null: the default). */
  printed: { file: string; printer: string | null }[];
  /** Kills every Chromium process of this profile with SIGKILL and main's background work with it, like a crash or a pulled plug. */
  kill(): void;
  /** The secret store main keeps the SMTP password, the SMS key and the Microsoft tokens in; pass it to a restarted shell to keep them. */
  secrets: SecretStore;
};

export type ShellOptions = {
  profileDir: string;
  /**
   * The business clock; pass the same one to a restarted shell to keep its time. Without one the shell starts at
   * the suite's pinned instant, so nothing depends on the calendar or the machine's time zone.
   */
  clock?: PinnedClock;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Open the UI page too (tests of the store alone do not need it). */
  withUi?: boolean;
  /** The secrets (SMTP password, SMS key) main starts with; a fresh, empty store without one. */
  secrets?: SecretStore;
  dispatch?: DispatcherOptions;
  /** Microsoft's sign-in and SMTP servers, for tests: a fake identity platform and SMTP server on 127.0.0.1 (tests/shell/oauth.ts). */
  microsoft?: MicrosoftEndpoints;
  /** The browser's locale, which the shell also reports as the system's language (a first start follows it); en-GB without one. */
  locale?: string;
};

async function serve(context: BrowserContext): Promise<void> {
  const roots: Record<string, string> = { [UI_ORIGIN]: path.join(dist, 'renderer'), [STORE_ORIGIN]: path.join(dist, 'store') };
  for (const [origin, dir] of Object.entries(roots)) {
    await context.route(`${origin}/**`, (route) => {
      const file = resolveAppPath(dir, route.request().url());
      if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({
        status: 200,
        headers: { 'content-type': contentType(file), 'content-security-policy': CSP },
        body: readFileSync(file),
      });
    });
  }
}

export async function startShell(opts: ShellOptions): Promise<Shell> {
  if (!existsSync(path.join(dist, 'test-shell', 'ui-bridge.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const userDataDir = path.join(opts.profileDir, 'chromium');
  const clock = opts.clock ?? testClock();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
    viewport: opts.viewport ?? { width: 1360, height: 860 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-GB',
    // The UI shows stamps in the browser's zone: the same zone as the business clock, whatever the machine's.
    timezoneId: clock.timeZone,
  });
  await serve(context);

  const storePage = context.pages()[0] ?? (await context.newPage());
  const listeners = new Set<(m: FromStore) => void>();
  await storePage.exposeBinding('__debitumStoreOut', (_source, message: FromStore) => listeners.forEach((l) => l(message)));
  await storePage.addInitScript({ path: path.join(dist, 'test-shell', 'store-bridge.js') });
  const store = createStoreClient({
    send: (m: ToStore) => {
      storePage.evaluate((msg) => window.__debitumStoreIn?.(msg), m).catch(() => {
        // The page is gone (closed or killed); the caller learns it from the call that never answers.
      });
    },
    onMessage: (l) => listeners.add(l),
  });
  await storePage.goto(`${STORE_ORIGIN}/index.html`);
  await store.ready;

  const opened: string[] = [];
  const printed: { file: string; printer: string | null }[] = [];
  const secrets = opts.secrets ?? memorySecrets();
  const main = createMainApp({
    secrets,
    dataDir: opts.profileDir,
    resourcesDir: path.join(dist, 'resources'),
    dispatch: opts.dispatch ?? TEST_DISPATCH,
    microsoft: opts.microsoft ?? NO_MICROSOFT,
    store,
    files: attachmentFiles(opts.profileDir),
    // The one part of the desktop a headless browser cannot do: it is recorded instead, for tests to read.
    platform: {
      openPath: async (p) => void opened.push(p),
      openExternal: async (u) => void opened.push(u),
      printers: async () => ['Office printer', 'Reception'],
      printPdf: async (file, printer) => void printed.push({ file, printer }),
      systemLanguages: () => [opts.locale ?? 'en-GB'],
    },
    settings: jsonFileSettings(path.join(opts.profileDir, 'settings.json')),
    version: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    shell: 'test',
    clock,
    letters: { files: letterFiles(opts.profileDir), fonts: lazyLetterFonts(path.join(dist, 'resources')) },
  });

  const ui = await context.newPage();
  if (opts.withUi !== false) {
    await ui.exposeBinding('__debitumInvoke', (source, channel: string, input: unknown) => {
      const url = source.frame.url();
      const trusted = source.frame === ui.mainFrame() && url.startsWith(`${UI_ORIGIN}/`);
      return main.dispatch(channel, input, { trusted, url });
    });
    await ui.addInitScript({ path: path.join(dist, 'test-shell', 'ui-bridge.js') });
    main.onChange((event: ChangeEvent) => {
      ui.evaluate((e) => window.__debitumChanged?.(e), event).catch(() => {});
    });
    await ui.goto(`${UI_ORIGIN}/index.html`);
  }

  return {
    context,
    ui,
    storePage,
    store,
    main,
    clock,
    opened,
    printed,
    secrets,
    async close() {
      await main.close();
      await context.close();
    },
    kill() {
      main.halt();
      try {
        execFileSync('pkill', ['-KILL', '-f', '--', `--user-data-dir=${userDataDir}`]);
      } catch {
        // pkill exits 1 when nothing matched: the browser was already gone.
      }
    },
  };
}

declare global {
  interface Window {
    __debitumStoreIn?: (message: unknown) => void;
    __debitumChanged?: (event: ChangeEvent) => void;
  }
}
