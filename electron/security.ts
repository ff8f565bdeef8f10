import { app, type Session, type WebContents } from 'electron';
import { CSP } from './services/app-files';

/** The privileged scheme the UI and the store host are served from; nothing is ever loaded over http(s). */
export const APP_SCHEME = 'app';
export const UI_ORIGIN = `${APP_SCHEME}://ui`;
export const STORE_ORIGIN = `${APP_SCHEME}://store`;

/** Denies what a credit-control app never needs: new windows, navigation away, permissions, webviews. */
export function hardenContents(contents: WebContents, allowedOrigin: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
