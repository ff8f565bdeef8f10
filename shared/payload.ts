import { MAX_ATTACHMENT_BYTES } from './domain/customer/attachment';
import { MAX_IMPORT_BYTES } from './domain/import/import-record';
import { fail, issue, type Result } from './result';

/** Base64 carries 3 bytes in 4 characters. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
const MB = 1024 * 1024;

type Limit = { size: number; megabytes: number };

/**
 * How much one call may carry, measured as `callSize` does. Every form, list query and payment with its 500
 * allocations stays far below a megabyte; only the channels that carry file bytes (as base64) get room for them.
 */
export const DEFAULT_CALL_LIMIT: Limit = { size: MB, megabytes: 1 };
const FILE_CALL_LIMITS: Record<string, Limit> = {
  'attachments.addFile': { size: base64Length(MAX_ATTACHMENT_BYTES) + 64 * 1024, megabytes: MAX_ATTACHMENT_BYTES / MB },
  'imports.preview': { size: base64Length(MAX_IMPORT_BYTES) + MB, megabytes: MAX_IMPORT_BYTES / MB },
};
export const callLimit = (channel: string): Limit => (Object.hasOwn(FILE_CALL_LIMITS, channel) ? FILE_CALL_LIMITS[channel]! : DEFAULT_CALL_LIMIT);

/** Deeper than any input of the contract nests (a few levels); past it a value is refused, whatever its size. */
export const MAX_CALL_DEPTH = 32;

/**
 * Roughly what a value weighs as JSON: strings by their length, numbers 8, and every key, element and value a
 * few characters more. It stops counting as soon as `limit` is passed, so refusing a 500 MB call costs no more
 * than refusing one a byte over the limit (the one exception: an object's key list is built whole). Returns
 * Infinity for a value nested deeper than MAX_CALL_DEPTH. Iterative, so no nesting can overflow the stack.
 */
export function callSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0 && size <= limit) {
    const [v, depth] = stack.pop()!;
    size += 1;
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'bigint') size += 8;
    else if (v === null || typeof v !== 'object') size += 4;
    else if (depth >= MAX_CALL_DEPTH) return Number.POSITIVE_INFINITY;
    else if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) size += v.byteLength;
    else if (v instanceof Map || v instanceof Set) size += v.size * 8;
    else if (Array.isArray(v)) {
      size += v.length;
      for (let i = 0; i < v.length && size <= limit; i++) stack.push([v[i], depth + 1]);
    } else {
      for (const key of Object.keys(v)) {
        size += key.length + 3;
        if (size > limit) break;
        stack.push([(v as Record<string, unknown>)[key], depth + 1]);
      }
    }
  }
  return size;
}

/** A refusal for a call too large or too deep for its channel, before anything parses it; null when it fits. */
export function refuseOversized(channel: string, input: unknown): Result<never> | null {
  const limit = callLimit(channel);
  const size = callSize(input, limit.size);
  if (size <= limit.size) return null;
  const deep = size === Number.POSITIVE_INFINITY;
  const message = deep
    ? `call to ${channel} refused: nested deeper than ${MAX_CALL_DEPTH} levels`
    : `call to ${channel} refused: larger than its limit of ${limit.megabytes} MB`;
  const found = deep ? issue('(input)', 'errors.payload.tooDeep', message, { max: MAX_CALL_DEPTH }) : issue('(input)', 'errors.payload.tooLarge', message, { megabytes: limit.megabytes });
  return fail('validation', message, [found]);
}
