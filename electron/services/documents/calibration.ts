import type { Language } from '../../../shared/domain/customer/customer';
import { fill, letterLabels, letterLocale } from '../../../shared/domain/documents/letter-labels';
import { A4_MM, type WindowProfile } from '../../../shared/domain/documents/window-profiles';
import type { LetterFonts } from './fonts';
import { finish, newDocument } from './letter';
import { grey, ink, rule, Sheet, wrap } from './sheet';

const mm = (n: number) => `${String(n).replace('.', ',')} mm`;

/** Millimetre rulers along the top and left edges, to read off where the window really is. */
function rulers(sheet: Sheet): void {
  for (let x = 10; x < A4_MM.width; x += 5) sheet.line(x, 0, x, x % 10 === 0 ? 4 : 2, 0.3, grey);
  for (let x = 20; x < A4_MM.width; x += 20) sheet.text(String(x), x, 6.5, { size: 5.5, color: grey, align: 'centre' });
  for (let y = 10; y < A4_MM.height; y += 5) sheet.line(0, y, y % 10 === 0 ? 4 : 2, y, 0.3, grey);
}

/**
 * One page with the profile's address field (its outline, a cross and sample lines), the information block and the
 * fold and hole marks, each with its measure: printed without scaling and folded, it shows whether the window
 * envelope of the office shows the address.
 */
export async function renderCalibrationPage(profile: WindowProfile, options: { fonts: LetterFonts; language: Language; createdAt: string }): Promise<Uint8Array> {
  const labels = letterLabels[options.language].calibration;
  const { doc, fonts } = await newDocument(options.fonts, JSON.stringify(profile));
  const sheet = Sheet.add(doc, fonts);
  rulers(sheet);
  const a = profile.address;
  sheet.rect(a.x, a.top, a.width, a.height, { border: ink, dash: [3, 2] });
  const zoneTop = a.top + profile.returnHeight;
  if (profile.returnHeight > 0) {
    sheet.line(a.x, zoneTop, a.x + a.width, zoneTop, 0.4, rule);
    sheet.text(labels.returnZone, a.x + 2, zoneTop - 2, { size: 7, color: grey });
  }
  sheet.line(a.x, zoneTop, a.x + a.width, a.top + a.height, 0.3, rule);
  sheet.line(a.x, a.top + a.height, a.x + a.width, zoneTop, 0.3, rule);
  sheet.text(`${labels.addressField}: x ${mm(a.x)}, y ${mm(a.top)}, ${a.width} × ${a.height} mm`, a.x + 2, zoneTop + 4, { size: 7.5, bold: true });
  ['Łódź Trading sp. z o.o.', 'ul. Piotrkowska 104', '90-926 Łódź'].forEach((line, i) => sheet.text(line, a.x + 5, zoneTop + 10 + i * 4.3, { size: 10 }));
  const info = profile.info;
  sheet.rect(info.x, info.top, info.width, 28, { border: grey, dash: [1, 2] });
  sheet.text(`${labels.info}: x ${mm(info.x)}, y ${mm(info.top)}, ${mm(info.width)}`, info.x + 2, info.top + 4, { size: 7.5, color: grey });
  for (const at of profile.foldMarks) {
    sheet.line(4, at, 9, at, 0.6, ink);
    sheet.text(`${labels.fold} ${mm(at)}`, 11, at + 1, { size: 7, color: grey });
  }
  if (profile.holeMark !== null) {
    sheet.line(4, profile.holeMark, 12, profile.holeMark, 0.6, ink);
    sheet.text(`${labels.hole} ${mm(profile.holeMark)}`, 14, profile.holeMark + 1, { size: 7, color: grey });
  }
  const top = Math.max(a.top + a.height, info.top + 28) + 14;
  sheet.text(fill(labels.title, { profile: profile.preset }), 40, top, { size: 13, bold: true });
  wrap(labels.howTo, 150, (s) => sheet.widthMm(s, { size: 9.5 })).forEach((line, i) => sheet.text(line, 40, top + 7 + i * 4.8, { size: 9.5 }));
  return finish(doc, { title: fill(labels.title, { profile: profile.preset }), author: 'Debitum', language: letterLocale[options.language], createdAt: options.createdAt, id: JSON.stringify(profile) });
}
