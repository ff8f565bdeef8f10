import { describe, expect, it } from 'vitest';
import { printCommand } from '../../electron/services/printing';

describe('printing a PDF exactly as it is', () => {
  it('uses SumatraPDF on Windows with scaling off on A4, to the printer chosen or the default', () => {
    expect(printCommand('win32', 'C:\\run.pdf', 'Kantoor', 'C:\\app\\SumatraPDF.exe')).toEqual({
      cmd: 'C:\\app\\SumatraPDF.exe',
      args: ['-print-to', 'Kantoor', '-print-settings', 'noscale,paper=A4', '-silent', 'C:\\run.pdf'],
    });
    expect(printCommand('win32', 'C:\\run.pdf', null, 'C:\\app\\SumatraPDF.exe')?.args.slice(0, 1)).toEqual(['-print-to-default']);
  });

  it('uses lp on macOS with print-scaling=none', () => {
    expect(printCommand('darwin', '/tmp/run.pdf', 'HP_LaserJet', null)).toEqual({ cmd: 'lp', args: ['-d', 'HP_LaserJet', '-o', 'print-scaling=none', '-o', 'media=A4', '/tmp/run.pdf'] });
  });

  it('has no silent way on Windows without SumatraPDF, so the PDF opens in the viewer instead', () => {
    expect(printCommand('win32', 'C:\\run.pdf', null, null)).toBeNull();
  });
});
