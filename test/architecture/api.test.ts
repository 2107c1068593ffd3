/**
 * The exported surface of @giaoban/core is checked in as an API report
 * (packages/core/api/*.api.md, written by scripts/api-report.mjs). A change
 * to what the package exports, or to a signature, fails here until the
 * report is rewritten with `npm run api:update`, so it shows in review.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReports } from '../../scripts/api-report.mjs';

const CORE = join(import.meta.dirname, '../../packages/core');
const reports = buildReports();

describe('public API report of @giaoban/core', () => {
  it.each(reports.map((r) => [r.name, r] as const))('%s matches its checked-in report', (_name, report) => {
    expect(report.text, `${report.source} is missing`).not.toBeNull();
    const checkedIn = readFileSync(join(CORE, report.report), 'utf8');
    expect(report.text === checkedIn, `${report.report} is out of date: run npm run api:update and review the diff`).toBe(true);
  });

  it('keeps planner internals out of the public entry', () => {
    const publicReport = reports.find((r) => r.name === '@giaoban/core')!.text!;
    const internalReport = reports.find((r) => r.name === '@giaoban/core/internal')!.text!;
    for (const name of ['createChairLedger', 'chairDeficit', 'chooseHost', 'findTables', 'SheetBuilder']) {
      expect(publicReport).not.toMatch(new RegExp(`^### ${name}$`, 'm'));
    }
    // …while the unstable entry still offers the building blocks the siblings use.
    for (const name of ['createChairLedger', 'chairDeficit', 'findTables', 'readWorkbook']) {
      expect(internalReport).toMatch(new RegExp(`^### ${name}$`, 'm'));
    }
  });

  it('names no internal-only type in a public signature', () => {
    // A public function returning or taking an unexported type leaves the user unable to name it.
    const names = (text: string) => new Set([...text.matchAll(/^### (\S+)$/gm)].map((m) => m[1]!));
    const publicReport = reports.find((r) => r.name === '@giaoban/core')!.text!;
    const internalOnly = [...names(reports.find((r) => r.name === '@giaoban/core/internal')!.text!)].filter(
      (n) => !names(publicReport).has(n),
    );
    // Signatures only: drop the headings and the "kind — file" lines.
    const signatures = publicReport.replace(/^### .*$/gm, '').replace(/^\w+ — \S+$/gm, '');
    const leaked = internalOnly.filter((n) => new RegExp(`\\b${n}\\b`).test(signatures));
    expect(leaked).toEqual([]);
  });

  it('documents every exported function of the public entry with a TSDoc comment', () => {
    // Read the declarations the report names and check each carries /** … */ right above.
    const publicReport = reports.find((r) => r.name === '@giaoban/core')!.text!;
    const undocumented = [...publicReport.matchAll(/^### (\S+)\nfunction — (\S+)/gm)]
      .filter(([, name, file]) => {
        const src = readFileSync(join(CORE, 'src', file!), 'utf8');
        return !new RegExp(`\\*/\\s*export (async )?function ${name}\\b`).test(src);
      })
      .map(([, name, file]) => `${name} (${file})`);
    expect(undocumented).toEqual([]);
  });
});
