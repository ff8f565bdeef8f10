import { describe, it, expect } from 'vitest';
import {
  formatBeReference,
  formatReference,
  formatRfReference,
  isValidBeReference,
  isValidNlReference,
  isValidReference,
  isValidRfReference,
  makeBeReference,
  makeNlReference,
  makeReference,
  makeRfReference,
  normalizeReference,
  parseStructuredReference,
  type ReferenceScheme,
} from '../../shared/domain/payment/reference';

/** Every string that differs from `s` in exactly one digit. */
function oneDigitChanges(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (!/\d/.test(ch)) continue;
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== ch) out.push(s.slice(0, i) + d + s.slice(i + 1));
    }
  }
  return out;
}

/** A deterministic spread of sequence numbers: small, round, large and pseudo-random. */
const SEQS = [
  0, 1, 7, 9, 10, 11, 96, 97, 98, 99, 100, 12_345, 99_999, 1_000_000, 2_026_000_123, 9_999_999_999,
  ...Array.from({ length: 300 }, (_, i) => (i * 2_654_435_761) % 9_999_999_999),
];

describe('NL betalingskenmerk', () => {
  it('accepts the published vector, also written in groups', () => {
    expect(isValidNlReference('5000056789012345')).toBe(true);
    expect(isValidNlReference('5000 0567 8901 2345')).toBe(true);
  });

  it('rejects every single-digit change of the vector', () => {
    for (const changed of oneDigitChanges('5000056789012345')) expect(isValidNlReference(changed), changed).toBe(false);
  });

  it('rejects other lengths and non-digits', () => {
    expect(isValidNlReference('500005678901234')).toBe(false);
    expect(isValidNlReference('50000567890123450')).toBe(false);
    expect(isValidNlReference('500005678901234A')).toBe(false);
    expect(isValidNlReference('')).toBe(false);
  });

  it('maps check values 10 to 1 and 11 to 0', () => {
    // Sum 0 → 11 − 0 = 11 → 0.
    expect(makeNlReference('000000000000000')).toBe('0000000000000000');
    // 1 × 2 = 2 → 11 − 2 = 9.
    expect(makeNlReference('000000000000001')).toBe('9000000000000001');
    // 5 × 2 = 10 → 11 − 10 = 1.
    expect(makeNlReference('000000000000005')).toBe('1000000000000005');
    // 6 × 2 = 12 → 12 mod 11 = 1 → 11 − 1 = 10 → 1.
    expect(makeNlReference('000000000000006')).toBe('1000000000000006');
    // The weights repeat after ten positions: 1 at position 11 weighs 2 like position 1.
    expect(makeNlReference('000010000000000')).toBe('9000010000000000');
  });

  it('makes the vector from its body and refuses wrong lengths', () => {
    expect(makeNlReference('000056789012345')).toBe('5000056789012345');
    expect(() => makeNlReference('12345')).toThrow(RangeError);
    expect(() => makeNlReference('00005678901234x')).toThrow(RangeError);
  });
});

describe('BE OGM/VCS', () => {
  it.each(['+++010/8068/17183+++', '***010/8068/17183***', '010/8068/17183', '010806817183', ' 010 8068 17183 '])(
    'accepts %j',
    (text) => expect(isValidBeReference(text)).toBe(true),
  );

  it('rejects every single-digit change of the vector', () => {
    for (const changed of oneDigitChanges('010806817183')) expect(isValidBeReference(changed), changed).toBe(false);
  });

  it('uses 97 when the remainder is 0', () => {
    expect(makeBeReference('0000000000')).toBe('000000000097');
    expect(makeBeReference('0000000097')).toBe('000000009797');
    expect(isValidBeReference('000000000097')).toBe(true);
    expect(isValidBeReference('000000000000')).toBe(false);
  });

  it('makes and formats the vector', () => {
    expect(makeBeReference('0108068171')).toBe('010806817183');
    expect(formatBeReference('010806817183')).toBe('+++010/8068/17183+++');
    expect(formatBeReference('***010/8068/17183***')).toBe('+++010/8068/17183+++');
    expect(() => makeBeReference('123')).toThrow(RangeError);
  });

  it('leaves a non-reference as it is when formatting', () => {
    expect(formatBeReference(' 12345 ')).toBe('12345');
  });
});

describe('RF (ISO 11649)', () => {
  it('accepts the vector, in groups and in lower case', () => {
    expect(isValidRfReference('RF18539007547034')).toBe(true);
    expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRfReference('rf18539007547034')).toBe(true);
  });

  it('rejects every single-digit change of the vector', () => {
    for (const changed of oneDigitChanges('RF18539007547034')) expect(isValidRfReference(changed), changed).toBe(false);
  });

  it('rejects bodies that are empty, too long or not alphanumeric', () => {
    expect(isValidRfReference('RF18')).toBe(false);
    expect(isValidRfReference(makeRfReference('A'.repeat(21)) + 'A')).toBe(false);
    expect(isValidRfReference('RF18-5390-0754-7034')).toBe(false);
  });

  it('rejects check digits 00, 01 and 99 that pass the remainder but are never issued', () => {
    // 539007547034 has check 18; find bodies whose check would be 97, 98 or 02 and swap in the twin.
    const twins: Record<string, string> = { '97': '00', '98': '01', '02': '99' };
    let found = 0;
    for (let n = 1; n < 5000 && found < 3; n++) {
      const ref = makeRfReference(String(n));
      const twin = twins[ref.slice(2, 4)];
      if (!twin) continue;
      found++;
      expect(isValidRfReference(ref)).toBe(true);
      expect(isValidRfReference(`RF${twin}${ref.slice(4)}`)).toBe(false);
    }
    expect(found).toBe(3);
  });

  it('makes the vector and formats in groups of four', () => {
    expect(makeRfReference('539007547034')).toBe('RF18539007547034');
    expect(makeRfReference('5390 0754 7034')).toBe('RF18539007547034');
    expect(formatRfReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatRfReference('rf18 539007547034')).toBe('RF18 5390 0754 7034');
    expect(() => makeRfReference('')).toThrow(RangeError);
    expect(() => makeRfReference('ÄB')).toThrow(RangeError);
  });

  it('round-trips letter bodies', () => {
    for (const body of ['INV2026001', 'X', 'ABCDEFGHIJKLMNOPQRSTU', 'H7A9']) {
      expect(isValidRfReference(makeRfReference(body))).toBe(true);
    }
  });
});

describe('makeReference', () => {
  const schemes: ReferenceScheme[] = ['nl', 'be', 'rf'];

  it.each(schemes)('%s: every generated reference is valid and unique', (scheme) => {
    const made = new Set<string>();
    for (const seq of SEQS) {
      const ref = makeReference(scheme, seq);
      expect(isValidReference(scheme, ref), `${scheme} ${seq} → ${ref}`).toBe(true);
      expect(normalizeReference(scheme, formatReference(scheme, ref))).toBe(ref);
      made.add(ref);
    }
    expect(made.size).toBe(new Set(SEQS).size);
  });

  it('pads the sequence into the body', () => {
    expect(makeReference('nl', 56789012345)).toBe('5000056789012345');
    expect(makeReference('be', 108068171)).toBe('010806817183');
    expect(makeReference('rf', 539007547034)).toBe('RF18539007547034');
  });

  it('refuses negative, fractional and too large numbers', () => {
    expect(() => makeReference('nl', -1)).toThrow(RangeError);
    expect(() => makeReference('be', 1.5)).toThrow(RangeError);
    expect(() => makeReference('be', 10_000_000_000)).toThrow(RangeError);
    expect(() => makeReference('nl', Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe('formatReference', () => {
  it('prints each scheme the way its users expect', () => {
    expect(formatReference('nl', '5000056789012345')).toBe('5000 0567 8901 2345');
    expect(formatReference('be', '010806817183')).toBe('+++010/8068/17183+++');
    expect(formatReference('rf', 'RF18539007547034')).toBe('RF18 5390 0754 7034');
  });

  it('leaves malformed nl input unchanged', () => {
    expect(formatReference('nl', ' 1234 ')).toBe('1234');
  });
});

describe('parseStructuredReference', () => {
  it.each([
    ['Betaling 5000 0567 8901 2345 factuur 12', 'nl', '5000056789012345'],
    ['5000056789012345', 'nl', '5000056789012345'],
    ['kenmerk:5000056789012345.', 'nl', '5000056789012345'],
    ['+++010/8068/17183+++', 'be', '010806817183'],
    ['Mededeling *** 010 / 8068 / 17183 *** dank u', 'be', '010806817183'],
    ['Communication 010/8068/17183', 'be', '010806817183'],
    ['Ref RF18 5390 0754 7034 invoice 2026-01', 'rf', 'RF18539007547034'],
    ['rf18539007547034', 'rf', 'RF18539007547034'],
    ['RF18 539007547034 factuur', 'rf', 'RF18539007547034'],
    ['RF18539007547034 dank', 'rf', 'RF18539007547034'],
    ['RF18 5390 0754 7034 dank', 'rf', 'RF18539007547034'],
    [`Invoice ${formatRfReference(makeRfReference('INV2026001'))} thanks`, 'rf', makeRfReference('INV2026001')],
  ] as const)('finds it in %j', (text, scheme, value) => {
    expect(parseStructuredReference(text)).toEqual({ scheme, value });
  });

  it.each([
    'Factuur 2026-0012 betaald',
    'Betaling 5000 0567 8901 2346 factuur 12',
    '+++010/8068/17184+++',
    'RF19 5390 0754 7034',
    '',
  ])('finds nothing in %j', (text) => {
    expect(parseStructuredReference(text)).toBeNull();
  });

  it('does not read the digits of a Belgian IBAN as an OGM', () => {
    // BE68 5390 0754 7034 is a valid IBAN; its 12 digits also satisfy the OGM check.
    expect(isValidBeReference('539007547034')).toBe(true);
    expect(parseStructuredReference('Van BE68 5390 0754 7034 factuur 12')).toBeNull();
    expect(parseStructuredReference('Van BE68 5390 0754 7034 +++010/8068/17183+++')).toEqual({
      scheme: 'be',
      value: '010806817183',
    });
  });

  it('prefers a marked reference over bare digits', () => {
    expect(parseStructuredReference('5000 0567 8901 2345 RF18 5390 0754 7034')?.scheme).toBe('rf');
    expect(parseStructuredReference('5000056789012345 +++010/8068/17183+++')?.scheme).toBe('be');
  });

  it('finds generated references of every scheme in a remittance line', () => {
    for (const seq of SEQS.slice(0, 50)) {
      for (const scheme of ['nl', 'be', 'rf'] as const) {
        const ref = makeReference(scheme, seq);
        const found = parseStructuredReference(`Betaling ${formatReference(scheme, ref)} dank`);
        expect(found, `${scheme} ${seq}`).toEqual({ scheme, value: ref });
      }
    }
  });
});
