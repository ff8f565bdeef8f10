import { z } from 'zod';
import { languages } from '../domain/customer/customer';
import { idSchema } from '../domain/id';
import { channel, none } from './channel';

const runId = z.string().min(1).max(100);
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Letters: a reminder's letter to look at, and a run's letters as one print job. Main renders, keeps and prints them. */
export const documents = {
  /** Opens the reminder's letter: the kept one once it was printed, else a preview rendered now. */
  openLetter: channel(z.object({ reminderId: z.string().min(1).max(300) }).strict(), z.object({ path: z.string(), kept: z.boolean() })),
  /**
   * The run's letters still to be posted, merged into one PDF and printed without scaling (or only saved); each
   * letter is kept with its reminder, which then counts as delivered by post. Reminders without a postal address
   * are named and left for the user.
   */
  printRun: channel(
    z.object({ runId, printer: z.string().trim().max(200).nullable().default(null), saveOnly: z.boolean().default(false) }).strict(),
    z.object({ printed: z.number().int(), file: z.string().nullable(), withoutAddress: z.array(z.object({ reminderId: z.string(), customerName: z.string() })) }),
  ),
  printers: channel(none, z.array(z.string())),
  /** The placeholders' values for one customer today, at a level: the text editor's preview with real data. */
  textValues: channel(
    z.object({ customerId: idSchema, levelId: z.string().min(1).max(40) }).strict(),
    z.object({ language: z.enum(languages), values: z.record(z.string(), z.string()) }),
  ),
  /** The company logo (PNG or JPEG, up to 2 MB), kept in the data folder; null removes it. */
  setLogo: channel(
    z.object({ file: z.object({ name: z.string().trim().min(1).max(255), contentBase64: z.string().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, 'errors.company.logoTooLarge') }).strict().nullable() }).strict(),
    z.object({ logo: z.string().nullable() }),
  ),
  /**
   * The invoices handed over to a collection agency as one CSV file (semicolons, UTF-8 with BOM, as spreadsheets in
   * the Netherlands, Belgium and Germany open it), with their reminders and dossier; opened once written.
   */
  handover: channel(none, z.object({ path: z.string().nullable(), rows: z.number().int() })),
  /** A page with the window and fold marks of the office's profile, to hold against an envelope. */
  calibration: channel(none, z.object({ path: z.string() })),
};
