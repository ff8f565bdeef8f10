import { describe, it, expect } from 'vitest';
import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import * as fr from '../../renderer/i18n/locales/fr';
import * as nl from '../../renderer/i18n/locales/nl';

type Tree = { readonly [key: string]: unknown };

/** Every leaf as [dotted path, value]; nested objects are walked, anything else is a leaf. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value as Tree, path) : [[path, value]];
  });
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

const source = new Map(leaves(en));
const others = { nl, de, fr } as const;

describe('en (source)', () => {
  it('has only non-empty string values', () => {
    for (const [path, value] of source) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
    }
  });
});

describe.each(Object.entries(others))('%s', (_name, locale) => {
  const translated = new Map(leaves(locale as Tree));

  it('has every key of en', () => {
    const missing = [...source.keys()].filter((path) => !translated.has(path));
    expect(missing).toEqual([]);
  });

  it('has no key that en lacks', () => {
    const extra = [...translated.keys()].filter((path) => !source.has(path));
    expect(extra).toEqual([]);
  });

  it('has only non-empty string values', () => {
    for (const [path, value] of translated) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
    }
  });

  it('uses the same {{placeholders}} as en for every key', () => {
    for (const [path, value] of source) {
      const other = translated.get(path);
      if (typeof value !== 'string' || typeof other !== 'string') continue;
      expect(placeholders(other), path).toEqual(placeholders(value));
    }
  });
});

describe.each(Object.entries({ en, ...others }))('%s: one term per screen', (_name, l) => {
  it('names every area in the menu as its page title does', () => {
    const menu = [l.app.nav.customers, l.app.nav.receivables, l.dunning.nav, l.outbox.nav, l.imports.nav, l.bank.nav, l.app.nav.settings];
    const titles = [l.customers.title, l.receivables.title, l.dunning.title, l.outbox.title, l.imports.title, l.bank.title, l.settings.title];
    expect(menu).toEqual(titles);
  });
});
