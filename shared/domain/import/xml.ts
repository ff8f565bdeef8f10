/**
 * What the XML importers (UBL e-invoices, CAMT.053 statements) share: one parser configuration, a walker over
 * its output, line numbers for issues, exact decimal amounts, and the wording of files that are not XML at all.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ImportIssue } from './types';

/** Every element becomes an array of objects, so one walker serves single and repeated elements alike. */
export type XmlElement = { '#text'?: string; [child: string]: XmlElement[] | string | undefined };

export const xmlParser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Values stay text: "000000001" is a reference, and amounts are converted exactly, never through floats.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  // Stmt, Ntry, NtryDtls, TxDtls, Ustrd, Strd, … all repeat somewhere; forcing arrays everywhere avoids a list
  // that silently misses one and turns a two-entry statement into an object.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  // Numeric character references (&#252;) are plain XML; only this option makes fast-xml-parser decode them.
  htmlEntities: true,
  // Start offsets give each entry its line without counting tags in the raw text (which comments would fool).
  captureMetaData: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function children(node: XmlElement | undefined, name: string): XmlElement[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

export function child(node: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = node;
  for (const name of path) current = children(current, name)[0];
  return current;
}

export function text(node: XmlElement | undefined): string {
  return (node?.['#text'] ?? '').trim();
}

export function attr(node: XmlElement | undefined, name: string): string {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value.trim() : '';
}

export function offsetOf(node: XmlElement | undefined): number | undefined {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined> | undefined)?.[META];
  return meta?.startIndex;
}

/** Line of each character offset, by binary search over the newline positions. */
export function lineLocator(source: string): (offset: number | undefined) => number | undefined {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * xsd:decimal to integer cents by string arithmetic. Digits beyond the cent are accepted only when zero
 * ("12.500"); anything else would have to be rounded, and a payable amount must never be rounded silently.
 */
export function decimalToCents(value: string): number | null {
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) return null;
  const [, sign, whole = '', frac = ''] = m;
  if (whole === '' && frac === '') return null;
  if (/[1-9]/.test(frac.slice(2))) return null;
  const cents = Number(whole || '0') * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign === '-' && cents !== 0 ? -cents : cents;
}

export function fileIssue(key: string, message: string, params?: ImportIssue['params']): ImportIssue {
  return { severity: 'error', line: null, field: '', key: `errors.import.${key}`, message, ...(params ? { params } : {}) };
}

/** A web page saved under an .xml name: the commonest wrong file. */
export const HTML_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * The validator names line 1 (or the opening tag) when the text ends inside an element. For a truncated file
 * the useful line is where it stops, so that case gets its own key and the last line.
 */
export function syntaxIssue(source: string, err: { msg: string; line: number }): ImportIssue {
  const open =
    /^Unclosed tag '([^']+)'\.$/.exec(err.msg)?.[1] ?? /^Invalid '\[[\s\S]*"([^"]+)"\s*\]' found\.$/.exec(err.msg)?.[1];
  if (open !== undefined) {
    return {
      severity: 'error',
      line: source.trimEnd().split('\n').length,
      field: '',
      key: 'errors.import.xmlTruncated',
      params: { element: open },
      message: `The XML ends inside <${open}>; the file looks truncated.`,
    };
  }
  return {
    severity: 'error',
    line: typeof err.line === 'number' ? err.line : null,
    field: '',
    key: 'errors.import.xmlSyntax',
    params: { detail: err.msg },
    message: `The XML is malformed: ${err.msg}`,
  };
}

