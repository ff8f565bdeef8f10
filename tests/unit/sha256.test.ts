import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bankEntryId } from '../../shared/domain/bank/transaction-key';
import { sha256Hex } from '../../shared/domain/sha256';

describe('sha256Hex', () => {
  it.each([
    ['the empty text', ''],
    ['one block', 'abc'],
    ['the longest single-block message', 'a'.repeat(55)],
    ['a message whose length spills into a second block', 'a'.repeat(56)],
    ['whole blocks', 'b'.repeat(128)],
    ['multi-byte UTF-8', 'Müller & Söhne € 😀 Łódź'.repeat(20)],
  ])('agrees with Node for %s', (_label, text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('gives the published vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('bankEntryId', () => {
  it('is short, fixed and the same for the same key', () => {
    const key = 'NL91ABNA0417164300|2026-11-20|EUR|C|121000|NL91ABNA0417164300|e:ALPHA-0001|0';
    expect(bankEntryId(key)).toMatch(/^bank-[0-9a-f]{32}$/);
    expect(bankEntryId(key)).toBe(bankEntryId(key));
    expect(bankEntryId(key.replace(/0$/, '1'))).not.toBe(bankEntryId(key));
  });
});
