// Requirement sets checked by the type checker, not by hand: every Office.js member the add-in
// touches (property accesses, calls and their parameters, load() paths, object literals set on
// Excel objects), with the ExcelApi version from @types/office-js, must be within the manifest's
// minimum or behind a guard (caps.<feature> / isSetSupported) of that version or higher.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareVersions, officeApiUses, MEMBERS, type ApiUse } from './support/officeApiUses.js';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { generate } from '../../addin/scripts/excelApiSets.mjs';
import committed from '../../addin/test-support/excelApiSets.json';
import { FEATURE_API } from '../../addin/src/excel/host.js';

const root = resolve(__dirname, '../..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const minimum = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(manifest)![1]!;

const version = (needs: string) => needs.replace(/^ExcelApi /, '');
const violations = (uses: ApiUse[]) =>
  uses.filter((u) => {
    if (!u.needs.startsWith('ExcelApi ')) return true; // ExcelApiOnline / ExcelApiDesktop: not on every Excel the manifest names
    const v = version(u.needs);
    return compareVersions(v, minimum) > 0 && !(u.guard && compareVersions(u.guard, v) >= 0);
  });

describe('ExcelApi requirement sets of every Office.js member the add-in uses', () => {
  let uses: ApiUse[];
  beforeAll(() => {
    uses = officeApiUses(root);
  }, 120_000);

  it('the table is generated from the installed @types/office-js (node addin/scripts/excelApiSets.mjs)', () => {
    expect(generate()).toEqual(committed);
    expect(MEMBERS['Range.merge']).toEqual({ api: 'ExcelApi 1.2', method: true });
    expect(MEMBERS['Worksheet.visibility']).toMatchObject({ api: 'ExcelApi 1.1', set: 'ExcelApi 1.2' });
  }, 60_000);

  it('finds the members, setters, parameters, load paths and literals the add-in touches', () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ['Range.values (set)', 'Range.numberFormat (set)', 'RangeFormat.columnWidth (set)', 'Range.merge', 'Worksheet.visibility (set)', 'Worksheet.getUsedRange(valuesOnly)', 'load Range.format', 'load RangeFill.color', 'load DataValidation.type', 'DataValidationRule.list (literal)', 'RangeHyperlink.documentReference (literal)', 'DataValidation.clear', 'Workbook.functions', 'WorkbookProtection.protected']) {
      expect(members, m).toContain(m);
    }
    expect(uses.length).toBeGreaterThan(100);
  });

  it(`uses nothing above the manifest's ExcelApi ${minimum} without a guard of that version`, () => {
    const bad = violations(uses).map((u) => `${u.where} ${u.member} needs ${u.needs}, guarded by ${u.guard ?? 'nothing'}`);
    expect(bad).toEqual([]);
    // Each feature guard is what the table says for its members (a wrong FEATURE_API would pass the check above).
    const needsOf = (member: string) => version(MEMBERS[member]!.set ?? MEMBERS[member]!.api);
    expect(FEATURE_API.columnWidths).toBe(needsOf('RangeFormat.columnWidth'));
    expect(FEATURE_API.merges).toBe(needsOf('Range.merge'));
    expect(FEATURE_API.sheetVisibility).toBe(needsOf('Worksheet.visibility'));
    expect(FEATURE_API.usedRangeValuesOnly).toBe(MEMBERS['Worksheet.getUsedRange']!.params!.valuesOnly!.replace('ExcelApi ', ''));
    expect(FEATURE_API.dataValidation).toBe(needsOf('Range.dataValidation'));
    expect(FEATURE_API.hyperlinks).toBe(needsOf('Range.hyperlink'));
    expect(FEATURE_API.freezePanes).toBe(needsOf('Worksheet.freezePanes'));
    expect(FEATURE_API.pageLayout).toBe(needsOf('Worksheet.pageLayout'));
    expect(FEATURE_API.conditionalFormats).toBe(needsOf('Range.conditionalFormats'));
    expect(FEATURE_API.workbookProtection).toBe(needsOf('Workbook.protection'));
    expect(FEATURE_API.sheetProtection).toBe(needsOf('Worksheet.protection'));
    expect(FEATURE_API.date1904Probe).toBe(needsOf('Workbook.functions'));
  });

  it('flags an unguarded use, a use behind a too-low guard, and accepts early exits (the check can fail)', () => {
    const dir = join(root, 'test/.tmp/api-probe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'probe.ts'),
      `/// <reference types="office-js" />
import type { Capabilities } from '../../../addin/src/excel/host.js';
export function probe(ws: Excel.Worksheet, caps: Capabilities): void {
  ws.getRange('A1:B1').merge(false);
  if (caps.hyperlinks) ws.getRange('A1').dataValidation.clear();
  ws.getUsedRange(true).load('address');
  ws.getRange('A1').load('format/columnWidth');
  ws.getRange('A1').hyperlink = { screenTip: 'x' };
  if (!caps.dataValidation) return;
  ws.getRange('A2').dataValidation.clear();
}
`,
    );
    const found = officeApiUses(root, dir);
    const bad = violations(found).map((u) => u.member);
    expect(bad).toEqual(expect.arrayContaining(['Range.merge', 'DataValidation.clear', 'Worksheet.getUsedRange(valuesOnly)', 'load RangeFormat.columnWidth', 'Range.hyperlink (set)', 'RangeHyperlink.screenTip (literal)']));
    // The last clear() sits after `if (!caps.dataValidation) return;`: guarded.
    const clears = found.filter((u) => u.member === 'DataValidation.clear');
    expect(clears.map((u) => u.guard)).toEqual(['1.7', '1.8']);
    expect(bad.filter((m) => m === 'DataValidation.clear')).toHaveLength(1);
  }, 120_000);
});
