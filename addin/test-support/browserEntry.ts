/**
 * Injected instead of office.js in the browser test: installs `Office` and
 * `Excel` globals backed by the in-memory fake, loaded with the grid the test
 * puts in `window.__GRID__`. The fake is exposed as `window.__fake`.
 */
import { FakeExcelHost } from './fakeExcel.js';

interface GridLike {
  sheets: { name: string; values: (string | number | boolean | null)[][]; numberFormats?: (string | null)[][]; origin?: { row: number; col: number } }[];
}
const w = window as unknown as { __GRID__?: GridLike; __API__?: string; __fake?: FakeExcelHost; Office?: unknown; Excel?: unknown };
const fake = new FakeExcelHost({ apiVersion: w.__API__ ?? '1.17' });
for (const s of w.__GRID__?.sheets ?? []) {
  const o = s.origin ?? { row: 1, col: 1 };
  const pad = <T>(rows: T[][], fill: T): T[][] => [...Array.from({ length: o.row - 1 }, () => [] as T[]), ...rows.map((r) => [...Array.from({ length: o.col - 1 }, () => fill), ...r])];
  fake.addSheet(s.name, pad(s.values, null), s.numberFormats ? pad(s.numberFormats, null) : undefined);
}
const g = fake.globals();
w.Office = g.Office;
w.Excel = g.Excel;
w.__fake = fake;
