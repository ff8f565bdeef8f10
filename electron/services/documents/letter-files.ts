import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Letters in the app's data folder: each reminder's letter under a name derived from its id (the record of what was
 * sent, kept as printed), and each run's print job. Written to a temporary name first, so a crash never leaves half
 * a PDF under the real name.
 */
export function letterFiles(dataDir: string) {
  const root = path.join(dataDir, 'letters');
  const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
  async function save(name: string, bytes: Uint8Array, under = root): Promise<string> {
    const full = path.join(under, name);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(`${full}.part`, bytes);
    await rename(`${full}.part`, full);
    return full;
  }
  return {
    letterPath: (reminderId: string) => path.join(root, `${safe(reminderId)}.pdf`),
    hasLetter: (reminderId: string) => existsSync(path.join(root, `${safe(reminderId)}.pdf`)),
    saveLetter: (reminderId: string, bytes: Uint8Array) => save(`${safe(reminderId)}.pdf`, bytes),
    savePrintJob: (runId: string, bytes: Uint8Array) => save(path.join('print', `${safe(runId)}.pdf`), bytes),
    savePreview: (reminderId: string, bytes: Uint8Array) => save(path.join('preview', `${safe(reminderId)}.pdf`), bytes),
    readLogo: (logo: string) => readFile(path.join(dataDir, logo)),
    /** The logo under a fixed name per kind, relative to the data folder as the company settings keep it. */
    async saveLogo(bytes: Uint8Array, kind: 'png' | 'jpeg'): Promise<string> {
      const relative = path.posix.join('branding', `logo.${kind === 'png' ? 'png' : 'jpg'}`);
      const full = path.join(dataDir, relative);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(`${full}.part`, bytes);
      await rename(`${full}.part`, full);
      return relative;
    },
    saveCalibration: (bytes: Uint8Array) => save('calibration.pdf', bytes),
    /** A file made for someone outside the office (the collection agency's list), in the data folder's exports. */
    saveExport: (name: string, bytes: Uint8Array) => save(name, bytes, path.join(dataDir, 'exports')),
  };
}

export type LetterFiles = ReturnType<typeof letterFiles>;
