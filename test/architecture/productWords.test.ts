/**
 * What a user or a reviewer reads — the READMEs, docs/, the sources of every package and front end, the
 * scripts, the tests and the benchmarks — speaks of the product: no tracker numbers, no
 * sections of the internal specification, no paths to files outside the repository. Laws and notices are
 * cited by their own number and date instead.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.cwd();
const SELF = join('test', 'architecture', 'productWords.test.ts');

/** Where to look: files, and folders walked for text files. */
const PLACES = ['README.md', 'docs', 'packages', 'app/src', 'app/README.md', 'addin/src', 'addin/README.md', 'scripts', 'test', 'bench'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.tmp', 'coverage']);
const TEXT = /\.(?:[cm]?[jt]sx?|md|json|html|css|txt|ya?ml)$/;

/** Internal notes, each with what to write instead. */
const NOTES: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\bissue\s?#?\d+/i, instead: 'say what the code or the row does' },
  { pattern: /\b(?:added|fixed|introduced) (?:by|in) issue\b/i, instead: 'say what it does' },
  { pattern: /\bSPEC(?:\.md| §)/, instead: 'cite the law or notice by its number and date, or say it in product terms' },
  { pattern: /\.\.\/shared\/|\/work\/shared|\b(?:STYLE|OOXML-NOTES|contracts)\.?md\b|\bOOXML-NOTES\b/, instead: 'nothing outside the repository' },
];

function* textFiles(path: string): Generator<string> {
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    const full = join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const rel = relative(root, full);
    if (rel.split(sep).some((part) => SKIP_DIRS.has(part))) continue;
    if (e.isFile() && TEXT.test(e.name)) yield rel;
  }
}

function filesToRead(): string[] {
  const out: string[] = [];
  for (const place of PLACES) {
    const full = join(root, place);
    if (place.endsWith('.md')) {
      if (existsSync(full)) out.push(place);
    } else out.push(...textFiles(full));
  }
  return out.filter((f) => f !== SELF);
}

describe('no internal notes where users and reviewers read', () => {
  const files = filesToRead();

  it('reads the READMEs, the sources, the scripts, the tests and the benchmarks', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', join('packages', 'cli', 'src', 'main.ts'), join('bench', 'run.mjs'), join('test', 'architecture', 'layers.test.ts')]));
  });

  it('no tracker numbers, specification sections or paths outside the repository', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { pattern, instead } of NOTES) {
          if (!pattern.test(line)) continue;
          found.push(`${file}:${i + 1}: ${line.trim()} → ${instead}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
