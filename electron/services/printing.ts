import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/**
 * How each system prints a PDF exactly as it is (DOMAIN.md §4): scaling off and A4, or a "fit to page" moves the
 * address out of the envelope window. Windows has no such command of its own, so a bundled SumatraPDF prints;
 * macOS (and Linux) have CUPS `lp`. Null: no way to print silently here, and the PDF opens in the system viewer.
 */
export function printCommand(os: NodeJS.Platform, file: string, printer: string | null, sumatra: string | null): { cmd: string; args: string[] } | null {
  if (os === 'win32') {
    if (!sumatra) return null;
    return { cmd: sumatra, args: [...(printer ? ['-print-to', printer] : ['-print-to-default']), '-print-settings', 'noscale,paper=A4', '-silent', file] };
  }
  return { cmd: 'lp', args: [...(printer ? ['-d', printer] : []), '-o', 'print-scaling=none', '-o', 'media=A4', file] };
}

/** Prints through the system's command, or hands the PDF to the viewer (its print dialog) where there is none. */
export function systemPrinter(opts: { sumatraPath: string; openPath(file: string): Promise<void> }) {
  const run = promisify(execFile);
  return async (file: string, printer: string | null): Promise<void> => {
    const command = printCommand(process.platform, file, printer, existsSync(opts.sumatraPath) ? opts.sumatraPath : null);
    if (!command) return opts.openPath(file);
    await run(command.cmd, command.args, { timeout: 120_000 });
  };
}
