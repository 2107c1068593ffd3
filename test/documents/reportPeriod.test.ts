// The report names its period once: a month by its name and its dates, a period the clerk gave by
// its dates (--from/--to) by those dates alone — read back from the .docx of the example workbook.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  buildReport, computeStatistics, customPeriod, detectUnitNames, parsePeriodSpec, readWorkbook, resolveDocumentSettings,
  statisticsInputOf, statisticsNarrative, type ReportingPeriod,
} from '@giaoban/core';
import { documentToDocx } from '@giaoban/docx';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { readDocx } from './docxText.js';

async function reportParagraphs(period: ReportingPeriod): Promise<string[]> {
  const grid = await readWorkbookFile(join(process.cwd(), 'examples', 'so-theo-doi-giao-ban.xlsx'));
  const read = readWorkbook(grid);
  const settings = resolveDocumentSettings(read, detectUnitNames(grid));
  const stats = computeStatistics({ ...statisticsInputOf(read), period, asOf: period.to });
  const narrative = statisticsNarrative(stats, { unit: settings.unitName, excludedRowsNote: false });
  const model = buildReport(stats, { settings, catalogue: read.catalogue, narrative, nextPlan: [] });
  return readDocx(await documentToDocx(model)).paragraphs;
}

describe('the period in the report', () => {
  it('a period given by its dates is named by them once', async () => {
    const text = await reportParagraphs(customPeriod('2025-10-01', '2025-12-31'));
    const opening = text.find((p) => p.startsWith('Thực hiện chế độ báo cáo định kỳ'));
    expect(opening).toMatch(/ báo cáo kết quả giao ban tại cơ sở từ ngày 01\/10\/2025 đến ngày 31\/12\/2025 như sau:$/);
    expect(text).toContain('Kết quả giao ban tại cơ sở từ ngày 01/10/2025 đến ngày 31/12/2025');
    expect(text.join('\n')).not.toContain('từ 01/10/2025 đến 31/12/2025');
  });

  it('a month by its name, then its dates', async () => {
    const text = await reportParagraphs(parsePeriodSpec('month:2025-12'));
    const opening = text.find((p) => p.startsWith('Thực hiện chế độ báo cáo định kỳ'));
    expect(opening).toMatch(/ báo cáo kết quả giao ban tại cơ sở tháng 12\/2025 \(từ ngày 15\/11\/2025 đến ngày 14\/12\/2025\) như sau:$/);
    expect(text).toContain('Kết quả giao ban tại cơ sở tháng 12/2025');
  });
});
