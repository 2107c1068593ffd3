/**
 * XML helpers: saxes for reading (small parts whole, sheets streamed),
 * escaping for the parts we write, and attribute access by local name
 * (prefixes differ between Excel, LibreOffice, openpyxl and the Open XML SDK).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxError } from '../errors.js';

/** Element name without its namespace prefix: `x:c` → `c`. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name (`r:id`, `ns1:id`, … all answer `id`), or undefined. */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const k in attributes) if (localName(k) === local && k.includes(':')) return attributes[k];
  return undefined;
}

/** Handlers of {@link createParser}; element names arrive without prefix. */
export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** A streaming parser: `write` chunks of text, then `close`. Errors become `XlsxError('corrupt')` naming `part`. */
export function createParser(part: string, handlers: XmlHandlers): { write(text: string): void; close(): void } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const fail = (err: unknown): never => {
    if (err instanceof XlsxError) throw err;
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new XlsxError('corrupt', `tệp bị hỏng: phần "${part}" không phải XML hợp lệ (${why}).`, `part ${part} is not well-formed XML: ${why}`);
  };
  return {
    write(chunk: string) {
      try {
        parser.write(chunk);
      } catch (err) {
        fail(err);
      }
    },
    close() {
      try {
        parser.close();
      } catch (err) {
        fail(err);
      }
    },
  };
}

/** Parses a whole small part. */
export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const p = createParser(part, handlers);
  p.write(xml);
  p.close();
}

/** Text escaped for element content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text escaped for a double-quoted attribute. */
export function escapeAttr(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESCAPES[c]!);
}
const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold become `_xHHHH_`,
 * and a literal `_xHHHH_` is protected as `_x005F_xHHHH_` (ECMA-376 ST_Xstring), lone surrogates become U+FFFD.
 */
export function encodeCellText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // \r too: XML readers turn a raw CR into LF.
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The inverse of {@link encodeCellText}, applied to every string read from a sheet. */
export function decodeCellText(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

