import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text's UTF-8 bytes, synchronous: ids derived from real-world keys (DESIGN.md, "Ready for several
 * seats") must be computable where no asynchronous WebCrypto call may run — inside an IndexedDB transaction or a
 * Dexie schema upgrade. @noble/hashes is the audited pure-JS implementation the field uses.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
