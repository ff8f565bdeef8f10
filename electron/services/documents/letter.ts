import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PrintScaling, rgb } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { friendlyFormatIBAN } from 'ibantools';
import { logoKind, missingForLetters } from '../../../shared/domain/documents/company';
import { type LetterInput, letterInputSchema, letterQrPayload } from '../../../shared/domain/documents/letter-input';
import {
  fill,
  formatLetterMoney,
  formatLongDate,
  formatRate,
  formatShortDate,
  letterLabels,
  letterLocale,
  type LetterLabels,
} from '../../../shared/domain/documents/letter-labels';
import type { WindowProfile } from '../../../shared/domain/documents/window-profiles';
import { paragraphsOf } from '../../../shared/domain/dunning/texts';
import { formatReference, parseStructuredReference } from '../../../shared/domain/payment/reference';
import { AppFailure, issue, zodIssues } from '../../../shared/result';
import type { LetterFonts } from './fonts';
import { drawEpcQr } from './qr';
import { type Fonts, grey, ink, PT_PER_MM, shade, Sheet, type TextStyle, wrap } from './sheet';

export type LetterOptions = {
  fonts: LetterFonts;
  /** The company logo's bytes (PNG or JPEG) when it has one. */
  logo?: Uint8Array | null;
  /** The business clock's now(): the PDF's creation date, so the same input makes the same file. */
  createdAt: string;
};

const LEFT = 25;
const RIGHT = 190;
const WIDTH = RIGHT - LEFT;
/** Where running text stops above the page number and the footer. */
const FLOW_BOTTOM = 270;
const NEXT_PAGE_TOP = 26;
const QR_MM = 30;
const accent = rgb(0.1, 0.24, 0.42);

const BODY: TextStyle = { size: 10 };
const BODY_LINE = 4.6;
const SMALL: TextStyle = { size: 8, color: grey };
const CELL: TextStyle = { size: 8.5 };
const CELL_LINE = 4.8;

type Ctx = { doc: PDFDocument; fonts: Fonts; input: LetterInput; labels: LetterLabels; sheets: Sheet[] };

/** Running text and tables that continue on a new page, with the short header every following page carries. */
class Flow {
  y: number;
  constructor(
    private readonly ctx: Ctx,
    top: number,
  ) {
    this.y = top;
  }

  get sheet(): Sheet {
    return this.ctx.sheets[this.ctx.sheets.length - 1]!;
  }

  /** True when it had to start a new page to find `height` millimetres. */
  need(height: number): boolean {
    if (this.y + height <= FLOW_BOTTOM) return false;
    const sheet = Sheet.add(this.ctx.doc, this.ctx.fonts);
    this.ctx.sheets.push(sheet);
    runningHeader(sheet, this.ctx);
    this.y = NEXT_PAGE_TOP;
    return true;
  }

  paragraph(text: string, style: TextStyle = BODY, lineHeight = BODY_LINE): void {
    const lines = wrap(text, WIDTH, (s) => this.sheet.widthMm(s, style));
    for (const line of lines) {
      this.need(lineHeight);
      this.sheet.text(line, LEFT, this.y + lineHeight * 0.72, style);
      this.y += lineHeight;
    }
  }
}

function runningHeader(sheet: Sheet, { input, labels }: Ctx): void {
  sheet.text(input.company.legalName, LEFT, 14, { size: 9, bold: true, color: accent });
  const ref = [input.ourReference && `${labels.ourReference} ${input.ourReference}`, `${labels.customerNumber} ${input.customerNumber}`, formatLongDate(input.date, input.language)];
  sheet.text(ref.filter(Boolean).join(' · '), RIGHT, 14, { ...SMALL, align: 'right' });
  sheet.line(LEFT, 17, RIGHT, 17);
}

function letterhead(sheet: Sheet, input: LetterInput, profile: WindowProfile, logo: Awaited<ReturnType<PDFDocument['embedPng']>> | null): void {
  const c = input.company;
  const roomAbove = Math.min(profile.address.top, profile.info.top);
  if (logo) {
    const box = { width: 60, height: Math.max(8, Math.min(20, roomAbove - 14)) };
    const scale = Math.min(box.width / (logo.width / PT_PER_MM), box.height / (logo.height / PT_PER_MM));
    const [w, h] = [(logo.width / PT_PER_MM) * scale, (logo.height / PT_PER_MM) * scale];
    sheet.page.drawImage(logo, { x: LEFT * PT_PER_MM, y: (297 - 10 - h) * PT_PER_MM, width: w * PT_PER_MM, height: h * PT_PER_MM });
  } else {
    sheet.fitted(c.legalName, LEFT, 17, 95, { size: 15, bold: true, color: accent });
  }
  const lines = [c.street, [c.postcode, c.city].filter(Boolean).join(' '), c.phone, c.email, c.website].filter(Boolean);
  let y = 12;
  if (logo) {
    sheet.text(c.legalName, RIGHT, y, { size: 9, bold: true, color: accent, align: 'right' });
    y += 3.9;
  }
  for (const line of lines) {
    sheet.text(line, RIGHT, y, { ...SMALL, align: 'right' });
    y += 3.5;
  }
}

/** The recipient's lines inside the window; the size steps down rather than let a long name leave the window. */
function addressField(sheet: Sheet, input: LetterInput, profile: WindowProfile, labels: LetterLabels): void {
  const { address } = profile;
  const x = address.x + 5;
  const width = address.width - 10;
  const c = input.company;
  if (profile.returnHeight > 0) {
    const back = [c.legalName, c.street, [c.postcode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
    sheet.fitted(back, x, address.top + profile.returnHeight - 1.6, width, { size: 6.5, color: grey });
    sheet.line(x, address.top + profile.returnHeight - 0.9, x + Math.min(width, sheet.widthMm(back, { size: 6.5 })), address.top + profile.returnHeight - 0.9, 0.3);
  }
  const r = input.recipient;
  const given = [r.name, r.contactPerson && fill(labels.attention, { name: r.contactPerson }), r.street, r.postcodeCity, r.country.toUpperCase()].filter(Boolean);
  const zone = { top: address.top + profile.returnHeight, height: address.height - profile.returnHeight };
  for (const size of [10, 9, 8]) {
    const style: TextStyle = { size };
    const lineHeight = (size * 1.2) / PT_PER_MM;
    const lines = given.flatMap((l) => wrap(l, width, (s) => sheet.widthMm(s, style)));
    const height = lines.length * lineHeight;
    if (height > zone.height - 1 && size > 8) continue;
    if (height > zone.height - 1) throw new AppFailure('validation', 'the address does not fit in the window', [issue('recipient', 'errors.letter.addressTooLong', 'address too long for the window')]);
    let y = profile.addressAlign === 'centre' ? zone.top + (zone.height - height) / 2 : zone.top + 1;
    for (const line of lines) {
      sheet.text(line, x, y + lineHeight * 0.78, style);
      y += lineHeight;
    }
    return;
  }
}

/** Our reference, customer number, date and whom to call, in two columns; returns where the block ends. */
function infoBlock(sheet: Sheet, input: LetterInput, profile: WindowProfile, labels: LetterLabels): number {
  const rows: [string, string][] = [
    [labels.ourReference, input.ourReference],
    [labels.customerNumber, input.customerNumber],
    [labels.date, formatLongDate(input.date, input.language)],
    [labels.contact, input.contact.name],
    [labels.phone, input.contact.phone],
    [labels.email, input.contact.email],
  ];
  const shown = rows.filter(([, value]) => value);
  const { x, top, width } = profile.info;
  const labelWidth = Math.min(width * 0.45, Math.max(...shown.map(([l]) => sheet.widthMm(l, SMALL))) + 3);
  let y = top + 3;
  for (const [label, value] of shown) {
    sheet.text(label, x, y, SMALL);
    sheet.fitted(value, x + labelWidth, y, width - labelWidth, { size: 9 });
    y += 4.5;
  }
  return y;
}

type Column = { header: string; width: number; align: 'left' | 'right' };

/** Columns as [head, width in mm, alignment]; together they span the text width of 165 mm. */
const columns = (...spec: [string, number, Column['align']?][]): Column[] => spec.map(([header, width, align = 'left']) => ({ header, width, align }));

/**
 * A table whose header comes back on every page it continues on, under the title marked as continued. The last row
 * keeps `tail` millimetres after it on its page, so a line that explains the table never stands alone overleaf.
 */
function table(flow: Flow, ctx: Ctx, title: string, columns: Column[], rows: string[][], tail = 0): void {
  const headStyle: TextStyle = { size: 7.5, bold: true, color: grey };
  // A head too long for its column goes on two lines at word breaks, and shrinks if a word alone is too wide.
  const headLines = columns.map((c) => wrap(c.header, c.width - 2, (s) => flow.sheet.widthMm(s, headStyle), false));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * 3.3 + 2.4;
  const head = (continued: boolean) => {
    flow.sheet.text(continued ? fill(ctx.labels.continued, { title }) : title, LEFT, flow.y + 4.5, { size: 10, bold: true });
    flow.y += 6.5;
    flow.sheet.rect(LEFT, flow.y, WIDTH, headHeight, { fill: shade });
    let x = LEFT;
    columns.forEach((c, i) => {
      headLines[i]!.forEach((line, k) => flow.sheet.fitted(line, c.align === 'right' ? x + c.width - 1 : x + 1, flow.y + 3.6 + k * 3.3, c.width - 2, { ...headStyle, align: c.align }));
      x += c.width;
    });
    flow.y += headHeight;
  };
  flow.need(6.5 + headHeight + CELL_LINE);
  head(false);
  rows.forEach((row, r) => {
    if (flow.need(CELL_LINE + (r === rows.length - 1 ? tail : 0))) head(true);
    let x = LEFT;
    columns.forEach((c, i) => {
      const edge = c.align === 'right' ? x + c.width - 1 : x + 1;
      flow.sheet.fitted(row[i] ?? '', edge, flow.y + 3.4, c.width - 2, { ...CELL, align: c.align });
      x += c.width;
    });
    flow.y += CELL_LINE;
    flow.sheet.line(LEFT, flow.y, RIGHT, flow.y, 0.3);
  });
}

function itemsTable(flow: Flow, ctx: Ctx): void {
  const { input, labels } = ctx;
  const money = (c: number) => formatLetterMoney(c, input.currency, input.language);
  const date = (d: string) => formatShortDate(d, input.language);
  table(
    flow,
    ctx,
    labels.items,
    columns([labels.invoice, 33], [labels.invoiceDate, 25], [labels.dueDate, 25], [labels.amount, 29, 'right'], [labels.open, 29, 'right'], [labels.daysOverdue, 24, 'right']),
    input.items.map((i) => [i.number, date(i.issueDate), date(i.dueDate), money(i.amountCents), money(i.openCents), String(i.daysOverdue)]),
  );
}

function interestTable(flow: Flow, ctx: Ctx): void {
  const { input, labels } = ctx;
  const rows = input.items.flatMap((i) =>
    i.interest.map((p) => [
      i.number,
      formatShortDate(p.from, input.language),
      formatShortDate(p.to, input.language),
      String(p.days),
      formatRate(p.ratePct, input.language),
      formatLetterMoney(p.amountCents, input.currency, input.language),
    ]),
  );
  if (rows.length === 0) return;
  flow.y += 5;
  table(
    flow,
    ctx,
    labels.interest,
    columns([labels.invoice, 33], [labels.from, 25], [labels.to, 25], [labels.days, 20, 'right'], [labels.rate, 25, 'right'], [labels.interestAmount, 37, 'right']),
    rows,
    5.5,
  );
  flow.y += 1.5;
  flow.paragraph(labels.interestContinues, SMALL, 4);
}

/** Principal, interest and each cost, then the total due: what the letter asks for. */
function totalLines({ input, labels }: Ctx): [string, number][] {
  const lines: [string, number][] = [[labels.principal, input.items.reduce((s, i) => s + i.openCents, 0)]];
  if (input.interestCents !== 0) lines.push([fill(labels.interestTo, { date: formatShortDate(input.date, input.language) }), input.interestCents]);
  for (const c of input.costs) lines.push([labels.costs[c.label], c.cents]);
  return lines;
}

function drawTotals(sheet: Sheet, top: number, lines: [string, number][], { input, labels }: Ctx): void {
  const money = (c: number) => formatLetterMoney(c, input.currency, input.language);
  const x = 100;
  let y = top;
  for (const [label, cents] of lines) {
    sheet.fitted(label, x, y + 3.6, 58, { size: 9 });
    sheet.text(money(cents), RIGHT - 1, y + 3.6, { size: 9, align: 'right' });
    y += BODY_LINE;
  }
  sheet.line(x, y + 0.5, RIGHT, y + 0.5, 0.8, ink);
  sheet.text(labels.totalDue, x, y + 5.9, { size: 10.5, bold: true });
  sheet.text(money(input.totalCents), RIGHT - 1, y + 5.9, { size: 10.5, bold: true, align: 'right' });
}

function paymentRows({ input, labels }: Ctx): [string, string][] {
  const reference = parseStructuredReference(input.paymentReference);
  const rows: [string, string][] = [
    [labels.payee, input.company.legalName],
    [labels.iban, friendlyFormatIBAN(input.iban) ?? input.iban],
    [labels.bic, input.bic],
    [labels.paymentReference, reference ? formatReference(reference.scheme, reference.value) : input.paymentReference],
  ];
  return rows.filter(([, v]) => v);
}

/** The pay-by date and the bank details, with the GiroCode on the right. */
function drawPayment(sheet: Sheet, top: number, rows: [string, string][], qr: string | null, { input, labels }: Ctx): void {
  sheet.line(LEFT, top, RIGHT, top, 0.5);
  sheet.text(labels.payment, LEFT, top + 5, { size: 10, bold: true });
  sheet.text(fill(labels.payBy, { date: formatLongDate(input.payBy, input.language) }), LEFT, top + 10.5, { size: 10, bold: true, color: accent });
  const labelWidth = Math.max(...rows.map(([l]) => sheet.widthMm(l, SMALL))) + 4;
  rows.forEach(([label, value], i) => {
    sheet.text(label, LEFT, top + 16 + i * 5, SMALL);
    sheet.fitted(value, LEFT + labelWidth, top + 16 + i * 5, 115 - labelWidth, { size: 9.5 });
  });
  if (qr) {
    const size = drawEpcQr(sheet, qr, RIGHT, top + 1, QR_MM);
    sheet.fitted(labels.scanToPay, RIGHT - size / 2, top + size + 3.5, size, { size: 6.5, color: grey, align: 'centre' });
  }
}

/** What is due and how to pay it, kept together on one page: a total is never read apart from where it goes. */
function settlement(flow: Flow, ctx: Ctx): void {
  const lines = totalLines(ctx);
  const rows = paymentRows(ctx);
  const qr = letterQrPayload(ctx.input);
  const totalsHeight = lines.length * BODY_LINE + 8.5;
  const paymentHeight = Math.max(12 + rows.length * 5, qr ? QR_MM + 6 : 0);
  flow.y += 3;
  flow.need(totalsHeight + 4 + paymentHeight);
  drawTotals(flow.sheet, flow.y, lines, ctx);
  flow.y += totalsHeight + 4;
  drawPayment(flow.sheet, flow.y, rows, qr, ctx);
  flow.y += paymentHeight;
}

function footer(sheet: Sheet, page: number, pages: number, { input, labels }: Ctx): void {
  const c = input.company;
  sheet.text(fill(labels.page, { page, pages }), RIGHT, 276, { size: 8, color: grey, align: 'right' });
  sheet.line(LEFT, 279, RIGHT, 279, 0.4);
  const registration = labels.registration[c.country as keyof LetterLabels['registration']] ?? labels.registration.other;
  const rows = [
    [c.legalName, c.street, [c.postcode, c.city].filter(Boolean).join(' '), c.phone, c.email, c.website],
    [c.vatNumber && `${labels.vatNumber} ${c.vatNumber}`, c.registrationNumber && `${registration} ${c.registrationNumber}`, c.iban && `IBAN ${friendlyFormatIBAN(c.iban) ?? c.iban}`, c.bic && `BIC ${c.bic}`],
    [c.footerLine],
  ];
  let y = 282.8;
  for (const row of rows) {
    const text = row.filter(Boolean).join(' · ');
    if (!text) continue;
    sheet.fitted(text, LEFT, y, WIDTH, { size: 6.8, color: grey });
    y += 3.2;
  }
}

function marks(sheet: Sheet, profile: WindowProfile): void {
  for (const at of profile.foldMarks) sheet.line(4, at, 9, at, 0.4, grey);
  if (profile.holeMark !== null) sheet.line(4, profile.holeMark, 12, profile.holeMark, 0.4, grey);
}

/** The body's paragraphs (blank lines between them) and the reviewer's note, then the signature if one is set. */
function text(flow: Flow, input: LetterInput): void {
  const paragraphs = [...paragraphsOf(input.body), ...paragraphsOf(input.note)];
  paragraphs.forEach((p, i) => {
    if (i > 0) flow.y += BODY_LINE * 0.6;
    flow.paragraph(p);
  });
  const { signatureName, signatureFunction } = input.company;
  if (!signatureName) return;
  flow.y += 9;
  flow.need(2 * BODY_LINE);
  flow.paragraph(signatureName);
  if (signatureFunction) flow.paragraph(signatureFunction, { ...BODY, color: grey });
}

function validated(input: LetterInput): LetterInput {
  const parsed = letterInputSchema.safeParse(input);
  if (!parsed.success) throw new AppFailure('validation', 'the letter is not complete', zodIssues(parsed.error));
  const missing = missingForLetters(parsed.data.company);
  if (missing.length > 0) {
    throw new AppFailure('validation', `the company details lack ${missing.join(', ')}`, missing.map((f) => issue(`company.${f}`, 'errors.required', `${f} is required for letters`)));
  }
  return parsed.data;
}

/**
 * A subset font is named with a tag of six capitals (PDF 32000 §9.6.4), so readers and pdffonts know it is one; the
 * tag derives from the document's content rather than chance, so the same letter is the same file.
 */
const subsetName = (seed: string, family: string) => {
  const tag = [...createHash('sha256').update(`${seed}|${family}`).digest().subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
  return `${tag}+${family}`;
};

/**
 * Parsing a font file takes fontkit tens of milliseconds, so each file is parsed once and its font shared by every
 * letter (each still writes its own subset); so are the widths measured in it, which never depend on the letter.
 */
const parsed = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const measured = new WeakMap<Uint8Array, Map<string, number>>();
const sharedFontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    let font = parsed.get(bytes);
    if (!font) {
      font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), postscriptName);
      parsed.set(bytes, font);
    }
    return font;
  },
};
const widthsOf = (bytes: Uint8Array) => {
  let widths = measured.get(bytes);
  if (!widths) {
    widths = new Map();
    measured.set(bytes, widths);
  }
  return widths;
};

export async function newDocument(fonts: LetterFonts, seed: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true, customName: subsetName(seed, 'DejaVuSans') });
  const bold = await doc.embedFont(fonts.bold, { subset: true, customName: subsetName(seed, 'DejaVuSans-Bold') });
  return { doc, fonts: { regular, bold, widths: { regular: widthsOf(fonts.regular), bold: widthsOf(fonts.bold) } } };
}

/**
 * PDF/A-2b for the copy kept with the reminder (fonts are embedded, colours are sRGB), printed as it is: the viewer
 * is told not to scale, since "fit to page" moves the address out of the window. The file id derives from the
 * content, so the same letter is the same file.
 */
export async function finish(doc: PDFDocument, meta: { title: string; author: string; language: string; createdAt: string; id: string }): Promise<Uint8Array> {
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setLanguage(meta.language);
  doc.setCreator('Debitum');
  doc.setProducer('Debitum with @cantoo/pdf-lib');
  doc.setCreationDate(new Date(meta.createdAt));
  doc.setModificationDate(new Date(meta.createdAt));
  doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  const id = PDFHexString.of(createHash('sha256').update(meta.id).digest('hex').slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  doc.convertToPDFA({ conformance: '2B' });
  return doc.save();
}

/** A reminder letter as PDF bytes: A4, the address in the profile's window, the items, interest, costs and GiroCode. */
export async function renderLetter(letter: LetterInput, profile: WindowProfile, options: LetterOptions): Promise<Uint8Array> {
  const input = validated(letter);
  const labels = letterLabels[input.language];
  const id = JSON.stringify(input);
  const { doc, fonts } = await newDocument(options.fonts, id);
  const logo = options.logo ? await embedLogo(doc, options.logo) : null;
  const ctx: Ctx = { doc, fonts, input, labels, sheets: [Sheet.add(doc, fonts)] };
  const first = ctx.sheets[0]!;
  letterhead(first, input, profile, logo);
  addressField(first, input, profile, labels);
  marks(first, profile);
  const infoEnd = infoBlock(first, input, profile, labels);
  const flow = new Flow(ctx, Math.max(profile.address.top + profile.address.height, infoEnd) + 8);
  flow.need(BODY_LINE * 3);
  flow.paragraph(input.subject, { size: 11, bold: true }, 5.5);
  flow.y += 4;
  text(flow, input);
  flow.y += 7;
  itemsTable(flow, ctx);
  interestTable(flow, ctx);
  settlement(flow, ctx);
  ctx.sheets.forEach((sheet, i) => footer(sheet, i + 1, ctx.sheets.length, ctx));
  return finish(doc, {
    title: input.subject,
    author: input.company.legalName,
    language: letterLocale[input.language],
    createdAt: options.createdAt,
    id,
  });
}

async function embedLogo(doc: PDFDocument, bytes: Uint8Array) {
  const kind = logoKind(bytes);
  if (kind === 'png') return doc.embedPng(bytes);
  if (kind === 'jpeg') return doc.embedJpg(bytes);
  throw new AppFailure('validation', 'the logo is not a PNG or JPEG image', [issue('company.logo', 'errors.company.logoNotImage', 'logo is not an image')]);
}
