/**
 * What kind of import a file is, read from its content: extensions say little (MT940 arrives as .sta, .940, .txt;
 * a UBL invoice or a CAMT.053 as .xml; an HTML page saved as .xml is still HTML). Anything that is neither XML nor
 * MT940 is read as CSV, whose own parse then says what is wrong with it.
 */
import { detectStatementFormat } from '../bank';
import type { ImportKind } from './import-record';

const UBL_ROOT = /<(?:[A-Za-z_][\w.-]*:)?(?:Invoice|CreditNote)[\s>]/;
const UBL_NAMESPACE = /urn:oasis:names:specification:ubl:schema:xsd:(?:Invoice|CreditNote)-2/;

/** 'xml' is XML (or HTML) that is neither a UBL document nor a CAMT.053: its parser names what it is instead. */
export type DetectedKind = ImportKind | 'xml';

export function detectImportKind(text: string): DetectedKind {
  const head = text.replace(/^\uFEFF/, '').slice(0, 8000);
  if (head.trimStart().startsWith('<')) {
    if (UBL_ROOT.test(head) && UBL_NAMESPACE.test(head)) return 'ubl';
    return detectStatementFormat(head) === 'camt053' ? 'camt053' : 'xml';
  }
  if (/^\{1:/.test(head.trimStart()) || detectStatementFormat(text) === 'mt940') return 'mt940';
  return 'csv';
}
