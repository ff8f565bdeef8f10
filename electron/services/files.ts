import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFileName } from '../../shared/domain/customer/attachment';
import { AppFailure } from '../../shared/result';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Attached files live in the app's data folder, one folder per customer, never outside it. */
export function attachmentFiles(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  const inside = (stored: string) => {
    const full = path.resolve(root, stored);
    if (path.relative(root, full).startsWith('..')) throw new Error(`refusing a path outside the data folder: ${stored}`);
    return full;
  };
  return {
    root,
    pathOf: inside,
    /** Written to a temporary name first, so a crash never leaves half a file under the real name. */
    async save(customerId: string, name: string, bytes: Uint8Array, sha256: string): Promise<string> {
      // The store makes ids of letters, digits and dashes; anything else names no customer, and no folder either.
      if (!/^[A-Za-z0-9_-]+$/.test(customerId)) throw new AppFailure('not_found', `customer ${customerId.slice(0, 100)} does not exist`);
      const stored = path.posix.join(customerId, `${sha256.slice(0, 12)}-${sanitizeFileName(name)}`);
      const full = inside(stored);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(`${full}.part`, bytes);
      await rename(`${full}.part`, full);
      return stored;
    },
    async remove(stored: string): Promise<void> {
      await rm(inside(stored), { force: true });
    },
  };
}

export type AttachmentFiles = ReturnType<typeof attachmentFiles>;

/** What only the desktop can do: hand a file or a link to the operating system, and print a PDF as it is. */
export type Platform = {
  openPath(fullPath: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  /** The system's printers by name. */
  printers(): Promise<string[]>;
  /** Prints a PDF at 100 % (no fit-to-page: it would move the address out of the window) on A4; null: the default printer. */
  printPdf(fullPath: string, printer: string | null): Promise<void>;
  /** The operating system's preferred languages as BCP 47 tags, most preferred first: the first start speaks one of them. */
  systemLanguages(): readonly string[];
};
