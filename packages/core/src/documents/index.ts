/**
 * Documents: invitation, minutes and report as pure document models in the
 * layout of Decree 30/2020/NĐ-CP (Appendix I, forms 1.4, 1.7 and 1.9 of
 * Appendix III), for any .docx writer.
 */
export type { DocumentKind, DocumentModel, DocBlock, DocParagraph, DocRun, DocTable, DocCell, DocAlign, DocPage } from './model.js';
export { resolveDocumentSettings, briefingPlace, splitRecipients, type DocumentSettings, type DocumentSettingsOverrides } from './settings.js';
export { DECREE30_PAGE, DECREE30_FONT, TEXT_WIDTH_MM, dateLine, dateWords, numberLine } from './layout.js';
export { buildInvitation, type DocumentContext } from './invitation.js';
export { buildMinutes, buildBlankMinutes, issuesOfBriefing } from './minutes.js';
export { buildReport, reportPeriodWords, REPORT_ROW_LABELS, type ReportOptions, type ReportTracking } from './report.js';
export { briefingDocuments, type BriefingDocumentsOptions, type BriefingDocuments, type DocumentsNote } from './build.js';
export { monthsSpokenFor, papersPlan, PapersMonthError, PapersRecordError, assertBriefingDatesReadable, monthOfDateText, type MonthsSpokenFor, type PapersPlan, type PapersPlanOptions } from './scope.js';
export { leaderLine, leaderText, signatureName, timeWords, dayWords, communeText } from './people.js';
export { documentFileName } from './fileName.js';
export { buildRollupReport, rollupDocumentSettings, rollupReportFileName, type RollupReportOptions } from './rollupReport.js';
export { parentBodyOf, withCatalogueParent } from './parentBody.js';
