import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Reads PDFs back with tools that share no code with the writer: poppler for text and pixels, zbar for the QR. */
export function pdfFile(bytes: Uint8Array, name = 'letter.pdf'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'debitum-letter-')), name);
  writeFileSync(file, bytes);
  return file;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export const pdfText = (file: string, page?: number) => run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);

export function pdfInfo(file: string): { pages: number; pageSize: string; raw: string } {
  const raw = run('pdfinfo', [file]);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(raw)?.[1]), pageSize: /^Page size:\s+(.+)$/m.exec(raw)?.[1] ?? '', raw };
}

export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

export type Word = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word with its box in points from the page's top left, as `pdftotext -bbox` reports it. */
export function pdfWords(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5]!) });
  }
  return words;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Renders every page at 300 dpi and lets zbarimg look for QR codes on each; returns what it decoded. */
export function decodeQrCodes(file: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'debitum-qr-'));
  run('pdftoppm', ['-r', '300', '-png', file, path.join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .flatMap((f) => {
      // zbarimg exits with 4 when a page holds no code; that is an answer, not a failure.
      const r = spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(dir, f)], { encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 4) throw new Error(`zbarimg failed (${r.status}): ${r.stderr}`);
      return r.status === 0 ? [r.stdout.replace(/\n$/, '')] : [];
    });
}
