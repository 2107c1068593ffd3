/**
 * The province's report (báo cáo) of the grassroots briefings of its commune
 * police units for a period, built like the monthly report: Decree 30/2020
 * header, the paragraph, the per-unit table against the same period a year
 * earlier, the items by category and what was settled, the shortcomings
 * (units without data, files not counted, overdue items), signer and "Nơi
 * nhận". Every figure comes from the roll-up; nothing is recounted here.
 */
import { formatDateVi } from '../calendar/civilDate.js';
import { STATISTICS_CATEGORIES } from '../stats/computeStatistics.js';
import { formatReportCount as n2, formatReportShare as pct } from '../report/format.js';
import { REPORT_CATEGORY_LABELS } from '../report/labels.js';
import type { Narrative } from '../report/narrative.js';
import type { Rollup } from '../rollup/combine.js';
import type { RollupDelta } from '../rollup/figures.js';
import { rollupKindWords } from '../rollup/narrative.js';
import {
  bodyPara,
  dataTable,
  headerBlock,
  headingPara,
  paper,
  para,
  recipientParagraphs,
  signatureTable,
  signerParagraphs,
  SIZES,
  spacer,
  titleBlock,
} from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { periodWords } from './report.js';
import { resolveDocumentSettings, type DocumentSettings, type DocumentSettingsOverrides } from './settings.js';

/** Options of {@link buildRollupReport}. */
export interface RollupReportOptions {
  /** The province's police as the issuing body (`resolveDocumentSettings`). */
  settings: DocumentSettings;
  /** The province's paragraph (`rollupNarrative`). */
  narrative: Narrative;
  /** The report's number, or null to leave it blank for the clerk. */
  number?: number | null;
  /** Date of the date line (default: the period's last day). */
  issueDate?: string | null;
}

/** "+12", "−3", "0". */
function signed(d: RollupDelta): string {
  return d.delta === 0 ? '0' : `${d.delta > 0 ? '+' : '−'}${n2(Math.abs(d.delta))}`;
}

/**
 * The province's report of the roll-up, as a document model (`documentToDocx` writes it).
 *
 * @param rollup - the roll-up.
 * @param o - the province's document settings and paragraph.
 * @returns the report.
 * @example
 * ```ts
 * const settings = resolveDocumentSettings({ settings: [], catalogue: EMPTY }, { parent: 'Bộ Công an', unit: rollup.provinceUnit });
 * const doc = buildRollupReport(rollup, { settings, narrative: rollupNarrative(rollup) });
 * await documentToDocx(doc); // Uint8Array of the .docx
 * ```
 */
export function buildRollupReport(rollup: Rollup, o: RollupReportOptions): DocumentModel {
  const { settings } = o;
  const t = rollup.total;
  const kinds = rollupKindWords(rollup).vi;
  const period = periodWords(rollup.period);
  const short = periodWords(rollup.period, true);
  const issueDate = o.issueDate === undefined ? rollup.period.to : o.issueDate;
  const body: DocBlock[] = [
    headerBlock(settings, 'report', o.number ?? null, issueDate),
    ...titleBlock('BÁO CÁO', [`Kết quả giao ban tại cơ sở của Công an các ${kinds} ${short}`]),
  ];
  if (settings.reportTo) body.push(para(`Kính gửi: ${settings.reportTo}.`, { align: 'center', size: SIZES.body, spaceAfterPt: 12 }));
  body.push(
    bodyPara(
      `Trên cơ sở sổ theo dõi giao ban tại cơ sở của ${n2(t.units)} đơn vị, ${settings.unitName} tổng hợp kết quả giao ban tại cơ sở của Công an các ${kinds} ${period}, so sánh với cùng kỳ năm trước (${periodWords(rollup.lastYearPeriod, true)}) như sau:`,
    ),
    headingPara('I. KẾT QUẢ THỰC HIỆN'),
    bodyPara(o.narrative.vi),
    headingPara('1. Kết quả theo đơn vị'),
    dataTable(
      [11, 45, 15, 15, 16, 16, 16, 14, 12],
      ['STT', 'Đơn vị', 'Giao ban', 'Cùng kỳ', 'Ý kiến', 'Cùng kỳ', 'Tăng/ giảm', 'Đúng hạn', 'Quá hạn'],
      [
        ...rollup.units.map((u, i) => [
          String(i + 1),
          u.unit,
          n2(u.briefings),
          n2(u.lastYear.briefings),
          n2(u.items),
          n2(u.lastYear.items),
          signed(u.change.counts.items),
          pct(u.onTimeShare),
          n2(u.overdue),
        ]),
        ['', `Tổng cộng`, n2(t.briefings), n2(t.lastYear.briefings), n2(t.items), n2(t.lastYear.items), signed(t.change.counts.items), pct(t.onTimeShare), n2(t.overdue)],
      ],
      ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
    ),
    spacer(),
    headingPara('2. Ý kiến, phản ánh theo nhóm nội dung'),
    dataTable(
      [12, 88, 20, 20, 20],
      ['STT', 'Nhóm nội dung', 'Kỳ này', 'Cùng kỳ', 'Tăng/ giảm'],
      [
        ...STATISTICS_CATEGORIES.map((c, i) => [String(i + 1), REPORT_CATEGORY_LABELS[c].vi, n2(t.byCategory[c]), n2(t.lastYear.byCategory[c]), signed(t.change.byCategory[c])]),
        ['', 'Tổng cộng', n2(t.items), n2(t.lastYear.items), signed(t.change.counts.items)],
      ],
      ['center', 'left', 'center', 'center', 'center'],
    ),
    spacer(),
    headingPara('3. Kết quả giải quyết'),
    dataTable(
      [12, 88, 20, 20, 20],
      ['STT', 'Chỉ tiêu', 'Kỳ này', 'Cùng kỳ', 'Tăng/ giảm'],
      [
        ['1', 'Giải đáp trực tiếp tại chỗ', n2(t.answeredOnTheSpot), n2(t.lastYear.answeredOnTheSpot), signed(t.change.counts.answeredOnTheSpot)],
        ['2', 'Đã giải quyết xong (kể cả giải đáp tại chỗ)', n2(t.resolved), n2(t.lastYear.resolved), signed(t.change.counts.resolved)],
        ['3', `Tồn đọng chưa giải quyết xong (tính đến ngày ${formatDateVi(rollup.asOf)})`, n2(t.backlog), n2(t.lastYear.backlog), signed(t.change.counts.backlog)],
        ['4', 'Trong đó: quá hạn xử lý', n2(t.overdue), n2(t.lastYear.overdue), signed(t.change.counts.overdue)],
        ['5', 'Tỷ lệ giải quyết đúng hạn', pct(t.onTimeShare), pct(t.lastYear.onTimeShare), ''],
      ],
      ['center', 'left', 'center', 'center', 'center'],
    ),
    spacer(),
  );

  // II. What stands in the way of a complete picture, for the commander to follow up.
  body.push(headingPara('II. TỒN TẠI, HẠN CHẾ'));
  const notes: string[] = [];
  const idle = rollup.units.filter((u) => u.briefings + u.items === 0);
  if (idle.length) notes.push(`${n2(idle.length)} đơn vị chưa có số liệu giao ban trong kỳ: ${idle.map((u) => u.unit).join(', ')}.`);
  const overdue = [...rollup.units].filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  if (overdue.length) {
    notes.push(
      `Còn ${n2(t.overdue)} ý kiến, phản ánh quá hạn xử lý tính đến ngày ${formatDateVi(rollup.asOf)} tại ${n2(overdue.length)} đơn vị` +
        `${overdue.length <= 10 ? `: ${overdue.map((u) => `${u.unit} (${n2(u.overdue)})`).join(', ')}` : ''}.`,
    );
  }
  const notCounted = rollup.files.filter((f) => f.role === 'not-counted');
  if (notCounted.length) notes.push(`${n2(notCounted.length)} sổ không được tổng hợp (không đọc được, trùng đơn vị hoặc thuộc tỉnh khác): ${notCounted.map((f) => f.file).join(', ')}.`);
  if (t.excludedRows > 0) notes.push(`${n2(t.excludedRows)} dòng có lỗi nhập liệu trong các sổ chưa được tính; các đơn vị cần rà soát, sửa và báo cáo bổ sung.`);
  if (notes.length === 0) notes.push('Các đơn vị đã nhập đầy đủ số liệu giao ban tại cơ sở trong kỳ.');
  for (const n of notes) body.push(bodyPara(`- ${n}`));

  body.push(
    bodyPara(`Trên đây là báo cáo kết quả giao ban tại cơ sở của Công an các ${kinds} ${short} của ${settings.unitName}./.`, { keepNext: true }),
    signatureTable(recipientParagraphs(settings.recipients.report, settings.archive), signerParagraphs(settings.signer.authority, settings.signer.title, settings.signer.name)),
  );
  return paper(
    {
      kind: 'report',
      title: `Báo cáo tổng hợp kết quả giao ban tại cơ sở ${short}`,
      settings,
      draft: false,
      meta: { date: issueDate, cluster: null, host: null, period: { from: rollup.period.from, to: rollup.period.to, month: null } },
    },
    body,
  );
}

/**
 * The file name of the province's report: `bao-cao-tong-hop_<last day>.docx`.
 *
 * @param rollup - the roll-up.
 * @returns an ASCII file name.
 * @example
 * ```ts
 * rollupReportFileName(rollup); // "bao-cao-tong-hop_2025-12-14.docx"
 * ```
 */
export function rollupReportFileName(rollup: Pick<Rollup, 'period'>): string {
  return `bao-cao-tong-hop_${rollup.period.to}.docx`;
}

/**
 * The province's document settings for its report: the issuing body is the
 * province's police (`rollup.provinceUnit`, or `overrides.issuingBody`) under
 * "Bộ Công an"; no "Kính gửi" unless given; "Nơi nhận" the province's leaders
 * and the commune police units.
 *
 * @param rollup - the roll-up.
 * @param overrides - the caller's settings (CLI options); any field given wins.
 * @returns the settings `buildRollupReport` takes.
 * @example
 * ```ts
 * rollupDocumentSettings(rollup).issuingBody; // "CÔNG AN TỈNH ĐIỆN BIÊN"
 * rollupDocumentSettings(rollup).signer.title; // "PHÓ GIÁM ĐỐC"
 * ```
 */
export function rollupDocumentSettings(rollup: Pick<Rollup, 'provinceUnit' | 'units'>, overrides: DocumentSettingsOverrides = {}): DocumentSettings {
  const kinds = rollupKindWords(rollup).vi;
  const base = resolveDocumentSettings(
    { settings: [], catalogue: { communes: [], leaders: [], absences: [], holidays: [] } },
    { parent: 'Bộ Công an', unit: rollup.provinceUnit },
    { reportTo: null, ...overrides },
  );
  if (overrides.recipients?.report) return base;
  const lead = base.unitName.replace(/\s+(tỉnh|thành phố)\s.*$/u, ' $1');
  return { ...base, recipients: { ...base.recipients, report: [...(base.reportTo ? [`${base.reportTo} (để báo cáo)`] : []), `Lãnh đạo ${lead}`, `Công an các ${kinds} (để thực hiện)`] } };
}
