/**
 * The core's folders form layers that import in one direction only (layers you
 * can read from the folder names): a folder may import from its
 * own folder or any folder below it, never from a folder above, so the
 * pipeline cells → tables → records → findings → statistics → models → render
 * plan reads bottom-up. Every import of every file in packages/core/src is
 * parsed with the TypeScript compiler, not guessed from a pattern.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/core/src');

/**
 * Bottom to top. Folders on the same rank may not import each other (siblings
 * stay independent). `findings` (codes, messages, the sink) sits below
 * `records` because every reader reports into it; `validation` (cross-record
 * checks) sits above. `sheets/render/` (the render plan) is inside `sheets`,
 * above its models; `documents` sits above `sheets` but may not use it (two
 * independent outputs of the same statistics and records); `read` ties
 * records and validation into the pipeline. `rollup` (many units' figures,
 * against a year earlier) sits on the statistics and the report wording and
 * under the sheets and documents that present it. `model` is the root files (model.ts, arrays.ts); `index`
 * is the package entry files (index.ts, internal.ts).
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['data'],
  ['calendar'],
  ['text'],
  ['admin'],
  ['workbook'],
  ['findings'],
  ['records'],
  ['validation'],
  ['stats', 'rotation'],
  ['report'],
  ['rollup'],
  ['sheets'],
  ['documents'],
  ['read'],
  ['session'],
  ['index'],
];

const ROOT_FILES: Record<string, string> = {
  'model.ts': 'model',
  'arrays.ts': 'model',
  // The error base imports nothing: every layer may throw it.
  'errors.ts': 'model',
  'index.ts': 'index',
  'internal.ts': 'index',
  'catalogue.ts': 'index',
};

function rankOf(layer: string): number {
  const rank = LAYERS.findIndex((group) => group.includes(layer));
  return rank;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file: its top folder under src, or its root-file role. */
export function layerOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return ROOT_FILES[parts[0]!] ?? `(root file ${parts[0]})`;
  return parts[0]!;
}

interface Edge { from: string; to: string; fromLayer: string; toLayer: string; specifier: string }

function importsOf(file: string): Edge[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      return {
        from: relative(SRC, file),
        to: relative(SRC, target),
        fromLayer: layerOf(file),
        toLayer: layerOf(target),
        specifier: spec,
      };
    });
}

const files = listFiles(SRC);
const edges = files.flatMap(importsOf);

describe('core layers (packages/core/src)', () => {
  it('every file sits in a known layer', () => {
    const unknown = files.filter((f) => rankOf(layerOf(f)) < 0).map((f) => relative(SRC, f));
    expect(unknown, `folders missing from LAYERS in test/architecture/layers.test.ts`).toEqual([]);
  });

  it('no folder imports from a folder above it or beside it', () => {
    const upward = edges
      .filter((e) => e.fromLayer !== e.toLayer && rankOf(e.toLayer) >= rankOf(e.fromLayer))
      .map((e) => `${e.from} imports '${e.specifier}' (${e.fromLayer} → ${e.toLayer}, not below it)`);
    expect(upward).toEqual([]);
  });

  it('the folder graph has no cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      if (e.fromLayer === e.toLayer) continue;
      if (!graph.has(e.fromLayer)) graph.set(e.fromLayer, new Set());
      graph.get(e.fromLayer)!.add(e.toLayer);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        const loop = [...path.slice(path.indexOf(node)), node];
        const witness = edges.find((e) => e.fromLayer === loop[0] && e.toLayer === loop[1]);
        cycles.push(`${loop.join(' → ')} (e.g. ${witness?.from} imports '${witness?.specifier}')`);
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the render plan is the top of sheets/: sheet models never import sheets/render/', () => {
    // The render plan translates finished sheet models for the .xlsx and Office.js writers;
    // a model that reached into it would tie the models to one way of writing cells.
    const inward = edges
      .filter((e) => e.from.startsWith('sheets/') && !e.from.startsWith('sheets/render/') && e.from !== 'sheets/index.ts')
      .filter((e) => e.to.startsWith('sheets/render/'))
      .map((e) => `${e.from} imports '${e.specifier}'`);
    expect(inward).toEqual([]);
  });

  it('documents/ and sheets/ are independent outputs: documents/ does not build sheets', () => {
    const crossing = edges
      .filter((e) => e.fromLayer === 'documents' && e.toLayer === 'sheets')
      .map((e) => `${e.from} imports '${e.specifier}'`);
    expect(crossing).toEqual([]);
  });

  it('a folder barrel (index.ts) exports its own folder only', () => {
    const leaks = edges
      .filter((e) => /(^|\/)index\.ts$/.test(e.from) && e.from.includes('/'))
      .filter((e) => e.fromLayer !== e.toLayer)
      .map((e) => `${e.from} re-exports '${e.specifier}' from ${e.toLayer}`);
    expect(leaks).toEqual([]);
  });
});

/**
 * The front ends drive the core session and share only the packages meant for sharing:
 * `packages/cli`, `addin` and `app` may import `@giaoban/core` and the shared packages
 * (`@giaoban/xlsx`, `@giaoban/docx`, `@giaoban/ics`), never each other's source, and the
 * shared packages import no front end. Relative imports that leave a front end's folder
 * are caught as well as package names.
 */
describe('front ends import core and the shared packages, never each other', () => {
  const ROOT = resolve(SRC, '../../..');
  const FRONT_ENDS = { cli: 'packages/cli', addin: 'addin', app: 'app' } as const;
  const SHARED = ['packages/core', 'packages/xlsx', 'packages/docx', 'packages/ics'];
  const PACKAGE_OF: Record<string, string> = {
    '@giaoban/core': 'packages/core',
    '@giaoban/xlsx': 'packages/xlsx',
    '@giaoban/docx': 'packages/docx',
    '@giaoban/ics': 'packages/ics',
    '@giaoban/cli': 'packages/cli',
    '@giaoban/app': 'app',
    '@giaoban/addin': 'addin',
  };
  const owner = (path: string) => [...Object.values(FRONT_ENDS), ...SHARED].find((p) => path === join(ROOT, p) || path.startsWith(join(ROOT, p) + sep)) ?? null;

  /** Every import of the sources (and test support) of `folders`, resolved to the package it reaches. */
  function crossings(folders: readonly string[]): string[] {
    const out: string[] = [];
    for (const folder of folders) {
      for (const sub of ['src', 'test-support', 'scripts']) {
        const dir = join(ROOT, folder, sub);
        let files: string[];
        try {
          files = listFiles(dir).concat(readdirSync(dir).filter((n) => n.endsWith('.mjs')).map((n) => join(dir, n)));
        } catch {
          continue;
        }
        for (const file of files) {
          const from = owner(file)!;
          for (const spec of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((r) => r.fileName)) {
            const pkg = Object.keys(PACKAGE_OF).find((p) => spec === p || spec.startsWith(`${p}/`));
            const to = pkg ? PACKAGE_OF[pkg]! : spec.startsWith('.') ? owner(resolve(dirname(file), spec)) : null;
            if (to === null || to === from) continue;
            if (Object.values(FRONT_ENDS).includes(to as never) || (SHARED.includes(from) && !SHARED.includes(to))) out.push(`${relative(ROOT, file)} imports '${spec}' (${from} → ${to})`);
          }
        }
      }
    }
    return out;
  }

  it('no front end imports another front end', () => {
    expect(crossings(Object.values(FRONT_ENDS))).toEqual([]);
  });

  it('no shared package imports a front end', () => {
    expect(crossings(SHARED)).toEqual([]);
  });

  it('the check sees a crossing when there is one', () => {
    // The offline app once bundled the CLI's calendar writer by a relative path; that must be caught.
    const spec = '../../packages/cli/src/ics/planIcs.js';
    expect(owner(resolve(join(ROOT, 'app/src'), spec))).toBe('packages/cli');
  });
});
