import path from 'node:path';

/** The content security policy of every page the app serves: only its own scripts, no remote anything. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Maps a request URL to a file under `root`, or null when the path would leave it (../, encoded or not, or a
 * NUL byte). Used by the app:// protocol and by the test shell, so both refuse the same paths.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${pathname}`)}`);
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel === '' ? path.join(root, 'index.html') : file;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};
export const contentType = (file: string): string => types[path.extname(file)] ?? 'application/octet-stream';
