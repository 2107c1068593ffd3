/**
 * A small streaming XML scanner for the two big parts of a workbook, the
 * worksheets and the shared strings. A general SAX parser (saxes) spent more
 * than half of a 100,000-row read in its per-character state machine and in
 * the attribute objects it builds for every cell; this scanner jumps from `<`
 * to `>` with `indexOf`, reads an attribute only when asked, and decodes text
 * only where the reader captures it — about four times faster on real sheets.
 *
 * It checks what a reader must not get wrong: every element closes in order
 * (names matched), attribute quotes and entity references are well-formed,
 * comments, CDATA sections and processing instructions end, and a DTD is
 * refused (a workbook part has none; entity definitions are how "billion
 * laughs" files attack). Failures are `XlsxError('corrupt')` naming the part.
 */
import { XlsxError } from '../errors.js';

/** A start tag as the scanner saw it; valid only during the `open` call. */
export interface ScannedTag {
  /** The element name without its prefix (`x:c` → `c`). */
  readonly name: string;
  /** An attribute's value by local name (`r:id` answers `id`), entities decoded; undefined when absent. */
  attr(local: string): string | undefined;
  /**
   * Where an attribute's raw value lies in {@link ScannedTag.buffer} (`from` to `to`), without making a string:
   * false when absent or holding an entity reference (then use `attr`). For the attributes every cell repeats.
   */
  attrRange(local: string): boolean;
  /** The text the last `attrRange` points into. */
  readonly buffer: string;
  /** Start of the value `attrRange` found. */
  readonly from: number;
  /** End (exclusive) of the value `attrRange` found. */
  readonly to: number;
}

/** What the scanner reports; element names arrive without prefix. */
export interface ScanHandlers {
  open(tag: ScannedTag, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA as is), only while `capture` is on; may come in pieces. */
  text(text: string): void;
  /**
   * When given, character data without entity references comes here instead of `text`, as a span of `buffer`
   * (no string made): the reader parses numbers in place.
   */
  textRange?(buffer: string, from: number, to: number): void;
}

/** A streaming scanner: `write` chunks of text, then `end`. */
export interface Scanner {
  /** Whether character data is wanted now (set by the handlers, typically in `open`/`close`). */
  capture: boolean;
  write(chunk: string): void;
  end(): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQ = 61;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The element's name, without a new string for the names every cell repeats. */
function nameAt(buf: string, start: number, end: number): string {
  const len = end - start;
  if (len === 1) {
    switch (buf.charCodeAt(start)) {
      case 99:
        return 'c';
      case 118:
        return 'v';
      case 102:
        return 'f';
      case 116:
        return 't';
      case 114:
        return 'r';
    }
  } else if (len === 3 && buf.startsWith('row', start)) return 'row';
  else if (len === 2 && buf.startsWith('is', start)) return 'is';
  else if (len === 2 && buf.startsWith('si', start)) return 'si';
  return buf.slice(start, end);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === GT || c === SLASH;
}

/**
 * A scanner over the text of `part`.
 *
 * @example
 * ```ts
 * const s = createScanner('xl/worksheets/sheet1.xml', { open(t) { if (t.name === 'c') refs.push(t.attr('r')); }, close() {}, text() {} });
 * s.write(xml); s.end();
 * ```
 */
export function createScanner(part: string, handlers: ScanHandlers): Scanner {
  const corrupt = (why: string): XlsxError => new XlsxError('corrupt', `tệp bị hỏng: phần "${part}" không phải XML hợp lệ (${why}).`, `part ${part} is not well-formed XML: ${why}`);

  const decodeEntities = (s: string): string => {
    if (s.indexOf('&') < 0) return s;
    return s.replace(/&([^;&<]*);?/g, (m, ref: string) => {
      if (!m.endsWith(';')) throw corrupt(`tham chiếu "&${ref.slice(0, 12)}" không kết thúc bằng ";"`);
      if (ref.charCodeAt(0) === 35 /* # */) {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|[0-9]+)$/i.test(ref)) throw corrupt(`tham chiếu ký tự "&${ref};" sai`);
        return String.fromCodePoint(code);
      }
      const named = NAMED[ref];
      if (named === undefined) throw corrupt(`thực thể "&${ref};" không được khai báo`);
      return named;
    });
  };

  // The tag under the cursor: its buffer and its attributes' spans (name start, local-name start, name end, value start, value end).
  let tagBuf = '';
  let spans = new Int32Array(5 * 16);
  let attrCount = 0;
  const tag: ScannedTag & { name: string; buffer: string; from: number; to: number } = {
    name: '',
    buffer: '',
    from: 0,
    to: 0,
    attrRange(local: string): boolean {
      const b = tagBuf;
      for (let k = 0; k < attrCount; k++) {
        const at = 5 * k;
        const ls = spans[at + 1]!;
        if (spans[at + 2]! - ls !== local.length || !b.startsWith(local, ls)) continue;
        if (ls !== spans[at]! && b.startsWith('xmlns:', spans[at]!)) continue;
        const from = spans[at + 3]!;
        const to = spans[at + 4]!;
        const amp = b.indexOf('&', from);
        if (amp >= 0 && amp < to) return false;
        tag.buffer = b;
        tag.from = from;
        tag.to = to;
        return true;
      }
      return false;
    },
    attr(local: string): string | undefined {
      const b = tagBuf;
      for (let k = 0; k < attrCount; k++) {
        const at = 5 * k;
        const ls = spans[at + 1]!;
        if (spans[at + 2]! - ls !== local.length || !b.startsWith(local, ls)) continue;
        // xmlns:foo="…" declares a prefix; it is not an attribute named foo.
        if (ls !== spans[at]! && b.startsWith('xmlns:', spans[at]!)) continue;
        return decodeEntities(b.slice(spans[at + 3]!, spans[at + 4]!));
      }
      return undefined;
    },
  };

  const textRange = handlers.textRange?.bind(handlers);
  const stack: string[] = [];
  let carry = '';
  let done = false;
  let sawRoot = false;

  const scanner: Scanner = {
    capture: false,
    write(chunk: string) {
      let buf = carry.length ? carry + chunk : chunk;
      carry = '';
      let pos = 0;
      const n = buf.length;
      while (pos < n) {
        const lt = buf.indexOf('<', pos);
        if (lt < 0) {
          // Text to the end of the chunk: handed over now (an entity cut by the chunk's end waits), or skipped.
          if (scanner.capture) {
            const amp = buf.lastIndexOf('&');
            const cut = amp >= pos && buf.indexOf(';', amp) < 0 ? amp : n;
            if (cut > pos) handlers.text(decodeEntities(buf.slice(pos, cut)));
            carry = buf.slice(cut);
            if (carry.length > 64) throw corrupt('tham chiếu "&" không kết thúc bằng ";"');
          } else carry = '';
          return;
        }
        if (lt > pos && scanner.capture) {
          if (textRange) {
            const amp = buf.indexOf('&', pos);
            if (amp < 0 || amp >= lt) textRange(buf, pos, lt);
            else handlers.text(decodeEntities(buf.slice(pos, lt)));
          } else handlers.text(decodeEntities(buf.slice(pos, lt)));
        }
        const c1 = buf.charCodeAt(lt + 1);
        if (Number.isNaN(c1)) {
          carry = buf.slice(lt);
          return;
        }
        if (c1 === SLASH) {
          const gt = buf.indexOf('>', lt + 2);
          if (gt < 0) {
            carry = buf.slice(lt);
            return;
          }
          let e = gt;
          while (e > lt + 2 && isNameEnd(buf.charCodeAt(e - 1))) e--;
          const qname = nameAt(buf, lt + 2, e);
          const open = stack.pop();
          if (open !== qname) throw corrupt(open === undefined ? `thẻ đóng </${qname}> thừa` : `thẻ <${open}> đóng bằng </${qname}>`);
          const colon = qname.indexOf(':');
          handlers.close(colon < 0 ? qname : qname.slice(colon + 1));
          if (stack.length === 0) done = true;
          pos = gt + 1;
          continue;
        }
        if (c1 === QUESTION) {
          const end = buf.indexOf('?>', lt + 2);
          if (end < 0) {
            carry = buf.slice(lt);
            return;
          }
          pos = end + 2;
          continue;
        }
        if (c1 === BANG) {
          if (buf.startsWith('<!--', lt)) {
            const end = buf.indexOf('-->', lt + 4);
            if (end < 0) {
              carry = buf.slice(lt);
              return;
            }
            pos = end + 3;
            continue;
          }
          if (buf.startsWith('<![CDATA[', lt)) {
            const end = buf.indexOf(']]>', lt + 9);
            if (end < 0) {
              carry = buf.slice(lt);
              return;
            }
            if (scanner.capture) handlers.text(buf.slice(lt + 9, end));
            pos = end + 3;
            continue;
          }
          if (n - lt < 9) {
            carry = buf.slice(lt);
            return;
          }
          throw corrupt('có khai báo DTD (<!DOCTYPE …>), phần của sổ Excel không có');
        }
        // A start tag: name="value" pairs up to the first '>' outside quotes, in one pass over its characters.
        let i = lt + 1;
        while (i < n && !isNameEnd(buf.charCodeAt(i))) i++;
        const nameEnd = i;
        attrCount = 0;
        let gt = -1;
        while (i < n) {
          let c = buf.charCodeAt(i);
          if (c === GT) {
            gt = i;
            break;
          }
          if (c === SLASH || isSpace(c)) {
            i++;
            continue;
          }
          const ns = i;
          let local = i;
          while (i < n) {
            c = buf.charCodeAt(i);
            if (c === EQ || c === GT || c === SLASH || isSpace(c)) break;
            if (c === COLON) local = i + 1;
            i++;
          }
          const ne = i;
          while (i < n && isSpace(buf.charCodeAt(i))) i++;
          if (i >= n) break;
          if (buf.charCodeAt(i) !== EQ) throw corrupt('thuộc tính không có giá trị');
          i++;
          while (i < n && isSpace(buf.charCodeAt(i))) i++;
          if (i >= n) break;
          const quote = buf.charCodeAt(i);
          if (quote !== QUOTE && quote !== APOS) throw corrupt('giá trị thuộc tính không có dấu nháy');
          const vs = ++i;
          while (i < n) {
            c = buf.charCodeAt(i);
            if (c === quote) break;
            if (c === LT) throw corrupt('dấu "<" trong giá trị thuộc tính');
            i++;
          }
          if (i >= n) break;
          if (5 * attrCount + 5 > spans.length) {
            const grown = new Int32Array(spans.length * 2);
            grown.set(spans);
            spans = grown;
          }
          const at = 5 * attrCount++;
          spans[at] = ns;
          spans[at + 1] = local;
          spans[at + 2] = ne;
          spans[at + 3] = vs;
          spans[at + 4] = i;
          i++;
        }
        if (gt < 0) {
          carry = buf.slice(lt);
          return;
        }
        if (done) throw corrupt('có nội dung sau phần tử gốc');
        const qname = nameAt(buf, lt + 1, nameEnd);
        if (qname === '') throw corrupt('thẻ không có tên');
        const selfClosing = buf.charCodeAt(gt - 1) === SLASH;
        const colon = qname.indexOf(':');
        tag.name = colon < 0 ? qname : qname.slice(colon + 1);
        tagBuf = buf;
        sawRoot = true;
        if (!selfClosing) stack.push(qname);
        handlers.open(tag, selfClosing);
        if (selfClosing) {
          handlers.close(tag.name);
          if (stack.length === 0) done = true;
        }
        pos = gt + 1;
      }
      // Drop the reference to a big buffer between chunks.
      tagBuf = '';
      buf = '';
    },
    end() {
      if (carry.trim() !== '') {
        if (carry.indexOf('<') >= 0) throw corrupt('tệp kết thúc giữa một thẻ');
        if (!done || carry.indexOf('&') >= 0) throw corrupt('có chữ ngoài phần tử gốc');
      }
      if (stack.length) throw corrupt(`thẻ <${stack[stack.length - 1]}> không được đóng`);
      if (!sawRoot) throw corrupt('không có phần tử nào');
    },
  };
  return scanner;
}
