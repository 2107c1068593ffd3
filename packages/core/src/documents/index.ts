/**
 * Documents (issue 12, SPEC §7): invitation, minutes and report as pure
 * document models in the Decree 30/2020 layout, for any .docx writer.
 */
export type { DocumentKind, DocumentModel, DocBlock, DocParagraph, DocRun, DocTable, DocCell, DocAlign, DocPage } from './model.js';
export { resolveDocumentSettings, briefingPlace, splitRecipients, type DocumentSettings, type DocumentSettingsOverrides } from './settings.js';
export { DECREE30_PAGE, DECREE30_FONT, TEXT_WIDTH_MM, dateLine, dateWords, numberLine } from './layout.js';
export { buildInvitation, type DocumentContext } from './invitation.js';
export { buildMinutes, buildBlankMinutes, issuesOfBriefing } from './minutes.js';
export { buildReport, reportPeriodWords, REPORT_ROW_LABELS, type ReportOptions } from './report.js';
export { briefingDocuments, type BriefingDocumentsOptions, type BriefingDocuments } from './build.js';
export { documentFileName } from './fileName.js';
export { buildRollupReport, rollupDocumentSettings, rollupReportFileName, type RollupReportOptions } from './rollupReport.js';
