import { z } from 'zod';
import { attachmentSchema, linkInputSchema, MAX_ATTACHMENT_BYTES } from '../domain/customer/attachment';
import { byId, channel, deleted } from './channel';
import { idSchema } from '../domain/id';

export const attachments = {
  addFile: channel(
    z
      .object({
        customerId: idSchema,
        name: z.string().trim().min(1).max(255),
        /** The file's bytes as base64; the UI reads them from a file input or a drop. */
        contentBase64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'errors.attachment.tooLarge'),
      })
      .strict(),
    attachmentSchema,
  ),
  addLink: channel(linkInputSchema, attachmentSchema),
  open: channel(byId, z.object({ opened: z.string() })),
  remove: channel(byId, deleted),
};
