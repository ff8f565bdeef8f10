/**
 * One entry point for bank statement files: the format is read from the content, because a file's extension
 * says little (MT940 arrives as .sta, .940, .txt or .swi; CAMT.053 as .xml or .053).
 */
import { refuseOutOfRangeEntries } from '../import/amount-bounds';
import type { ParsedBankEntry, ParseResult } from '../import/types';
import { parseCamt053 } from './camt053';
import { parseMt940 } from './mt940';

export { parseCamt053 } from './camt053';
export { parseMt940 } from './mt940';

export type StatementFormat = 'camt053' | 'mt940' | 'unknown';

const CAMT053 = /urn:iso:std:iso:20022:tech:xsd:camt\.053\.|<(?:[A-Za-z_][\w.-]*:)?BkToCstmrStmt[\s>]/;
/** A :20: or :25: tag and a balance or statement line, each at the start of a line. */
const MT940_HEADER = /^:(?:20|25):/m;
const MT940_BODY = /^:(?:6[0-2][FM]?|61):/m;

export function detectStatementFormat(text: string): StatementFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return CAMT053.test(head) ? 'camt053' : 'unknown';
  if (MT940_HEADER.test(head) && MT940_BODY.test(head)) return 'mt940';
  return 'unknown';
}

export function parseStatement(text: string, fileName?: string): ParseResult<ParsedBankEntry> & { format: StatementFormat } {
  return refuseOutOfRangeEntries(readStatement(text, fileName));
}

function readStatement(text: string, fileName?: string): ParseResult<ParsedBankEntry> & { format: StatementFormat } {
  const format = detectStatementFormat(text);
  if (format === 'camt053') return { ...parseCamt053(text), format };
  if (format === 'mt940') return { ...parseMt940(text), format };
  // XML that is not a CAMT.053 still goes through its parser, which names what the file is instead (HTML, a
  // camt.054, a pain order, broken XML).
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('<')) return { ...parseCamt053(text), format };
  const name = fileName ? ` ${fileName}` : '';
  return {
    items: [],
    issues: [
      {
        severity: 'error',
        line: null,
        field: '',
        key: 'errors.import.unknownStatementFormat',
        params: { file: fileName ?? '' },
        message: `The file${name} is neither a CAMT.053 nor an MT940 bank statement.`,
      },
    ],
    format,
  };
}
