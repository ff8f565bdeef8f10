import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type * as LetterModule from '../../electron/services/documents/letter';
import type * as FontsModule from '../../electron/services/documents/fonts';
import { windowProfilePresets } from '../../shared/domain/documents/window-profiles';
import { pdfFile, pdfInfo } from './poppler';
import { sampleLetter } from './sample-letter';

const root = path.resolve(import.meta.dirname, '../..');

describe('the letter code bundled as main is (scripts/build.mjs: one CommonJS file for Node)', () => {
  it('still embeds its fonts and draws a letter', async () => {
    const entry = path.join(mkdtempSync(path.join(tmpdir(), 'debitum-bundle-')), 'entry.ts');
    writeFileSync(entry, `export * from ${JSON.stringify(path.join(root, 'electron/services/documents/letter'))};\nexport * from ${JSON.stringify(path.join(root, 'electron/services/documents/fonts'))};\n`);
    const outfile = path.join(path.dirname(entry), 'main.cjs');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'silent' });
    const bundled = createRequire(import.meta.url)(outfile) as typeof LetterModule & typeof FontsModule;
    const fonts = await bundled.loadLetterFonts(path.join(root, 'resources'));
    const pdf = await bundled.renderLetter(sampleLetter('nl'), windowProfilePresets.din5008a, { fonts, createdAt: '2026-02-02T09:00:00.000Z' });
    expect(pdfInfo(pdfFile(pdf)).pages).toBeGreaterThanOrEqual(1);
  });
});
