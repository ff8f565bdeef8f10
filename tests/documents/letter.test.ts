import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PDFDocument, PrintScaling } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCalibrationPage } from '../../electron/services/documents/calibration';
import { type LetterFonts, loadLetterFonts } from '../../electron/services/documents/fonts';
import { renderLetter } from '../../electron/services/documents/letter';
import { mergeLetters } from '../../electron/services/documents/print-job';
import { type LetterInput, letterQrPayload } from '../../shared/domain/documents/letter-input';
import { fill, letterLabels } from '../../shared/domain/documents/letter-labels';
import { type WindowProfile, windowProfilePresets } from '../../shared/domain/documents/window-profiles';
import { AppFailure } from '../../shared/result';
import { decodeQrCodes, pdfFile, pdfFonts, pdfInfo, pdfText, pdfWords, type Word } from './poppler';
import { DIACRITICS, sampleItems, sampleLetter, sampleLogo } from './sample-letter';

const createdAt = '2026-02-02T09:00:00.000Z';
const PT = 72 / 25.4;
let fonts: LetterFonts;

beforeAll(async () => {
  fonts = await loadLetterFonts(path.resolve(import.meta.dirname, '../../resources'));
});

const render = (input: LetterInput, profile: WindowProfile = windowProfilePresets.din5008b) => renderLetter(input, profile, { fonts, createdAt });

/** pdftotext lays columns out with runs of spaces; one space is enough to compare. */
const squeeze = (s: string) => s.replace(/[ \u00a0\u202f]+/g, ' ');

describe('a reminder letter read back with poppler', () => {
  it('prints every diacritic, amount, reference and date in Dutch, on A4, with its fonts embedded and subset', async () => {
    const input = sampleLetter('nl');
    const file = pdfFile(await render(input));
    const text = squeeze(pdfText(file));
    const expected = [
      ...DIACRITICS,
      'Łódź Trading sp. z o.o.',
      't.a.v. Jan Őry',
      '90-926 Łódź',
      'Zoë Çelik',
      'Totaal te betalen € 506,02',
      'Te betalen uiterlijk op 16 februari 2026',
      'RF18 5390 0754 7034',
      'NL91 ABNA 0417 1643 00',
      '2025-01041 01-01-2025 01-02-2025 € 121,00 € 121,00 200',
      '2025-01041 01-07-2025 31-01-2026 215 10,15 % € 7,22',
      'De rente loopt door tot de dag van betaling.',
    ];
    for (const words of expected) expect(text).toContain(words);

    const info = pdfInfo(file);
    expect(info.pageSize).toMatch(/^595\.27\d? x 841\.89 pts \(A4\)/);
    const pages = info.pages;
    for (let page = 1; page <= pages; page++) expect(squeeze(pdfText(file, page))).toContain(`Pagina ${page} van ${pages}`);

    const used = pdfFonts(file);
    expect(used.length).toBe(2);
    for (const font of used) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    }
  });

  it.each(['en', 'de', 'fr'] as const)('words its labels, money and dates in %s', async (language) => {
    const input = sampleLetter(language);
    const text = squeeze(pdfText(pdfFile(await render(input))));
    const labels = letterLabels[language];
    const expected = { en: '€506.02', de: '506,02 €', fr: '506,02 €' }[language];
    expect(text).toContain(`${labels.totalDue} ${expected}`);
    expect(text).toContain(labels.daysOverdue.split(' ')[0]);
    for (const name of DIACRITICS) expect(text).toContain(name);
    expect(text).toContain({ en: '16 February 2026', de: '16. Februar 2026', fr: '16 février 2026' }[language]);
  });

  it('carries an EPC QR code that an independent reader decodes to the payload', async () => {
    const input = sampleLetter('nl');
    const decoded = decodeQrCodes(pdfFile(await render(input)));
    expect(decoded).toEqual(['BCD\n002\n1\nSCT\nABNANL2A\nÆrø Incasso B.V.\nNL91ABNA0417164300\nEUR506.02\n\nRF18539007547034']);
    expect(decoded[0]).toBe(letterQrPayload(input));
  });

  it('prints no QR code for a letter in US dollars', async () => {
    const input = sampleLetter('en', { currency: 'USD' });
    expect(letterQrPayload(input)).toBeNull();
    const file = pdfFile(await render(input));
    expect(decodeQrCodes(file)).toEqual([]);
    const text = squeeze(pdfText(file));
    expect(text).toContain('Total due US$506.02');
    expect(text).not.toContain(letterLabels.en.scanToPay);
  });

  it('continues 60 invoices over the pages with the table header repeated and the pages numbered', async () => {
    const input = sampleLetter('en', { items: sampleItems(60) });
    const file = pdfFile(await render(input));
    const pages = pdfInfo(file).pages;
    expect(pages).toBeGreaterThanOrEqual(3);
    const labels = letterLabels.en;
    const header = `${labels.invoice} ${labels.invoiceDate} ${labels.dueDate} ${labels.amount} ${labels.open} ${labels.daysOverdue}`;
    const seen = new Set<string>();
    let continued = 0;
    for (let page = 1; page <= pages; page++) {
      const text = squeeze(pdfText(file, page));
      expect(text).toContain(fill(labels.page, { page, pages }));
      const rows = [...text.matchAll(/^ ?(2025-\d{5}) \d\d\/\d\d\/2025 \d\d\/\d\d\/2025 €/gm)].map((m) => m[1]!);
      if (rows.length > 0) {
        expect(text, `page ${page}`).toContain(header);
        if (page > 1) {
          expect(text).toContain(fill(labels.continued, { title: labels.items }));
          continued++;
        }
      }
      for (const row of rows) {
        expect(seen.has(row), row).toBe(false);
        seen.add(row);
      }
    }
    expect(seen.size).toBe(60);
    expect(continued).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.values(windowProfilePresets).map((p) => [p.preset, p] as const))('puts the address inside the window of %s', async (_name, profile) => {
    const input = sampleLetter('de');
    const words = pdfWords(pdfFile(await render(input, profile))).filter((w) => w.page === 1);
    const { address, returnHeight } = profile;
    const zone = { left: address.x * PT, right: (address.x + address.width) * PT, top: (address.top + returnHeight) * PT, bottom: (address.top + address.height) * PT };
    const r = input.recipient;
    const lines = [r.name, `z. Hd. ${r.contactPerson}`, r.street, r.postcodeCity, r.country.toUpperCase()];
    for (const word of lines.join(' ').split(' ')) {
      const inside = words.filter((w) => w.text === word && w.xMin >= zone.left && w.xMax <= zone.right && w.yMin >= zone.top && w.yMax <= zone.bottom);
      expect(inside.length, `${word} in the window`).toBeGreaterThan(0);
    }
    const strangers = words.filter((w) => w.xMax > zone.left && w.xMin < zone.right && w.yMax > zone.top && w.yMin < zone.bottom && !lines.join(' ').split(' ').includes(w.text));
    expect(strangers.map((w) => w.text)).toEqual([]);
  });

  it('wraps a long name inside the window rather than over its edge', async () => {
    const profile = windowProfilePresets['nl-right'];
    const name = 'Łódź Hurtownia Materiałów Budowlanych i Wykończeniowych Zoë Çelik sp. z o.o.';
    const input = { ...sampleLetter('nl'), recipient: { ...sampleLetter('nl').recipient, name } };
    const words = pdfWords(pdfFile(await render(input, profile))).filter((w) => w.page === 1);
    const { address } = profile;
    const [left, right, top, bottom] = [address.x * PT, (address.x + address.width) * PT, address.top * PT, (address.top + address.height) * PT];
    const inside = (w: Word) => w.xMin >= left && w.xMax <= right && w.yMin >= top && w.yMax <= bottom;
    for (const word of name.split(' ')) expect(words.some((w) => w.text === word && inside(w)), word).toBe(true);
    const straddling = words.filter((w) => !inside(w) && w.xMax > left && w.xMin < right && w.yMax > top && w.yMin < bottom);
    expect(straddling.map((w) => w.text)).toEqual([]);
  });

  it('prints the reviewer’s note and a PNG logo in the letterhead', async () => {
    const file = pdfFile(await renderLetter({ ...sampleLetter('nl'), note: 'Uw deelbetaling van 12 januari is verwerkt.' }, windowProfilePresets.din5008a, { fonts, createdAt, logo: sampleLogo() }));
    expect(squeeze(pdfText(file))).toContain('Uw deelbetaling van 12 januari is verwerkt.');
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(images.map((l) => l.trim().split(/\s+/).slice(3, 5))).toEqual([['240', '80']]);
  });

  it('refuses a logo that is not an image', async () => {
    const error = await renderLetter(sampleLetter('nl'), windowProfilePresets.din5008b, { fonts, createdAt, logo: new TextEncoder().encode('<svg/>') }).catch((e: unknown) => e);
    expect((error as AppFailure).issues.map((i) => i.key)).toEqual(['errors.company.logoNotImage']);
  });

  it('sets print scaling to none and declares PDF/A-2b', async () => {
    const bytes = await render(sampleLetter('nl'));
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.getViewerPreferences()?.getPrintScaling()).toBe(PrintScaling.None);
    const xmp = Buffer.from(bytes).toString('latin1');
    expect(xmp).toMatch(/pdfaid:part(>|=")2/);
    expect(xmp).toMatch(/pdfaid:conformance(>|=")B/);
  });

  it('is the same file for the same input, whatever the day it is made', async () => {
    const input = sampleLetter('fr');
    expect(Buffer.from(await render(input)).equals(Buffer.from(await render(input)))).toBe(true);
  });

  it('refuses a letter whose company lacks what letters need, naming the fields', async () => {
    const input = sampleLetter('nl');
    const error = await render({ ...input, company: { ...input.company, iban: '', registrationNumber: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).issues.map((i) => i.field)).toEqual(['company.registrationNumber', 'company.iban']);
  });

  it('refuses a letter whose total is not what its lines add up to', async () => {
    const input = sampleLetter('nl');
    const error = await render({ ...input, totalCents: input.totalCents + 1 }).catch((e: unknown) => e);
    expect((error as AppFailure).issues.map((i) => i.key)).toEqual(['errors.letter.total']);
  });
});

describe('the print job of a run', () => {
  it('merges letters in order and pads each to an even page count for duplex', async () => {
    const short = await render(sampleLetter('nl'));
    const long = await render(sampleLetter('en', { items: sampleItems(60) }));
    const [shortPages, longPages] = [pdfInfo(pdfFile(short)).pages, pdfInfo(pdfFile(long)).pages];
    const even = (n: number) => n + (n % 2);
    const simplex = pdfFile(await mergeLetters([short, long, short], { duplex: false }));
    expect(pdfInfo(simplex).pages).toBe(2 * shortPages + longPages);
    const duplexBytes = await mergeLetters([short, long, short], { duplex: true });
    const duplex = pdfFile(duplexBytes);
    expect(pdfInfo(duplex).pages).toBe(2 * even(shortPages) + even(longPages));
    // The second letter starts on the first page after the first letter's (padded) sheets.
    expect(squeeze(pdfText(duplex, even(shortPages) + 1))).toContain('Page 1 of');
    expect((await PDFDocument.load(duplexBytes)).catalog.getViewerPreferences()?.getPrintScaling()).toBe(PrintScaling.None);
  });
});

describe('the calibration page', () => {
  it('shows the window and the marks of the profile with their measures', async () => {
    const file = pdfFile(await renderCalibrationPage(windowProfilePresets.din5008a, { fonts, language: 'de', createdAt }));
    expect(pdfInfo(file).pages).toBe(1);
    const text = squeeze(pdfText(file));
    expect(text).toContain('Anschriftfeld: x 20 mm, y 27 mm, 85 × 45 mm');
    expect(text).toContain('Falz 87 mm');
    expect(text).toContain('Falz 192 mm');
    expect(text).toContain('Lochung 148,5 mm');
  });
});
