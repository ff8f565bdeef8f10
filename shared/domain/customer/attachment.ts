import { z } from 'zod';
import { idSchema } from '../id';

/** A file copied into the app's data folder, or a web link, attached to a customer. */
export const attachmentSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(['file', 'link']),
  name: z.string(),
  /** Files: the name inside the data folder; links: the URL. */
  target: z.string(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const linkInputSchema = z
  .object({
    customerId: idSchema,
    name: z.string().trim().max(200).default(''),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((u) => {
        try {
          return ['http:', 'https:'].includes(new URL(u).protocol);
        } catch {
          return false;
        }
      }, 'errors.url'),
  })
  .strict();

/** Windows and macOS both accept the result; path separators and reserved names never reach the disk. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // Control characters are invalid in file names on Windows and confusing everywhere.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/^[. ]+|[. ]+$/g, '')
    .slice(0, 120);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
  if (!cleaned || reserved.test(cleaned)) return `file_${cleaned || 'unnamed'}`;
  return cleaned;
}
