import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** DejaVu Sans, regular and bold: full Latin (Łódź, Őry, Ærø) and free to embed (resources/fonts/LICENSE-DejaVu.txt). */
export type LetterFonts = { regular: Uint8Array; bold: Uint8Array };

/**
 * Reads the letter fonts from a resources folder: the repository's resources/ in tests and scripts, dist/resources/
 * in the app, where scripts/build.mjs copies them (binary files are not bundled into main like the JSON tables).
 */
export async function loadLetterFonts(resourcesDir: string): Promise<LetterFonts> {
  const [regular, bold] = await Promise.all([
    readFile(path.join(resourcesDir, 'fonts', 'DejaVuSans.ttf')),
    readFile(path.join(resourcesDir, 'fonts', 'DejaVuSans-Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

/** The fonts, read from disk on the first letter and kept: a run of a thousand letters reads them once. */
export function lazyLetterFonts(resourcesDir: string): () => Promise<LetterFonts> {
  let fonts: Promise<LetterFonts> | null = null;
  return () => (fonts ??= loadLetterFonts(resourcesDir));
}
