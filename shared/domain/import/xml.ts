/**
 * What the XML importers (UBL e-invoices, CAMT.053 statements) share: one well-formedness-checking parse into a
 * light element tree with the line of every element, a walker over that tree, exact decimal amounts, and the
 * wording of files that are not XML at all.
 */
import { SaxesParser } from 'saxes';
import type { ImportIssue } from './types';
import { faultIssue, syntaxIssue } from './xml-faults';

const LINE = Symbol('line');

/**
 * Children by local name, each an array, so one walker serves single and repeated elements alike; '#text' is the
 * element's own text, '@name' its attributes (values stay text: "000000001" is a reference, and amounts are
 * converted exactly, never through floats).
 */
export interface XmlElement {
  readonly [LINE]: number;
  '#text'?: string;
  [child: string]: XmlElement[] | string | undefined;
}

/** The root's namespace is the one its own start tag binds its prefix to: how every UBL file declares it. */
export type XmlDocument = { root: XmlElement; name: string; namespace: string | null };

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/**
 * The parser checks well-formedness and knows no entities but the five of XML, so a DOCTYPE cannot make it expand
 * anything (billion laughs, external files): a reference to an entity declared there is a syntax error.
 */
export function parseXml(source: string): XmlDocument | { issue: ImportIssue } {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const open: XmlElement[] = [];
  const openNames: string[] = [];
  const texts: string[] = [];
  let document: XmlDocument | undefined;
  let startLine = 1;
  let starting: string | null = null;
  let lastClosed = '';
  let atEnd = false;
  let issue: ImportIssue | undefined;

  parser.on('opentagstart', (tag) => {
    // The event comes once the name is read; a line break right after the name has already moved the line on.
    startLine = parser.column === 0 ? parser.line - 1 : parser.line;
    starting = tag.name;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { [LINE]: startLine };
    for (const name in tag.attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) element[`@${localName(name)}`] = tag.attributes[name];
    }
    const parent = open[open.length - 1];
    const local = localName(tag.name);
    if (parent) {
      const siblings = parent[local];
      if (Array.isArray(siblings)) siblings.push(element);
      else parent[local] = [element];
    } else {
      const colon = tag.name.indexOf(':');
      const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
      const namespace = tag.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? null;
      document = { root: element, name: local, namespace };
    }
    open.push(element);
    openNames.push(tag.name);
    texts.push('');
    starting = null;
  });
  const addText = (text: string) => {
    if (texts.length > 0) texts[texts.length - 1] += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = open.pop();
    lastClosed = openNames.pop() ?? '';
    if (element) element['#text'] = (texts.pop() ?? '').trim();
  });
  parser.on('error', (err) => {
    issue = faultIssue(source, {
      message: err.message,
      line: parser.line,
      position: parser.position,
      unclosed: atEnd ? (starting ?? openNames[openNames.length - 1]) : undefined,
      lastClosed,
    });
    // Stops the parse at the first fault; past it the tree would be a guess.
    throw err;
  });

  try {
    parser.write(source);
    atEnd = true;
    parser.close();
  } catch (err) {
    if (issue) return { issue };
    throw err;
  }
  return document ?? { issue: syntaxIssue('document must contain a root element.', parser.line) };
}

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
  return node?.['#text'] ?? '';
}

export function attr(node: XmlElement | undefined, name: string): string {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value.trim() : '';
}

/** Line of the element's start tag. */
export function lineOf(node: XmlElement): number;
export function lineOf(node: XmlElement | undefined): number | undefined;
export function lineOf(node: XmlElement | undefined): number | undefined {
  return node?.[LINE];
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
