/**
 * What a saxes fault becomes for the user: an ImportIssue with the line to look at and a detail that names what
 * is wrong, or, for a file that stops inside an element, the last line and that element.
 */
import type { ImportIssue } from './types';

const lineAt = (source: string, index: number) => source.slice(0, index).split(/\r\n?|\n/).length;

/**
 * saxes reads a reference from "&" up to the next ";", so a bare "&" ("Müller & Söhne") surfaces far from where
 * it is: at some later ";", or as a cut-off file. Comments, CDATA, processing instructions and the DOCTYPE may hold
 * a plain "&", so they are skipped; a reference the file ends in is a cut, not a bare "&".
 */
const AMPERSAND_FAULT =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>|&(?!(?:[\p{L}_:][\p{L}\p{N}_.:-]*|#\d+|#x[\dA-Fa-f]+);|[^\s&;<]*\s*$)/giu;

function bareAmpersand(source: string, before: number): number | undefined {
  for (const m of source.matchAll(AMPERSAND_FAULT)) {
    if (m.index >= before) return undefined;
    if (m[0] === '&') return m.index;
  }
  return undefined;
}

/** Where saxes stopped, and what the tree builder knew then. */
export type XmlFault = {
  message: string;
  line: number;
  position: number;
  /** The innermost element still open, when the fault is the end of the file. */
  unclosed: string | undefined;
  /** saxes closes the open element before it sees that the end tag names another one. */
  lastClosed: string;
};

export function faultIssue(source: string, fault: XmlFault): ImportIssue {
  const ampersand = bareAmpersand(source, fault.position);
  if (ampersand !== undefined) {
    return syntaxIssue('a bare "&" (as text it must be written &amp;).', lineAt(source, ampersand));
  }
  if (fault.unclosed !== undefined) return truncatedIssue(source, fault.unclosed);
  return syntaxIssue(detailOf(source, fault), fault.line);
}

/** saxes names neither the entity nor the tags of a fault; the source just before the fault does. */
function detailOf(source: string, { message, position, lastClosed }: XmlFault): string {
  const detail = message.replace(/^\d+:\d+: /, '');
  const before = source.slice(Math.max(0, position - 200), position);
  const closing = /<\/([^\s>]*)\s*>$/.exec(before)?.[1];
  if (detail === 'unexpected close tag.' && closing !== undefined) {
    return `expected </${lastClosed}>, found </${closing}>.`;
  }
  const entity = /&([^&;\s]*);$/.exec(before)?.[1];
  if (detail === 'undefined entity.' && entity !== undefined) return `undefined entity &${entity};`;
  return detail;
}

export function syntaxIssue(detail: string, line: number): ImportIssue {
  return {
    severity: 'error',
    line,
    field: '',
    key: 'errors.import.xmlSyntax',
    params: { detail },
    message: `The XML is malformed: ${detail}`,
  };
}

/** The parser notices a cut-off file only at its end, so the useful line is where the file stops. */
function truncatedIssue(source: string, element: string): ImportIssue {
  return {
    severity: 'error',
    line: lineAt(source, source.trimEnd().length),
    field: '',
    key: 'errors.import.xmlTruncated',
    params: { element },
    message: `The XML ends inside <${element}>; the file looks truncated.`,
  };
}
