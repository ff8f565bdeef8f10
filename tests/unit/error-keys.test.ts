import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as en from '../../renderer/i18n/locales/en';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en);

describe('every error key the shared rules use has its words', () => {
  it('in the English source (the other languages follow its shape, see locales.test.ts)', () => {
    const keys = new Set(files(path.join(root, 'shared')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(errors\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter((k) => typeof lookup(k) !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('every error key of the outbox has its words', () => {
  it('for the keys main and shared/ name, and for each company detail a letter needs', async () => {
    const { companySchema, missingForLetters } = await import('../../shared/domain/documents/company');
    const sources = [...files(path.join(root, 'shared')), ...files(path.join(root, 'electron'))];
    const keys = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(outbox\.errors\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!)));
    for (const field of missingForLetters(companySchema.parse({}))) keys.add(`outbox.errors.missing.${field}`);
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });
});

describe('every error key of Settings → E-mail has its words', () => {
  it('for the keys main names for the Microsoft sign-in and the test message', () => {
    const keys = new Set(files(path.join(root, 'electron')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(mail\.errors\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(5);
    expect([...keys].filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });
});
