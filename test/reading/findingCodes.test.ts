/**
 * Finding codes are a type: FINDING_CODES is the single source of each code's
 * severity and labels, a finding's severity is read from it, and a misspelt
 * code does not compile (the `@ts-expect-error` lines below fail
 * `npm run typecheck` the day they stop being errors).
 */
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, readWorkbook, type Finding, type FindingCode } from '@giaoban/core';
import { FindingSink } from '../../packages/core/src/findings/findingSink.js';

describe('finding codes', () => {
  it('the sink takes the severity from FINDING_CODES, not from the caller', () => {
    const sink = new FindingSink(['Giao ban']);
    const msg = { vi: 'Ô C4: thiếu ngày.', en: 'Cell C4: missing date.' };
    const a = sink.add('date.missing', 'Giao ban', 4, 3, msg);
    const b = sink.add('status.blank', 'Giao ban', 5, 7, msg);
    expect([a.severity, a.cell, b.severity, b.cell]).toEqual(['error', 'C4', 'warning', 'G5']);
    expect([sink.errors, sink.warnings]).toEqual([1, 1]);
  });

  it('every finding a real workbook yields carries a listed code with that code\'s severity', () => {
    const read = readWorkbook({
      sheets: [
        { name: 'Giao ban', values: [['Ngày', 'Xã đăng cai', 'Chủ trì'], ['31/02/2019', 'Mường Nhé', 'Nguyễn Văn A'], ['', 'Sín Thầu', '']] },
      ],
    });
    expect(read.findings.length).toBeGreaterThan(0);
    for (const f of read.findings) expect(f.severity).toBe(FINDING_CODES[f.code].severity);
  });

  it('a misspelt code fails to compile (checked by npm run typecheck; never called)', () => {
    function mustNotCompile(sink: FindingSink): Finding[] {
      const msg = { vi: 'x', en: 'x' };
      // @ts-expect-error 'date.invalidd' is not a FindingCode
      const code: FindingCode = 'date.invalidd';
      // @ts-expect-error the sink refuses an unknown code
      sink.add('date.inavlid', 'S', 1, 1, msg);
      // @ts-expect-error the severity is no longer an argument
      sink.add('error', 'date.invalid', 'S', 1, 1, msg);
      // @ts-expect-error a Finding's code is a FindingCode, not any string
      const f: Finding = { severity: 'error', code: 'typo', sheet: 'S', cell: 'A1', message: '', messageEn: '', suggestion: null, suggestionEn: null };
      return [f, sink.add(code, 'S', 1, 1, msg)];
    }
    expect(typeof mustNotCompile).toBe('function');
  });
});
