// The requirement set of every member of the Excel namespace, read from the
// `[Api set: …]` remarks of @types/office-js. One table feeds both the
// requirement-set test (what the add-in touches) and the fake Excel (what a
// host of a given version refuses), so the two cannot drift apart.
//   node addin/scripts/excelApiSets.mjs   → rewrites addin/test-support/excelApiSets.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const TABLE_PATH = join(here, '../test-support/excelApiSets.json');

/** "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]" → { api: 'ExcelApi 1.1', set: 'ExcelApi 1.2' } */
function apiSetOf(text) {
  const m = /\[Api set: ([A-Za-z]+) (\d+\.\d+)([^\]]*)\]/.exec(text);
  if (!m) return null;
  const out = { api: `${m[1]} ${m[2]}` };
  const setting = /(\d+\.\d+) for setting/.exec(m[3]);
  if (setting) out.set = `${m[1]} ${setting[1]}`;
  return out;
}

/** The Excel type a member leads to ("Excel.RangeFormat" → "RangeFormat"), for load paths and object literals. */
function excelTypeOf(typeNode) {
  if (!typeNode) return undefined;
  const names = [];
  const visit = (n) => {
    if (ts.isTypeReferenceNode(n)) {
      const t = n.typeName.getText();
      if (t.startsWith('Excel.') && !t.startsWith('Excel.Interfaces.')) names.push(t.slice(6));
      n.typeArguments?.forEach(visit);
    } else n.forEachChild(visit);
  };
  visit(typeNode);
  return names[0];
}

/**
 * Builds the table from the text of @types/office-js/index.d.ts.
 * @returns `{ "Range.merge": { api: "ExcelApi 1.2" }, "Worksheet.visibility": { api: "ExcelApi 1.1", set: "ExcelApi 1.2", type: "SheetVisibility" }, … }`
 */
export function buildApiSetTable(dts) {
  const sf = ts.createSourceFile('office.d.ts', dts, ts.ScriptTarget.ES2020, true);
  const members = {};
  for (const stmt of sf.statements) {
    if (!ts.isModuleDeclaration(stmt) || stmt.name.text !== 'Excel' || !stmt.body || !ts.isModuleBlock(stmt.body)) continue;
    for (const decl of stmt.body.statements) {
      if (!(ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl)) || !decl.name) continue;
      const owner = decl.name.text;
      for (const m of decl.members) {
        if (!m.name || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) continue;
        const name = m.name.text;
        const doc = (m.jsDoc ?? []).map((d) => d.getText()).join('\n');
        const set = apiSetOf(doc);
        if (!set) continue;
        const key = `${owner}.${name}`;
        if (members[key]) continue; // overloads: the first declaration carries the remarks
        const entry = { ...set };
        const type = excelTypeOf(ts.isMethodDeclaration(m) ? m.type : m.type);
        if (type) entry.type = type;
        if (ts.isMethodDeclaration(m)) {
          const params = {};
          for (const tag of (m.jsDoc ?? []).flatMap((d) => d.tags ?? [])) {
            if (!ts.isJSDocParameterTag(tag)) continue;
            const comment = typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((c) => c.text).join('');
            const ps = apiSetOf(comment);
            if (ps) params[tag.name.getText()] = ps.api;
          }
          if (Object.keys(params).length) {
            entry.params = params;
            entry.paramOrder = m.parameters.map((p) => p.name.getText());
          }
          entry.method = true;
        }
        members[key] = entry;
      }
    }
  }
  return members;
}

export function officeJsVersion() {
  return JSON.parse(readFileSync(require.resolve('@types/office-js/package.json', { paths: [join(here, '..')] }), 'utf8')).version;
}

export function generate() {
  const dts = readFileSync(require.resolve('@types/office-js/index.d.ts', { paths: [join(here, '..')] }), 'utf8');
  return { source: `@types/office-js ${officeJsVersion()}`, members: buildApiSetTable(dts) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = generate();
  writeFileSync(TABLE_PATH, `${JSON.stringify(table, null, 0).replace(/\},"/g, '},\n"')}\n`);
  console.log(`${Object.keys(table.members).length} Excel members → ${TABLE_PATH}`);
}
