// Reads a .docx back the strict way: unzip (fflate), parse every XML part
// (saxes throws on anything malformed), and collect the paragraphs and table
// rows of word/document.xml as plain text.
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

export interface DocxText {
  /** Every paragraph's text, in order (table cells included). */
  paragraphs: string[];
  /** Each table as rows of cell texts (cell paragraphs joined by a newline). */
  tables: string[][][];
  /** Every part's name. */
  parts: string[];
}

function parseXml(xml: string, part: string, on?: (p: SaxesParser) => void): void {
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (e) => {
    throw new Error(`${part}: ${e.message}`);
  });
  on?.(p);
  p.write(xml).close();
}

export function readDocx(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes);
  const parts = Object.keys(files);
  for (const name of parts) if (/\.(xml|rels)$/.test(name)) parseXml(strFromU8(files[name]!), name);
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('no word/document.xml');
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const stack: string[][][] = [];
  let para: string | null = null;
  let inText = false;
  let cell: string[] | null = null;
  const cells: (string[] | null)[] = [];
  parseXml(strFromU8(doc), 'word/document.xml', (p) => {
    p.on('opentag', (t) => {
      if (t.name === 'w:tbl') stack.push([]);
      else if (t.name === 'w:tr') stack[stack.length - 1]!.push([]);
      else if (t.name === 'w:tc') {
        cells.push(cell);
        cell = [];
      } else if (t.name === 'w:p') para = '';
      else if (t.name === 'w:t') inText = true;
      else if ((t.name === 'w:br' || t.name === 'w:tab') && para !== null) para += t.name === 'w:br' ? '\n' : '\t';
    });
    p.on('text', (s) => {
      if (inText && para !== null) para += s;
    });
    p.on('closetag', (t) => {
      if (t.name === 'w:t') inText = false;
      else if (t.name === 'w:p') {
        paragraphs.push(para ?? '');
        if (cell) cell.push(para ?? '');
        para = null;
      } else if (t.name === 'w:tc') {
        const rows = stack[stack.length - 1]!;
        rows[rows.length - 1]!.push((cell ?? []).join('\n'));
        cell = cells.pop() ?? null;
      } else if (t.name === 'w:tbl') tables.push(stack.pop()!);
    });
  });
  return { paragraphs, tables, parts };
}
