/**
 * The shared string table, streamed: rich text flattened to its runs' text,
 * phonetic runs (`rPh`) left out, `_xHHHH_` escapes decoded.
 */
import { limitError } from '../errors.js';
import type { ZipDirectory, ZipEntry } from '../zip/directory.js';
import { inflateEntry, type InflateBudget } from '../zip/inflate.js';
import { createParser, decodeCellText } from '../xml/xml.js';

/** Reads every `<si>` of the shared strings part, in order. */
export async function readSharedStrings(dir: ZipDirectory, entry: ZipEntry, budget: InflateBudget): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let current = '';
  const max = budget.limits.maxTextLength;
  const parser = createParser(entry.name, {
    open(name) {
      if (name === 'si') {
        inSi = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inSi && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        inSi = false;
        const text = decodeCellText(current);
        if (text.length > max) throw limitError('maxTextLength', `chuỗi dùng chung số ${strings.length + 1}`, max);
        strings.push(text);
      }
    },
    text(t) {
      if (!inT) return;
      current += t;
      // Escapes (`_xHHHH_`) take 7 characters each: past that the text is too long whatever it holds.
      if (current.length > max * 7) throw limitError('maxTextLength', `chuỗi dùng chung số ${strings.length + 1}`, max);
    },
  });
  const decoder = new TextDecoder('utf-8');
  await inflateEntry(dir, entry, budget, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode());
  parser.close();
  return strings;
}
