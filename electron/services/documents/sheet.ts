import { type PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from '@cantoo/pdf-lib';
import { A4_MM } from '../../../shared/domain/documents/window-profiles';

/** Everything on a letter is placed in millimetres from the sheet's top left, as DIN 5008 and DOMAIN.md §4 measure. */
export const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number) => mm * PT_PER_MM;
export const A4_PT: [number, number] = [pt(A4_MM.width), pt(A4_MM.height)];

export const ink = rgb(0.1, 0.1, 0.12);
export const grey = rgb(0.38, 0.38, 0.42);
export const rule = rgb(0.72, 0.72, 0.75);
export const shade = rgb(0.94, 0.95, 0.96);

/** The two faces of a document, with the widths of what was measured in them, at size 1, in points. */
export type Fonts = { regular: PDFFont; bold: PDFFont; widths: { regular: Map<string, number>; bold: Map<string, number> } };

export type TextStyle = { size: number; bold?: boolean; color?: RGB; align?: 'left' | 'right' | 'centre' };

/** One A4 page addressed in millimetres from the top left; `baseline` is where the letters sit. */
export class Sheet {
  constructor(
    readonly page: PDFPage,
    readonly fonts: Fonts,
  ) {}

  static add(doc: PDFDocument, fonts: Fonts): Sheet {
    return new Sheet(doc.addPage(A4_PT), fonts);
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Measuring shapes the text (kerning, ligatures): the dearest step of a letter, so each string is shaped once. */
  widthMm(text: string, style: TextStyle): number {
    const widths = style.bold ? this.fonts.widths.bold : this.fonts.widths.regular;
    let width = widths.get(text);
    if (width === undefined) {
      width = this.font(style).widthOfTextAtSize(text, 1);
      // Amounts and names differ from letter to letter: a bound keeps a long-running app from collecting them all.
      if (widths.size > 20_000) widths.clear();
      widths.set(text, width);
    }
    return (width * style.size) / PT_PER_MM;
  }

  /** Draws one line; with `align` right or centre, `x` is the right edge or the centre. */
  text(text: string, x: number, baseline: number, style: TextStyle): void {
    if (text === '') return;
    const width = this.widthMm(text, style);
    const left = style.align === 'right' ? x - width : style.align === 'centre' ? x - width / 2 : x;
    this.page.drawText(text, { x: pt(left), y: pt(A4_MM.height - baseline), size: style.size, font: this.font(style), color: style.color ?? ink });
  }

  /** One line that must fit `width`: the size shrinks (to 70 % at most) before the line would run over. */
  fitted(text: string, x: number, baseline: number, width: number, style: TextStyle): void {
    const natural = this.widthMm(text, style);
    const size = natural <= width ? style.size : Math.max(style.size * 0.7, (style.size * width) / natural);
    this.text(text, x, baseline, { ...style, size });
  }

  line(x1: number, top1: number, x2: number, top2: number, thickness = 0.5, color: RGB = rule): void {
    this.page.drawLine({ start: { x: pt(x1), y: pt(A4_MM.height - top1) }, end: { x: pt(x2), y: pt(A4_MM.height - top2) }, thickness, color });
  }

  rect(x: number, top: number, width: number, height: number, style: { fill?: RGB; border?: RGB; dash?: number[] }): void {
    this.page.drawRectangle({
      x: pt(x),
      y: pt(A4_MM.height - top - height),
      width: pt(width),
      height: pt(height),
      ...(style.fill ? { color: style.fill } : {}),
      ...(style.border ? { borderColor: style.border, borderWidth: 0.5 } : {}),
      ...(style.dash ? { borderDashArray: style.dash } : {}),
    });
  }
}

/**
 * Breaks text into lines no wider than `width` mm, measuring words rather than every candidate line (a line is as
 * wide as its words and spaces); a word longer than a line is cut where it must be, unless `cutWords` is off.
 */
export function wrap(text: string, width: number, measure: (s: string) => number, cutWords = true): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let current = '';
    let used = 0;
    for (const word of hard.split(/ +/)) {
      const w = measure(word);
      if (current && used + space + w <= width) {
        current = `${current} ${word}`;
        used += space + w;
        continue;
      }
      if (current) lines.push(current);
      [current, used] = [word, w];
      while (cutWords && used > width && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && measure(current.slice(0, cut)) > width) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
        used = measure(current);
      }
    }
    lines.push(current);
  }
  return lines;
}
