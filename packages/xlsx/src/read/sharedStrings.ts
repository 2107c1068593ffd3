/**
 * The shared string table, streamed: rich text flattened to its runs' text,
 * phonetic runs (`rPh`) left out, `_xHHHH_` escapes decoded.
 */
import { limitError } from '../errors.js';
import type { ZipDirectory, ZipEntry } from '../zip/directory.js';
import { inflateEntry, type InflateBudget } from '../zip/inflate.js';
import { decodeCellText } from '../xml/xml.js';
import { partDecoder } from '../xml/partText.js';
import { createScanner } from '../xml/scan.js';

/** Reads every `<si>` of the shared strings part, in order. */
export async function readSharedStrings(dir: ZipDirectory, entry: ZipEntry, budget: InflateBudget): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let current = '';
  const max = budget.limits.maxTextLength;
  const scanner = createScanner(entry.name, {
    open({ name }) {
      if (name === 'si') {
        inSi = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inSi && phonetic === 0) scanner.capture = true;
    },
    close(name) {
      if (name === 't') scanner.capture = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        inSi = false;
        const text = decodeCellText(current);
        if (text.length > max) throw limitError('maxTextLength', `chuỗi dùng chung số ${strings.length + 1}`, max);
        strings.push(text);
      }
    },
    text(t) {
      current += t;
      // Escapes (`_xHHHH_`) take 7 characters each: past that the text is too long whatever it holds.
      if (current.length > max * 7) throw limitError('maxTextLength', `chuỗi dùng chung số ${strings.length + 1}`, max);
    },
  });
  const decoder = partDecoder();
  await inflateEntry(dir, entry, budget, (chunk) => scanner.write(decoder.decode(chunk)));
  scanner.write(decoder.end());
  scanner.end();
  return strings;
}
