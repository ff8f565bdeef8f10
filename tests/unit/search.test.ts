import { describe, it, expect } from 'vitest';
import { firstQueryWord, matchesSearch, searchKey, searchWords } from '../../shared/domain/customer/search';

describe('searchKey', () => {
  it('lowercases and removes accents', () => {
    expect(searchKey('Zoë Çelik')).toBe('zoe celik');
    expect(searchKey('MÜLLER')).toBe('muller');
    expect(searchKey('Crème Brûlée')).toBe('creme brulee');
  });

  it('folds letters NFD does not decompose', () => {
    expect(searchKey('Łódź')).toBe('lodz');
    expect(searchKey('Straße')).toBe('strasse');
    expect(searchKey('STRAẞE')).toBe('strasse');
    expect(searchKey('Ærø')).toBe('aero');
    expect(searchKey('Œuvre')).toBe('oeuvre');
    expect(searchKey('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(searchKey('Đorđević')).toBe('dordevic');
    expect(searchKey('Işık')).toBe('isik');
    expect(searchKey('Þór')).toBe('thor');
    expect(searchKey('İstanbul')).toBe('istanbul');
  });

  it('turns punctuation into single spaces between words', () => {
    expect(searchKey("  O'Brien & Zn. B.V.  ")).toBe('o brien zn b v');
    expect(searchKey('K-10042')).toBe('k 10042');
    expect(searchKey('...')).toBe('');
    expect(searchKey('')).toBe('');
  });

  it('treats a capitalised word-final sigma like any other sigma', () => {
    expect(searchKey('ΚΩΣ')).toBe(searchKey('κωσ'));
  });
});

describe('searchWords', () => {
  it('collects distinct words and the run-together form of multi-word texts', () => {
    expect(searchWords('K10042', 'Van den Berg', 'van den Berg B.V.')).toEqual([
      'k10042',
      'van',
      'den',
      'berg',
      'vandenberg',
      'b',
      'v',
      'vandenbergbv',
    ]);
  });

  it('adds no run-together form for single-word texts', () => {
    expect(searchWords('Zoë')).toEqual(['zoe']);
  });

  it('ignores empty and punctuation-only texts', () => {
    expect(searchWords('', ' - ', 'Acme')).toEqual(['acme']);
    expect(searchWords()).toEqual([]);
  });

  it('is deterministic and free of duplicates', () => {
    const a = searchWords('Müller Müller', 'MULLER', 'Zoë Çelik');
    const b = searchWords('Müller Müller', 'MULLER', 'Zoë Çelik');
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    expect(a).toEqual(['muller', 'mullermuller', 'zoe', 'celik', 'zoecelik']);
  });
});

describe('matchesSearch', () => {
  const zoe = searchWords('C20001', 'Zoë Çelik');
  const berg = searchWords('K10042', 'Van den Berg');
  const muller = searchWords('D300', 'Müller GmbH');
  const strasse = searchWords('D301', 'Straße & Co');
  const lodz = searchWords('P1', 'Łódź Logistics');

  it.each([
    ['zoe', zoe],
    ['Zoë', zoe],
    ['celik', zoe],
    ['ÇEL', zoe],
    ['zoe cel', zoe],
    ['MÜLLER', muller],
    ['muller', muller],
    ['mull gmb', muller],
    ['strasse', strasse],
    ['straße', strasse],
    ['lodz', lodz],
    ['Łódź', lodz],
    ['de berg', berg],
    ['berg van', berg],
    ['vandenb', berg],
    ['vandenberg', berg],
    ['K100', berg],
    ['k10042', berg],
    ['c2', zoe],
  ])('%j finds the customer', (query, words) => {
    expect(matchesSearch(query, words)).toBe(true);
  });

  it.each([
    ['zoey', zoe],
    ['elik', zoe],
    ['berg x', berg],
    ['K1005', berg],
    ['denberg', berg],
    ['mueller', muller],
    ['strase', strasse],
  ])('%j does not find the customer', (query, words) => {
    expect(matchesSearch(query, words)).toBe(false);
  });

  it('matches everything on an empty or punctuation-only query', () => {
    expect(matchesSearch('', berg)).toBe(true);
    expect(matchesSearch('  ', berg)).toBe(true);
    expect(matchesSearch('-', [])).toBe(true);
  });

  it('matches nothing on a non-empty query against no words', () => {
    expect(matchesSearch('a', [])).toBe(false);
  });
});

describe('firstQueryWord', () => {
  it('returns the longest normalised word', () => {
    expect(firstQueryWord('de Berg')).toBe('berg');
    expect(firstQueryWord('  ZOË  ')).toBe('zoe');
    expect(firstQueryWord('K100 van')).toBe('k100');
  });

  it('breaks ties by taking the earliest word', () => {
    expect(firstQueryWord('van den')).toBe('van');
    expect(firstQueryWord('den van')).toBe('den');
  });

  it('returns an empty string when there is no word', () => {
    expect(firstQueryWord('')).toBe('');
    expect(firstQueryWord(' .,- ')).toBe('');
  });

  it('is a prefix of an index entry whenever the query matches', () => {
    const words = searchWords('K10042', 'Van den Berg');
    for (const query of ['de berg', 'vandenb', 'K100', 'van den b']) {
      const first = firstQueryWord(query);
      expect(matchesSearch(query, words)).toBe(true);
      expect(words.some((w) => w.startsWith(first))).toBe(true);
    }
  });
});
