// The summary sheet in English, for the offline app's English page: the same rows as the Vietnamese
// sheet the workbook is given, with every word of the sheet's own in English and the clerk's own
// names and texts as written.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSession, type CellValue } from '@giaoban/core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { repoRoot } from '../xlsx/helpers.js';
import { hasWord } from '../support/words.js';

const VIETNAMESE_WORDS = ['Tháng', 'tháng', 'Số', 'Tổng', 'Kỳ', 'ngày', 'xã', 'Xã', 'Lũy kế', 'Trong kỳ', 'Tỷ lệ', 'STT', 'Cụm', 'thôn', 'Luật', 'Điều', 'Khác', 'Đã'];

async function sheets(file: string) {
  const s = openSession(await readWorkbookFile(join(repoRoot, 'examples', file)), { today: '2026-12-07' });
  const summary = s.summary({});
  const [vi] = s.outputSheets({ summary });
  const [en] = s.outputSheets({ summary, lang: 'en' });
  return { vi: vi!, en: en!, unit: s.units.unit ?? '' };
}

describe('the summary sheet in English', () => {
  for (const file of ['so-theo-doi-giao-ban.xlsx', 'so-giao-ban-cong-an-xa.xlsx']) {
    it(`has the Vietnamese sheet's rows, numbers and clerk's texts, and English words elsewhere (${file})`, async () => {
      const { vi, en, unit } = await sheets(file);
      expect(en.cells.length).toBe(vi.cells.length);
      expect(en.merges).toEqual(vi.merges);
      let english = 0;
      en.cells.forEach((row: CellValue[], r) =>
        row.forEach((v, c) => {
          const w = vi.cells[r]![c];
          if (typeof v !== 'string') return expect(v, `${r}:${c}`).toEqual(w);
          if (v === w) return; // the clerk's own (names, contents) and the marker
          english++;
          const text = v.split(unit).join('').split(unit.toUpperCase()).join('');
          for (const word of VIETNAMESE_WORDS) expect(hasWord(text, word), `${r}:${c} "${v}": ${word}`).toBe(false);
        }),
      );
      expect(english).toBeGreaterThan(40);
      const flat = en.cells.flat().filter((v): v is string => typeof v === 'string');
      expect(flat).toContain('SUMMARY OF THE GRASSROOTS BRIEFINGS');
      // Dates in English, as the English page writes them.
      expect(flat.some((v) => /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/.test(v))).toBe(true);
    });
  }

  it('leaves the workbook\'s sheet Vietnamese when no language is asked for', async () => {
    const { vi } = await sheets('so-theo-doi-giao-ban.xlsx');
    expect(vi.cells.flat()).toContain('TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ');
  });
});
