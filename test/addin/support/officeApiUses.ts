// Every Office.js member the add-in touches, found with the TypeScript type checker over addin/src:
// property accesses and calls resolved to declarations in @types/office-js, load() paths walked
// through the Excel types, and object literals whose contextual type is an Excel type. Each use
// carries the ExcelApi version it needs (from excelApiSets.json, generated from the same d.ts)
// and the version its guard proves (caps.<feature> / isSetSupported('ExcelApi', v) around it).
import ts from 'typescript';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import table from '../../../addin/test-support/excelApiSets.json';
import { FEATURE_API } from '../../../addin/src/excel/host.js';

export interface ApiEntry { api: string; set?: string; type?: string; params?: Record<string, string>; method?: boolean }
export const MEMBERS = (table as { members: Record<string, ApiEntry> }).members;

export interface ApiUse {
  /** "Range.merge", "RangeFormat.columnWidth (set)", "Worksheet.getUsedRange(valuesOnly)", "load Range.format/fill/color". */
  member: string;
  /** e.g. "ExcelApi 1.2"; "ExcelApi 1.1" for members without remarks (load, items, toJSON). */
  needs: string;
  /** The ExcelApi version proven by the enclosing guard, or null when unguarded. */
  guard: string | null;
  where: string;
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number) as [number, number];
  const [b1, b2] = b.split('.').map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const OFFICE_DTS = /@types[\\/]office-js[\\/]index\.d\.ts$/;

/** "Excel.Range" owner of a declaration in @types/office-js, or null. */
function ownerOf(decl: ts.Declaration): { ns: string; owner: string } | null {
  if (!OFFICE_DTS.test(decl.getSourceFile().fileName)) return null;
  const cls = decl.parent;
  if (!cls || !(ts.isClassDeclaration(cls) || ts.isInterfaceDeclaration(cls)) || !cls.name) return null;
  let ns: ts.Node | undefined = cls.parent;
  const path: string[] = [];
  while (ns && !ts.isSourceFile(ns)) {
    if (ts.isModuleDeclaration(ns)) path.unshift(ns.name.getText());
    ns = ns.parent;
  }
  return { ns: path.join('.'), owner: cls.name.text };
}

/** The ExcelApi version a guard expression proves when it is true. */
function guardVersion(cond: ts.Expression): string | null {
  let best: string | null = null;
  const take = (v: string | null) => {
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  };
  const visit = (e: ts.Expression): void => {
    e = skipParens(e);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      visit(e.left);
      visit(e.right);
    } else if (ts.isPropertyAccessExpression(e) && e.name.text in FEATURE_API) {
      take(FEATURE_API[e.name.text as keyof typeof FEATURE_API]);
    } else if (ts.isCallExpression(e) && /isSetSupported$/.test(e.expression.getText())) {
      const [set, v] = e.arguments;
      if (set && ts.isStringLiteral(set) && set.text === 'ExcelApi' && v && ts.isStringLiteral(v)) take(v.text);
    }
  };
  visit(cond);
  return best;
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** `!guard` → the guard's version (for early exits and else branches). */
function negatedGuard(cond: ts.Expression): string | null {
  const e = skipParens(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return guardVersion(e.operand);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    const a = negatedGuard(e.left), b = negatedGuard(e.right);
    return [a, b].filter((x): x is string => !!x).sort(compareVersions).pop() ?? null;
  }
  return null;
}

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s)) return true;
  if (ts.isBlock(s)) return s.statements.length > 0 && exits(s.statements[s.statements.length - 1]!);
  return false;
}

/** The highest ExcelApi version proven by the guards around `node`. */
function guardAround(node: ts.Node): string | null {
  let best: string | null = null;
  const take = (v: string | null) => {
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  };
  let child: ts.Node = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isIfStatement(p)) {
      if (child === p.thenStatement) take(guardVersion(p.expression));
      if (child === p.elseStatement) take(negatedGuard(p.expression));
    } else if (ts.isConditionalExpression(p)) {
      if (child === p.whenTrue) take(guardVersion(p.condition));
      if (child === p.whenFalse) take(negatedGuard(p.condition));
    } else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === p.right) {
      take(guardVersion(p.left));
    } else if (ts.isBlock(p) || ts.isSourceFile(p)) {
      // `if (!caps.x) return …;` earlier in the same block guards what follows.
      for (const s of p.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) take(negatedGuard(s.expression));
      }
    }
  }
  return best;
}

function where(node: ts.Node, root: string): string {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(root, sf.fileName)}:${line + 1}`;
}

const excelApi = (s: string | undefined) => (s && s.startsWith('ExcelApi ') ? s : s ?? 'ExcelApi 1.1');

/**
 * Lists the Office.js members used under `srcDir` (an `addin/src` checkout).
 *
 * @example
 * ```ts
 * officeApiUses('addin/src').filter((u) => u.needs === 'ExcelApi 1.8' && !u.guard); // unguarded 1.8 uses
 * ```
 */
export function officeApiUses(root: string, srcDir = join(root, 'addin/src')): ApiUse[] {
  const program = ts.createProgram(tsFiles(srcDir), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    resolveJsonModule: true,
    types: ['office-js', 'custom-functions-runtime'],
    typeRoots: [join(root, 'node_modules/@types')],
    baseUrl: root,
    paths: { '@giaoban/core': ['packages/core/src/index.ts'] },
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const add = (node: ts.Node, member: string, needs: string) => uses.push({ member, needs, guard: guardAround(node), where: where(node, root) });

  const excelTypeName = (t: ts.Type): string | null => {
    const sym = t.getSymbol() ?? t.aliasSymbol;
    const decl = sym?.declarations?.[0];
    if (!decl) return null;
    if (!(ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl)) || !decl.name || !OFFICE_DTS.test(decl.getSourceFile().fileName)) return null;
    const ns = decl.parent?.parent;
    return ns && ts.isModuleDeclaration(ns) && ns.name.getText() === 'Excel' ? decl.name.text : null;
  };

  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(srcDir)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        const decl = sym?.declarations?.[0];
        const o = decl ? ownerOf(decl) : null;
        if (o && o.ns === 'Excel') {
          const key = `${o.owner}.${node.name.text}`;
          const e = MEMBERS[key];
          const isWrite = ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          add(node, isWrite ? `${key} (set)` : key, excelApi(isWrite ? e?.set ?? e?.api : e?.api));
          // Parameters with their own requirement set (getUsedRange(valuesOnly) is 1.2).
          if (e?.params && ts.isCallExpression(node.parent) && node.parent.expression === node && ts.isMethodDeclaration(decl!)) {
            decl.parameters.forEach((p, i) => {
              const ps = e.params![p.name.getText()];
              if (ps && node.parent && ts.isCallExpression(node.parent) && node.parent.arguments[i]) add(node.parent.arguments[i]!, `${key}(${p.name.getText()})`, excelApi(ps));
            });
          }
          // load('format/fill/color'): each step of the path.
          if (node.name.text === 'load' && ts.isCallExpression(node.parent) && node.parent.expression === node) {
            const owner = excelTypeName(checker.getTypeAtLocation(node.expression));
            const arg = node.parent.arguments[0];
            const paths = arg && ts.isStringLiteral(arg) ? arg.text.split(',') : arg && ts.isArrayLiteralExpression(arg) ? arg.elements.filter(ts.isStringLiteral).map((s) => s.text) : [];
            for (const path of paths) {
              let cls = owner;
              for (const step of path.trim().split('/')) {
                if (!cls) break;
                if (step === 'items') {
                  cls = cls.endsWith('Collection') ? cls.slice(0, -'Collection'.length) : null;
                  continue;
                }
                const pe = MEMBERS[`${cls}.${step}`];
                add(arg!, `load ${cls}.${step}`, excelApi(pe?.api));
                cls = pe?.type ?? null;
              }
            }
          }
        }
      } else if (ts.isObjectLiteralExpression(node)) {
        const t = checker.getContextualType(node);
        const types = t ? (t.isUnion() ? t.types : [t]) : [];
        const owner = types.map(excelTypeName).find((x): x is string => !!x);
        if (owner) {
          for (const p of node.properties) {
            if (!p.name || !ts.isIdentifier(p.name)) continue;
            const key = `${owner}.${p.name.text}`;
            add(p, `${key} (literal)`, excelApi(MEMBERS[key]?.api));
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}
