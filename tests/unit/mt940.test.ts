import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseMt940 } from '../../shared/domain/bank/mt940';
import { detectStatementFormat, parseStatement } from '../../shared/domain/bank/index';
import type { ParsedBankEntry } from '../../shared/domain/import/types';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/samples/mt940');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// The expected parses are PyYAML dumps of WoLpH/mt940 objects (python/object tags, dates as pickled bytes). No
// YAML library is a dependency here, so this reads just the transaction fields it needs.

type YmlTransaction = {
  amount: string;
  status: string;
  date: string;
  entryDate: string | null;
  customerReference: string;
  extraDetails: string;
  details: string;
};

/** mt940.models.Date pickles as four bytes: year (big-endian), month, day. */
function pickledDate(base64: string): string {
  const b = Buffer.from(base64, 'base64');
  const p = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${((b[0] ?? 0) << 8) | (b[1] ?? 0)}-${p(b[2])}-${p(b[3])}`;
}

/** Flow-scalar folding: a line break is a space, an empty line a newline, continuation indentation goes. */
function fold(lines: string[]): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      out += '\n';
      while ((lines[i + 1] ?? '').trim() === '' && i + 1 < lines.length) {
        out += '\n';
        i++;
      }
      out += (lines[++i] ?? '').trim();
    } else {
      out += ` ${line}`;
    }
  }
  return out;
}

/** A plain, 'single-quoted' or "double-quoted" scalar under `key` at four spaces of indentation. */
function scalar(block: string, key: string): string {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`    ${key}:`));
  if (start === -1) return '';
  const raw = [(lines[start] ?? '').slice(`    ${key}:`.length).trimStart()];
  for (const l of lines.slice(start + 1)) {
    if (l.trim() !== '' && !l.startsWith('      ')) break;
    raw.push(l);
  }
  while (raw.length > 1 && (raw[raw.length - 1] ?? '').trim() === '') raw.pop();
  const first = raw[0] ?? '';
  if (first === 'null') return '';
  if (first.startsWith("'")) {
    const text = fold(raw);
    return text.slice(1, text.lastIndexOf("'")).replace(/''/g, "'");
  }
  if (first.startsWith('"')) {
    // An escaped line break joins without a space and drops the next line's indentation.
    const text = fold(raw.join('\n').replace(/\\\n\s*/g, '').split('\n'));
    return text
      .slice(1, text.lastIndexOf('"'))
      .replace(/\\(x[0-9A-Fa-f]{2}|.)/g, (_m, e: string) =>
        e.startsWith('x') ? String.fromCharCode(parseInt(e.slice(1), 16)) : (({ t: '\t', n: '\n' }) as Record<string, string>)[e] ?? e,
      );
  }
  return fold(raw);
}

function readYml(text: string): YmlTransaction[] {
  const list = text.slice(text.indexOf('\ntransactions:\n'));
  return list
    .split(/\n- !!python\/object:mt940\.models\.Transaction\n/)
    .slice(1)
    .map((block) => {
      const date = (key: string) =>
        new RegExp(`\\n    ${key}: [^\\n]*\\n    - !!binary \\|\\n      (\\S+)`).exec(block)?.[1] ?? null;
      const value = date('date');
      const entry = date('entry_date');
      return {
        amount: /\n {4}amount: [^\n]*\n {6}amount: !!python\/object\/apply:decimal\.Decimal \['([^']+)'\]/.exec(block)?.[1] ?? '',
        status: /\n {4}status: (\S+)/.exec(block)?.[1] ?? '',
        date: value ? pickledDate(value) : '',
        entryDate: entry ? pickledDate(entry) : null,
        customerReference: scalar(block, 'customer_reference'),
        extraDetails: scalar(block, 'extra_details'),
        details: scalar(block, 'transaction_details'),
      };
    });
}

/** Decimal("-11.8") to 1180 cents, by string arithmetic like the parser's. */
function decimalCents(value: string): number {
  const m = /^-?(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  expect(m, value).not.toBeNull();
  return Number(m?.[1]) * 100 + Number((m?.[2] ?? '').padEnd(2, '0'));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('readYml (the test helper)', () => {
  it('reads quoted, folded and escaped scalars', () => {
    const yml = [
      'transactions:',
      '- !!python/object:mt940.models.Transaction',
      '  data:',
      "    transaction_details: 'a",
      '',
      "      b c''d'",
      '    extra_details: "x\\ty\\',
      '      \\ z\\xAD"',
      '    status: C',
      '',
    ].join('\n');
    expect(readYml(`\n${yml}`)).toEqual([
      expect.objectContaining({ details: "a\nb c'd", extraDetails: 'x\ty z\u00ad', status: 'C' }),
    ]);
  });
});

describe('parseMt940 over the WoLpH/mt940 samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.sta'));

  it('finds the sample folder', () => {
    expect(files).toEqual(expect.arrayContaining(['abnamro.sta', 'ing.sta', 'rabobank.sta']));
  });

  it.each(files)('%s matches its expected parse', (file) => {
    const text = sample(file);
    const { items, issues } = parseMt940(text);
    expect(issues).toEqual([]);
    const expected = readYml(sample(file.replace(/\.sta$/, '.yml')));
    expect(expected.length).toBeGreaterThan(0);
    expect(items).toHaveLength(expected.length);
    expect(items).toHaveLength(text.match(/^:61:/gm)?.length ?? -1);

    const lines61 = text.split(/\r?\n/).flatMap((l, i) => (l.startsWith(':61:') ? [i + 1] : []));
    for (const [i, exp] of expected.entries()) {
      const got = items[i];
      expect(got, `${file} #${i}`).toBeDefined();
      if (!got) continue;
      expect(exp.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(exp.details).not.toBe('');
      expect(exp.status).toMatch(/^R?[CD]$/);
      const direction: ParsedBankEntry['direction'] = exp.status.endsWith('C') ? 'credit' : 'debit';
      expect(exp.amount.startsWith('-')).toBe(direction === 'debit');
      expect(got).toMatchObject({
        line: lines61[i],
        amountCents: decimalCents(exp.amount),
        direction,
        reversal: exp.status.startsWith('R'),
        currency: 'EUR',
        valueDate: exp.date,
        bookingDate: exp.entryDate ?? exp.date,
        counterpartyIbanValid: true,
      });
      // WoLpH/mt940 hangs the statement-level :86: after :62F: on the last entry; it is not part of it.
      const details = exp.details.replace(/\nD000004C000002D25,24C28,71\n-XXX$/, '');
      // Pre-SEPA text has no separate remittance field: the whole :86: is the remittance.
      expect(got.remittance).toBe(collapse(details));
      // Rabobank (before SEPA) puts the counterparty's name after the reference on the :61: line.
      if (exp.extraDetails) expect(got.counterpartyName).toBe(exp.extraDetails.trim());
    }
  });

  it('reads ABN AMRO: plain account, :28: and :28C:, entry dates, GIRO, account and card counterparties', () => {
    const { items } = parseMt940(sample('abnamro.sta'));
    expect(new Set(items.map((i) => i.accountIban))).toEqual(new Set(['517852257']));
    expect(new Set(items.map((i) => i.statementId))).toEqual(
      new Set(['ABN AMRO BANK NV/19321/1', 'ABN AMRO BANK NV/19322/1']),
    );
    expect(items.map((i) => i.counterpartyName)).toEqual([
      'KPN - DIGITENNE',
      'DIRCKIII FIL2500 KATWIJK',
      'DIGROS FIL1015 KATWIJK Z',
      'MC DONALDS A44 LEIDEN',
      'PRINCE FIL. 55 KATWIJK Z',
      'DIRX FIL6017 KATWIJK ZH',
      'HANS ANDERS OPT./056 KAT',
      'MYCOM DEN HAAG S-GRAVEN',
      'PETS PLACE KATWIJK KATWI',
      'MYCOM DEN HAAG',
    ]);
    expect(items.map((i) => i.amountCents)).toEqual([900, 1159, 1163, 1180, 1345, 1549, 10700, 14148, 949, 1500]);
    expect(items[1]).toMatchObject({ valueDate: '2011-05-21', bookingDate: '2011-05-23', direction: 'debit' });
    // Account, booking date, currency, direction, amount; no counterparty account or reference before SEPA.
    expect(items[0]?.entryKey).toBe('517852257|2011-05-24|EUR|D|900|||0');
    expect(items[9]?.entryKey).toBe('517852257|2011-05-24|EUR|D|1500|||0');
  });

  it('reads ING (before SEPA): credits and debits, and not the :86: after the closing balance', () => {
    const { items } = parseMt940(sample('ing.sta'));
    expect(items.map((i) => [i.direction, i.amountCents])).toEqual([
      ['debit', 2503],
      ['debit', 303],
      ['debit', 111],
      ['debit', 2000],
      ['debit', 110],
      ['credit', 368],
      ['credit', 100],
    ]);
    expect(items[6]?.remittance).toBe('0111111111 Hr S Marechal ROSMALEN Hr S Marechal ROSMALEN Betaling transactiedatum: 22-07-2010');
    expect(new Set(items.map((i) => i.accountIban))).toEqual(new Set(['0001234567']));
  });

  it('reads Rabobank (before SEPA): two accounts, an empty statement, repeated :86: tags', () => {
    const { items } = parseMt940(sample('rabobank.sta'));
    expect(items.map((i) => [i.accountIban, i.statementId, i.counterpartyName, i.amountCents])).toEqual([
      ['129199348', '940A110615/00000/00', 'W.P. Jansen', 121328],
      ['129199348', '940A110617/00000/00', 'T-MOBILE NETHERLANDS BV', 4495],
      ['129199348', '940A110617/00000/00', 'TOMTE TUMMETOT AMERSFOORT', 23656],
      ['152689184', '940A120829/00000/00', 'KPN - MOBIEL', 8810],
      ['152689184', '940A120829/00000/00', 'NS-Utrecht C. 117 UTRECHT', 620],
    ]);
    // Domestic account numbers from the :61: line are not IBANs and are not passed off as one.
    expect(items.every((i) => i.counterpartyIban === '')).toBe(true);
    expect(items[0]?.remittance).toBe('Terugboeking NIET AKKOORD MET AFSCHRIJVING KOSTEN KINDEROPVANG JUNI 20095731');
  });

  it('gives every entry a key of its own, the same on a second import', () => {
    for (const file of ['abnamro.sta', 'ing.sta', 'rabobank.sta']) {
      const keys = parseMt940(sample(file)).items.map((i) => i.entryKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(parseMt940(sample(file)).items.map((i) => i.entryKey)).toEqual(keys);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

const ING_SEPA = [
  ':20:P140220000000001',
  ':25:NL69INGB0123456789EUR',
  ':28C:00000',
  ':60F:C140219EUR662,23',
  ':61:1402200220C1,56NTRFEREF//00000000001005',
  '/TRCD/00100/',
  ':86:/EREF/EV12341REP1231456T1234//CNTP/NL32INGB0000012345/INGBNL2A/ING B',
  'ank N.V. inzake WeB///REMI/USTD//EV10001REP1000000T1000/',
  ':61:1402200220C32,00NTRF5000056789012345//00000000001011',
  '/TRCD/00108/',
  ':86:/EREF/15814016000676480//CNTP/NL32INGB0000012345/INGBNL2A/J.J',
  'anssen///REMI/STRD/CUR/5000056789012345/',
  ':61:1402200220D12,75NRTIEREF//00000000001010',
  '/TRCD/01315/',
  ':86:/RTRN/MS03//EREF/20120501P0123478//MARF/MND-120123//CSID/NL32',
  'ZZZ999999991234//CNTP/NL32INGB0000012345/INGBNL2A/J.Janssen///REM',
  'I/USTD//CONTRIBUTIE FEB 2014/',
  ':62F:C140220EUR682,04',
  ':86:/SUM/4/4/134,46/36,58/',
  '-}',
].join('\r\n');

const RABO_SEPA = [
  ':940:',
  ':20:940S140102',
  ':25:NL44RABO0123456789EUR',
  ':28C:0',
  ':60F:C140101EUR100,00',
  ':61:140102C000000000100,00N541EREF',
  'NL91ABNA0417164300',
  ':86:/EREF/ABC123/ORDP//NAME/J. Jansen/ADDR/Straat 1 1234 AB Plaats NL/REMI//CDTRREFTP//CD/SCOR/I',
  'SSR/CUR/CDTRREF/5000056789012345/ISDT/2014-01-02',
  ':61:140102D000000000050,00N501EREF',
  'DE89370400440532013000',
  ':86:/EREF/NOTPROVIDED/BENM//NAME/Müller GmbH/REMI/USTD//Rechnung 4711/',
  ':62F:C140102EUR150,00',
].join('\n');

const ABN_SEPA = [
  'ABNANL2A',
  '940',
  'ABNANL2A',
  ':20:ABN AMRO BANK NV',
  ':25:NL91ABNA0417164300',
  ':28:19321/1',
  ':60F:C140522EUR3236,28',
  ':61:1405240524C250,00N654NONREF',
  ':86:/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/BIC/ABNANL2A/NAME/ALBERT HE',
  'IJN 1584/REMI/Factuur 2026/05 betaald/EREF/NOTPROVIDED',
  ':61:1405240524C99,95N654NONREF',
  ':86:/TRTP/ACCEPTGIRO/IBAN/NL02ABNA0123456789/BIC/ABNANL2A/NAME/KLANT BV/REMI/ /CDTRREFTP//CD/SCOR/ISSR/CUR/CDTRREF/5000056789012345/EREF/E2E-9',
  ':61:1405240524C10,00N654NONREF',
  ':86:/TRTP/SEPA ACCEPTGIRO/IBAN/NL46ABNA0499998749/BIC/ABNANL2A/NAME/NAAM/REMI//REMI/Issuer: CUR Ref: 5000056789012345/EREF/NOTPROVIDED',
  ':61:1405240524D10,00N654NONREF',
  ':86:SEPA Overboeking                 IBAN: NL32REVO0921990154        BIC: REVONL22',
  'Naam: ROBERTO     Omschrijving: Factuur 123     Kenmerk: ABC',
  ':62F:C140524EUR3576,23',
  '-',
].join('\n');

describe('parseMt940 on the SEPA-era dialects', () => {
  it('reads ING: /CNTP/ counterparty, /REMI/USTD// and /REMI/STRD/CUR/, lines joined where they were cut', () => {
    const { items, issues } = parseMt940(ING_SEPA);
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.line, i.direction, i.amountCents, i.counterpartyName, i.counterpartyIban, i.remittance, i.endToEndId])).toEqual([
      [5, 'credit', 156, 'ING Bank N.V. inzake WeB', 'NL32INGB0000012345', 'EV10001REP1000000T1000', 'EV12341REP1231456T1234'],
      [9, 'credit', 3200, 'J.Janssen', 'NL32INGB0000012345', '', '15814016000676480'],
      [13, 'debit', 1275, 'J.Janssen', 'NL32INGB0000012345', 'CONTRIBUTIE FEB 2014', '20120501P0123478'],
    ]);
    expect(items[1]?.structuredReference).toEqual({ scheme: 'nl', value: '5000056789012345' });
    expect(items[0]).toMatchObject({ accountIban: 'NL69INGB0123456789', currency: 'EUR', statementId: 'P140220000000001/00000' });
  });

  it('reads Rabobank: IBAN on the :61: line, /ORDP//NAME/ and /BENM//NAME/, CDTRREF kenmerk', () => {
    const { items, issues } = parseMt940(RABO_SEPA);
    expect(issues).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        accountIban: 'NL44RABO0123456789',
        direction: 'credit',
        amountCents: 10000,
        counterpartyName: 'J. Jansen',
        counterpartyIban: 'NL91ABNA0417164300',
        structuredReference: { scheme: 'nl', value: '5000056789012345' },
        endToEndId: 'ABC123',
      }),
      expect.objectContaining({
        direction: 'debit',
        amountCents: 5000,
        counterpartyName: 'Müller GmbH',
        counterpartyIban: 'DE89370400440532013000',
        remittance: 'Rechnung 4711',
        endToEndId: '',
      }),
    ]);
  });

  it('reads ABN AMRO: /TRTP/ form with slashes in the text, CDTRREF and "Issuer: CUR Ref:", and the labelled form', () => {
    const { items, issues } = parseMt940(ABN_SEPA);
    expect(items.map((i) => [i.counterpartyName, i.counterpartyIban, i.remittance, i.endToEndId, i.structuredReference?.value ?? null])).toEqual([
      ['ALBERT HEIJN 1584', 'NL02ABNA0123456789', 'Factuur 2026/05 betaald', '', null],
      ['KLANT BV', 'NL02ABNA0123456789', '', 'E2E-9', '5000056789012345'],
      ['NAAM', 'NL46ABNA0499998749', '', '', '5000056789012345'],
      ['ROBERTO', 'NL32REVO0921990154', 'Factuur 123', 'ABC', null],
    ]);
    expect(items[3]?.direction).toBe('debit');
    // NL46ABNA0499998749 fails mod 97: kept, with a warning on its :86: line.
    expect(items[2]?.counterpartyIbanValid).toBe(false);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 14, field: ':86:', key: 'errors.import.invalidIban' }),
    ]);
  });

  it('reads reversals: RD brings money back in, RC takes it out', () => {
    const text = [':20:R', ':25:NL91ABNA0417164300', ':28C:1/1', ':60F:C240201EUR0,00',
      ':61:2402030203RD100,00NTRFREVERSAL', ':86:Terugboeking incasso',
      ':61:2402030203RC40,00NTRFREVERSAL', ':86:Storno',
      ':61:2402030203CR5,00NTRFNONREF', ':86:Funds code R after the mark',
      ':62F:C240203EUR65,00'].join('\n');
    const { items, issues } = parseMt940(text);
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.direction, i.reversal, i.amountCents])).toEqual([
      ['credit', true, 10000],
      ['debit', true, 4000],
      ['credit', false, 500],
    ]);
  });

  it('places an entry date without a year next to its value date, across the turn of the year', () => {
    const text = [':20:Y', ':25:NL91ABNA0417164300', ':28C:1', ':60F:C141230EUR0,00',
      ':61:1501021231C1,00NTRFNONREF', ':86:booked before the value date',
      ':61:1412310102C1,00NTRFNONREF', ':86:booked after the value date',
      ':62F:C150102EUR2,00'].join('\n');
    expect(parseMt940(text).items.map((i) => [i.valueDate, i.bookingDate])).toEqual([
      ['2015-01-02', '2014-12-31'],
      ['2014-12-31', '2015-01-02'],
    ]);
  });

  it('reports a broken :61: line by its line number and leaves only that entry out', () => {
    const lines = ING_SEPA.split('\r\n');
    lines[8] = ':61:1402200220C32.00NTRF5000056789012345//00000000001011';
    const { items, issues } = parseMt940(lines.join('\r\n'));
    expect(items.map((i) => i.line)).toEqual([5, 13]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 9, field: ':61:', key: 'errors.import.badStatementLine' }),
    ]);
    expect(issues[0]?.message).toContain('Line 9');
    // The keys of the other entries are what they are in the sound file.
    const sound = parseMt940(ING_SEPA).items;
    expect(items.map((i) => i.entryKey)).toEqual([sound[0]?.entryKey, sound[2]?.entryKey]);
  });

  it.each([
    ['an impossible date', ':61:1402300230C1,00NTRFNONREF'],
    ['no D/C mark', ':61:1402200220X1,00NTRFNONREF'],
    ['three decimals', ':61:1402200220C1,005NTRFNONREF'],
  ])('refuses a :61: line with %s', (_label, line) => {
    const text = [':20:B', ':25:NL91ABNA0417164300', ':28C:1', ':60F:C140219EUR0,00', line, ':86:x', ':62F:C140220EUR0,00'].join('\n');
    const { items, issues } = parseMt940(text);
    expect(items).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', line: 5, key: 'errors.import.badStatementLine' })]);
  });

  it('keeps an entry whose counterparty IBAN fails mod 97, with a warning', () => {
    const text = ING_SEPA.replace('/CNTP/NL32INGB0000012345/INGBNL2A/J.J', '/CNTP/NL32INGB0000012346/INGBNL2A/J.J');
    const { items, issues } = parseMt940(text);
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ counterpartyIban: 'NL32INGB0000012346', counterpartyIbanValid: false });
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 11, key: 'errors.import.invalidIban', params: expect.objectContaining({ value: 'NL32INGB0000012346' }) }),
    ]);
  });

  it('points the warning for a bad IBAN on the :61: line (Rabobank) at that line', () => {
    const { items, issues } = parseMt940(RABO_SEPA.replace('NL91ABNA0417164300', 'NL91ABNA0417164301'));
    expect(items[0]).toMatchObject({ counterpartyIban: 'NL91ABNA0417164301', counterpartyIbanValid: false });
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 7, field: ':61:', key: 'errors.import.invalidIban' }),
    ]);
  });

  it('refuses a file cut before a closing balance, whole, naming where it stops', () => {
    for (const cutAt of [4, 9, 12, 17]) {
      const text = ING_SEPA.split('\r\n').slice(0, cutAt).join('\r\n');
      expect(parseMt940(text), `cut after line ${cutAt}`).toEqual({
        items: [],
        issues: [expect.objectContaining({ severity: 'error', line: cutAt, field: ':62F:', key: 'errors.import.mt940Truncated', params: expect.objectContaining({ start: 1, reference: 'P140220000000001' }) })],
      });
    }
    // Two statements, the second cut: the first is not read on its own either.
    const two = `${RABO_SEPA}\n${RABO_SEPA.split('\n').slice(0, 9).join('\n')}`;
    expect(parseMt940(two)).toMatchObject({ items: [], issues: [{ key: 'errors.import.mt940Truncated', line: RABO_SEPA.split('\n').length + 9 }] });
  });

  it('reads whole amounts without a decimal comma, and still refuses garbage', () => {
    const text = (amount: string) =>
      [':20:W', ':25:NL91ABNA0417164300', ':28C:1', ':60F:C260301EUR0', `:61:2603020302C${amount}NTRFNONREF`, ':86:/EREF/X1/REMI/USTD//Factuur 1/', ':62F:C260302EUR500'].join('\n');
    expect(parseMt940(text('500')).items.map((i) => i.amountCents)).toEqual([50_000]);
    expect(parseMt940(text('500,')).items.map((i) => i.amountCents)).toEqual([50_000]);
    expect(parseMt940(text('0000000500')).items.map((i) => i.amountCents)).toEqual([50_000]);
    for (const bad of ['12,3,4', '5,,0', '1,234']) {
      expect(parseMt940(text(bad)), bad).toEqual({ items: [], issues: [expect.objectContaining({ severity: 'error', line: 5, key: 'errors.import.badStatementLine' })] });
    }
  });

  it('keeps statements with the same :20: and :28C: on different days apart', () => {
    const day = (d: string) => [':20:MPBZ', ':25:0001234567', ':28C:000', `:60F:C1007${d}EUR0,00`, `:61:1007${d}C1,00NTRFNONREF`, ':86:x', `:62F:C1007${d}EUR1,00`, '-XXX'];
    const keys = parseMt940([...day('22'), ...day('23')].join('\n')).items.map((i) => i.entryKey);
    expect(new Set(keys).size).toBe(2);
  });

  it('reports a file that is not MT940 as one file-level error', () => {
    for (const text of ['', 'Datum;Bedrag\n2026-03-01;12,50', sample('ing.yml'), '<?xml version="1.0"?><Document/>']) {
      expect(parseMt940(text)).toEqual({
        items: [],
        issues: [expect.objectContaining({ severity: 'error', line: null, key: 'errors.import.notMt940' })],
      });
    }
  });
});

describe('parseStatement on MT940', () => {
  it.each(['abnamro.sta', 'ing.sta', 'rabobank.sta'])('detects %s as MT940', (file) => {
    const text = sample(file);
    expect(detectStatementFormat(text)).toBe('mt940');
    const result = parseStatement(text, file);
    expect(result.format).toBe('mt940');
    expect(result.items).toEqual(parseMt940(text).items);
  });
});
