import { z } from 'zod';
import { idSchema } from '../domain/id';
import { importOutcomeSchema, importPreviewSchema } from '../domain/import/preview';
import { csvMappingSchema } from '../domain/import/csv-mapping';
import { MAX_IMPORT_BYTES } from '../domain/import/import-record';
import { channel } from './channel';

/** Import files arrive as base64 from the UI's file picker. */
const MAX_IMPORT_FILES = 200;
const importFileSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'errors.import.tooLarge'),
  })
  .strict();

export const imports = {
  /** What importing these files would bring, and what not and why; nothing is written. */
  preview: channel(
    z
      .object({
        files: z.array(importFileSchema).min(1).max(MAX_IMPORT_FILES),
        /** The user's column mapping for the CSV files; without it a saved source's or a guessed one is used. */
        csv: z
          .object({
            mapping: csvMappingSchema,
            delimiter: z.enum([';', ',', '\t', '|']),
            source: z.string().trim().max(60).default(''),
            prefix: z.string().trim().max(10).default(''),
          })
          .strict()
          .optional(),
        /** Possible duplicates (by entry key) the user chose to import; every other one is skipped. */
        include: z.array(z.string().min(1).max(400)).max(100_000).default([]),
      })
      .strict(),
    importPreviewSchema,
  ),
  /** Writes a preview, all or nothing; refuses when the ledger changed since the preview. */
  commit: channel(z.object({ previewId: idSchema }).strict(), importOutcomeSchema),
};
