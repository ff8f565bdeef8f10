import type { Attachment } from '../../../shared/domain/customer/attachment';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import type { AttachmentRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';

/** Metadata of attached files and links; main copies the file bytes into the data folder before this is called. */
export function attachmentRepository(db: DebitumDb, emit: ChangeSink) {
  return {
    async findByHash(customerId: string, sha256: string): Promise<Attachment | undefined> {
      return db.attachments.where('[customerId+sha256]').equals([customerId, sha256]).first();
    },

    async add(input: Omit<Attachment, 'id' | 'createdAt' | 'createdBy'>, actor: Actor): Promise<Attachment> {
      return write(db, ['attachments', 'customers'], emit, async () => {
        if (!(await db.customers.get(input.customerId))) throw new AppFailure('not_found', 'customer does not exist');
        if (input.sha256 && (await db.attachments.where('[customerId+sha256]').equals([input.customerId, input.sha256]).count()) > 0) {
          throw new AppFailure('conflict', 'this file is already attached', [issue('file', 'errors.attachment.duplicate', 'this file is already attached')]);
        }
        const r: AttachmentRecord = { ...input, id: crypto.randomUUID(), createdAt: actor.now, createdBy: actor.user };
        await db.attachments.add(r);
        return r;
      });
    },

    async get(id: string): Promise<Attachment> {
      const a = await db.attachments.get(id);
      if (!a) throw new AppFailure('not_found', `attachment ${id} does not exist`);
      return a;
    },

    async remove(id: string): Promise<Attachment> {
      return write(db, ['attachments'], emit, async () => {
        const a = await db.attachments.get(id);
        if (!a) throw new AppFailure('not_found', `attachment ${id} does not exist`);
        await db.attachments.delete(id);
        return a;
      });
    },

    async list(customerId: string): Promise<Attachment[]> {
      const rows = await db.attachments.where('customerId').equals(customerId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  };
}
