/**
 * Every text a user can see comes from a catalogue of Vietnamese and English
 * texts keyed by stable codes: the core's (what the session shows) and each
 * front end's own chrome. Every key renders in both languages, with every
 * placeholder filled and English plurals right; every key a page names in its
 * HTML exists; every kind of table the reader finds has a name (no raw key
 * such as `kind.deadlines` can reach a clerk).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_TEXTS, fillText, readWorkbook, textIn, type TextCatalogue } from '@giaoban/core';
import { REQUIRED_FIELDS } from '../../packages/core/src/data/tableKinds.js';
import { CLI_TEXTS } from '../../packages/cli/src/texts.js';
import { STRINGS as APP_TEXTS, t as appText } from '../../app/src/i18n.js';
import { STRINGS as PANE_TEXTS, t as paneText } from '../../addin/src/taskpane/i18n.js';
import { COMMAND_TEXTS } from '../../addin/src/commands/texts.js';
import { repoRoot } from '../xlsx/helpers.js';

const catalogues: Record<string, TextCatalogue> = { core: CORE_TEXTS, cli: CLI_TEXTS, app: APP_TEXTS, pane: PANE_TEXTS, addinCommands: COMMAND_TEXTS };

/** The names a template fills in, without the plural forms. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();

describe.each(Object.entries(catalogues))('the %s catalogue', (_name, catalogue) => {
  it('has both languages for every key, each a real text', () => {
    for (const [key, text] of Object.entries(catalogue)) {
      expect(typeof text.vi, key).toBe('string');
      expect(typeof text.en, key).toBe('string');
      expect(text.vi.trim().length, `${key} (vi)`).toBeGreaterThan(0);
      expect(text.en.trim().length, `${key} (en)`).toBeGreaterThan(0);
      // A Vietnamese text that is not English copied over (keys made only of values may match).
      if (/[a-zà-ỹđ]{4,}/iu.test(text.vi.replace(/\{[^}]*\}/g, ''))) expect(text.en, key).not.toBe(text.vi);
    }
  });

  it('renders every key in both languages with every value filled', () => {
    for (const key of Object.keys(catalogue)) {
      const names = placeholders(catalogue[key]!.vi);
      expect(placeholders(catalogue[key]!.en), `${key}: the same values in both languages`).toEqual(names);
      for (const n of [1, 3]) {
        const vars = Object.fromEntries(names.map((v) => [v, n]));
        for (const lang of ['vi', 'en'] as const) {
          const out = textIn(catalogue, key, lang, vars);
          // No value left unfilled (a literal such as the clerk's "{xã}" in a help text is not a value).
          expect(out, `${key} (${lang})`).not.toMatch(/\{\w+(?::[^{}]*)?\}/);
        }
      }
    }
  });
});

describe('English plurals', () => {
  it('say "1 row", "1 warning" and "3 rows", "3 warnings"', () => {
    expect(textIn(CORE_TEXTS, 'count.rows', 'en', { n: 1 })).toBe('1 row');
    expect(textIn(CORE_TEXTS, 'count.rows', 'en', { n: 3 })).toBe('3 rows');
    expect(textIn(CORE_TEXTS, 'findings.sheet', 'en', { sheet: 'Ý kiến', errors: 1, warnings: 1 })).toBe('Sheet "Ý kiến" — 1 error, 1 warning');
    expect(textIn(CORE_TEXTS, 'findings.sheet', 'vi', { sheet: 'Ý kiến', errors: 1, warnings: 3 })).toBe('Trang "Ý kiến" — 1 lỗi, 3 cảnh báo');
    expect(fillText('{n} {n:row|rows}', { n: 0 })).toBe('0 rows');
  });

  it('a text the catalogue lacks is a programming error, never shown as its key', () => {
    expect(() => textIn(CORE_TEXTS, 'kind.deadlines' as never, 'vi')).toThrow(/No text "kind.deadlines"/);
  });
});

describe('names of what the reader finds', () => {
  it('every kind of table has a name in both languages, in the app and the pane as in the core', () => {
    const kinds = Object.keys(REQUIRED_FIELDS) as (keyof typeof REQUIRED_FIELDS)[];
    expect(kinds).toEqual(expect.arrayContaining(['deadlines', 'swaps', 'settings']));
    for (const kind of kinds) {
      for (const lang of ['vi', 'en'] as const) {
        const name = appText(`table.${kind}`, lang);
        expect(name, kind).not.toMatch(/^(table|kind)\./);
        expect(paneText(`table.${kind}`, lang)).toBe(name);
      }
    }
  });

  it('a workbook made by giaoban template names every table it holds (the app showed raw keys here)', async () => {
    const { main } = await import('../../packages/cli/src/main.js');
    const { readXlsx } = await import('@giaoban/xlsx');
    const { captureIO, tmpDir } = await import('../xlsx/helpers.js');
    const dir = tmpDir('catalogue-template');
    expect(await main(['template', '-o', 'mau.xlsx'], { ...captureIO(), cwd: dir })).toBe(0);
    const read = readWorkbook((await readXlsx(new Uint8Array(readFileSync(join(dir, 'mau.xlsx'))))).grid);
    const shown = read.tables.map((t) => appText(`table.${t.kind}`, 'vi'));
    expect(shown).toEqual(expect.arrayContaining(['Thời hạn xử lý', 'Đổi lịch', 'thông tin đơn vị']));
    for (const s of shown) expect(s).not.toMatch(/^[a-z]+\.[a-z]+$/);
  });
});

describe('keys the pages name in their HTML', () => {
  it.each([
    ['app/src/index.html', APP_TEXTS],
    ['addin/src/taskpane/taskpane.html', PANE_TEXTS],
  ] as const)('%s names only keys of its catalogue', (file, catalogue) => {
    const html = readFileSync(join(repoRoot, file), 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(5);
    const missing = keys.filter((k) => !(k in catalogue) && !(k in CORE_TEXTS));
    expect(missing).toEqual([]);
  });
});
