import { MAX_ATTACHMENT_BYTES, sanitizeFileName } from '../../../shared/domain/customer/attachment';
import { AppFailure, issue } from '../../../shared/result';
import { sha256Of } from '../../services/files';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

/** Main owns the files: it checks, hashes and stores the bytes; the store keeps the record. */
export const attachmentsHandlers = ({ store, files, platform, ctx }: HandlerDeps): Handlers['attachments'] => ({
  async addFile({ customerId, name, contentBase64 }) {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppFailure('validation', 'file too large', [issue('file', 'errors.attachment.tooLarge', 'file too large')]);
    }
    const sha256 = sha256Of(bytes);
    const existing = await store.call('attachments.findByHash', { customerId, sha256 });
    if (existing) {
      throw new AppFailure('conflict', 'this file is already attached', [
        issue('file', 'errors.attachment.duplicate', 'this file is already attached', { name: existing.name }),
      ]);
    }
    const stored = await files.save(customerId, name, bytes, sha256);
    try {
      return await store.call('attachments.add', { customerId, kind: 'file', name: sanitizeFileName(name), target: stored, sizeBytes: bytes.length, sha256 }, ctx());
    } catch (e) {
      await files.remove(stored);
      throw e;
    }
  },
  addLink: ({ customerId, name, url }) =>
    store.call('attachments.add', { customerId, kind: 'link', name: name || new URL(url).host, target: url, sizeBytes: null, sha256: null }, ctx()),
  async open({ id }) {
    const a = await store.call('attachments.get', { id });
    if (a.kind === 'link') await platform.openExternal(a.target);
    else await platform.openPath(files.pathOf(a.target));
    return { opened: a.name };
  },
  async remove({ id }) {
    const a = await store.call('attachments.remove', { id });
    if (a.kind === 'file') await files.remove(a.target);
    return { id };
  },
});
