import { closePath, fill, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor } from '@cantoo/pdf-lib';
import { create } from 'qrcode';
import { A4_MM } from '../../../shared/domain/documents/window-profiles';
import { pt, type Sheet } from './sheet';

/** EPC069-12 asks for version 13 at most; 331 bytes at level M is exactly its capacity. */
const MAX_VERSION = 13;
export const QUIET_MODULES = 4;

/**
 * The EPC QR code as vector rectangles, one per horizontal run of dark modules, filled as one path: sharp at any
 * printer resolution and cheap to draw (a rectangle operator per module cost 11.6 ms a letter here). The payload
 * goes in byte mode as UTF-8, as its character-set line `1` says. Returns the size including the quiet zone.
 */
export function drawEpcQr(sheet: Sheet, payload: string, right: number, top: number, sizeMm: number): number {
  const code = create([{ data: new TextEncoder().encode(payload), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  if (code.version > MAX_VERSION) throw new RangeError(`EPC QR needs version ${code.version}, more than ${MAX_VERSION}`);
  const n = code.modules.size;
  const module = sizeMm / n;
  const quiet = QUIET_MODULES * module;
  const x0 = right - quiet - sizeMm;
  const y0 = top + quiet;
  const ops = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!code.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && code.modules.get(row, col)) col++;
      // PDF's y runs upwards: a module row's rectangle starts at its lower edge.
      ops.push(rectangle(pt(x0 + start * module), pt(A4_MM.height - y0 - (row + 1) * module), pt((col - start) * module), pt(module)), closePath());
    }
  }
  ops.push(fill(), popGraphicsState());
  sheet.page.pushOperators(...ops);
  return sizeMm + 2 * quiet;
}
