import { app, BrowserWindow, ipcMain, MessageChannelMain, net, protocol, safeStorage, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import Store from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultSettings, type Settings } from '../shared/settings';
import { createMainApp, type MainApp } from './app';
import { APP_SCHEME, hardenApp, hardenContents, hardenSession, STORE_ORIGIN, UI_ORIGIN } from './security';
import { resolveAppPath } from './services/app-files';
import { settingsFrom, type SettingsStore } from './services/settings';
import { createStoreClient } from './services/store-client';
import { attachmentFiles } from './services/files';
import { systemClock } from './services/clock';
import { lazyLetterFonts } from './services/documents/fonts';
import { letterFiles } from './services/documents/letter-files';
import { systemPrinter } from './services/printing';
import { PRODUCT_DISPATCH } from './services/outbox/dispatcher';
import { MICROSOFT_ENDPOINTS } from './services/outbox/microsoft';
import type { SecretStore } from './services/secrets';
import { AppFailure } from '../shared/result';
import type { FromStore, ToStore } from './store/protocol';

const STORE_PARTITION = 'persist:debitum-store';
const distRoot = path.join(__dirname, '..');
const roots = { ui: path.join(distRoot, 'renderer'), store: path.join(distRoot, 'store') };

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

/** Serves one of the app's two pages to one session only: the UI session never reaches the store's files. */
function serveApp(target: Electron.Session, host: keyof typeof roots): void {
  target.protocol.handle(APP_SCHEME, (request) => {
    const file = new URL(request.url).host === host ? resolveAppPath(roots[host], request.url) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function electronSettings(): SettingsStore {
  // electron-store writes its defaults to the file as it opens it: whether it was there must be asked before.
  const firstStart = !existsSync(path.join(app.getPath('userData'), 'settings.json'));
  const store = new Store<Settings>({ name: 'settings', defaults: defaultSettings });
  return {
    firstStart,
    get: () => settingsFrom(store.store),
    update(patch) {
      const next = settingsFrom({ ...settingsFrom(store.store), ...patch });
      store.store = next;
      return next;
    },
  };
}

/**
 * Secrets encrypted by the operating system's key store (DPAPI, Keychain) through safeStorage, one file each in the
 * data folder; a secret that can no longer be decrypted (another user, a new machine) reads as absent.
 */
function safeSecrets(dir: string): SecretStore {
  const file = (name: string) => path.join(dir, `${name.replace(/[^a-z0-9-]/gi, '_')}.bin`);
  return {
    async get(name) {
      const bytes = await readFile(file(name)).catch(() => null);
      if (!bytes) return null;
      return safeStorage.decryptStringAsync(bytes).then(
        (r) => r.result,
        () => null,
      );
    },
    async set(name, value) {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) throw new AppFailure('io', 'the system keeps no secrets for this app (no key store)');
      await mkdir(dir, { recursive: true });
      await writeFile(`${file(name)}.part`, await safeStorage.encryptStringAsync(value));
      await rename(`${file(name)}.part`, file(name));
    },
    remove: (name) => rm(file(name), { force: true }),
  };
}

function createStoreHost(): { window: BrowserWindow; port: Electron.MessagePortMain } {
  const storeSession = session.fromPartition(STORE_PARTITION);
  serveApp(storeSession, 'store');
  hardenSession(storeSession);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: STORE_PARTITION,
      preload: path.join(__dirname, 'store-preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      // A hidden window must keep its timers running or store calls would stall.
      backgroundThrottling: false,
    },
  });
  hardenContents(win.webContents, STORE_ORIGIN);
  const { port1, port2 } = new MessageChannelMain();
  win.webContents.once('did-finish-load', () => win.webContents.postMessage('debitum:store-port', null, [port2]));
  void win.loadURL(`${STORE_ORIGIN}/index.html`);
  return { window: win, port: port1 };
}

function createUiWindow(main: MainApp): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Debitum',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  hardenContents(win.webContents, UI_ORIGIN);
  win.once('ready-to-show', () => win.show());
  const unsubscribe = main.onChange((event) => {
    if (!win.isDestroyed()) win.webContents.send('debitum:changed', event);
  });
  win.on('closed', () => {
    unsubscribe();
    // The hidden store host keeps a window open, so 'window-all-closed' never fires: quit with the UI window.
    if (process.platform !== 'darwin') app.quit();
  });
  void win.loadURL(`${UI_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  hardenApp();
  serveApp(session.defaultSession, 'ui');
  hardenSession(session.defaultSession);
  const host = createStoreHost();
  host.port.start();
  const store = createStoreClient({
    send: (m: ToStore) => host.port.postMessage(m),
    onMessage: (listener: (m: FromStore) => void) => host.port.on('message', (e) => listener(e.data as FromStore)),
  });
  const openPath = async (fullPath: string) => {
    const error = await shell.openPath(fullPath);
    if (error) throw new AppFailure('io', error);
  };
  const main = createMainApp({
    store,
    settings: electronSettings(),
    version: app.getVersion(),
    shell: 'electron',
    clock: systemClock(),
    files: attachmentFiles(app.getPath('userData')),
    secrets: safeSecrets(path.join(app.getPath('userData'), 'secrets')),
    dataDir: app.getPath('userData'),
    resourcesDir: path.join(distRoot, 'resources'),
    dispatch: PRODUCT_DISPATCH,
    microsoft: MICROSOFT_ENDPOINTS,
    platform: {
      openPath,
      openExternal: (url) => shell.openExternal(url),
      printers: async () => (await uiWindow.webContents.getPrintersAsync()).map((p) => p.name),
      // SumatraPDF is shipped next to the app on Windows (electron-builder extraResources); see README.
      printPdf: systemPrinter({ sumatraPath: path.join(process.resourcesPath, 'SumatraPDF.exe'), openPath }),
      // The system's language list (Windows display languages, macOS preferred languages); older systems give one locale.
      systemLanguages: () => {
        const preferred = app.getPreferredSystemLanguages();
        return preferred.length > 0 ? preferred : [app.getLocale()];
      },
    },
    letters: { files: letterFiles(app.getPath('userData')), fonts: lazyLetterFonts(path.join(distRoot, 'resources')) },
  });
  let uiWindow = createUiWindow(main);

  ipcMain.handle('debitum:call', (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const trusted =
      !!frame && !uiWindow.isDestroyed() && frame === uiWindow.webContents.mainFrame && frame.url.startsWith(`${UI_ORIGIN}/`);
    return main.dispatch(String(channel), input, { trusted, url: frame?.url ?? '(gone)' });
  });

  app.on('second-instance', () => {
    if (uiWindow.isDestroyed()) uiWindow = createUiWindow(main);
    if (uiWindow.isMinimized()) uiWindow.restore();
    uiWindow.focus();
  });
  app.on('activate', () => {
    if (uiWindow.isDestroyed()) uiWindow = createUiWindow(main);
  });

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Hold the quit until the store host has finished its pending writes and closed the database.
    event.preventDefault();
    closing = true;
    void main.close().finally(() => {
      host.window.destroy();
      app.quit();
    });
  });
}

void app.whenReady().then(start);
