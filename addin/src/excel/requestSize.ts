/**
 * What one Office.js operation adds to a `context.sync()` request, in the
 * client's own wire format (the RichApi JSON that Excel on the web limits to
 * 5 MB): every object the batch names is an object path plus Instantiate
 * actions, every property set or method call an action carrying its
 * arguments, all numbered with ids that grow through the run. The shapes
 * below are the client's (`excel-web-16.00.js` of `@microsoft/office-js`),
 * sized with ids of seven digits, so an estimate is never below what the
 * client sends; a test runs the real client and holds the writer to that.
 */
import { utf8Length } from './readSheets.js';

/** Ids are numbered per run; seven digits covers a run of millions of paths and actions. */
const ID = 1_234_567;

/** Bytes of a JSON value as the client serialises it (UTF-8). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return utf8Length(value) + 2;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  let n = 2;
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    n += (first ? 0 : 1) + utf8Length(k) + 3 + jsonBytes(v);
    first = false;
  }
  return n;
}

const INSTANTIATE = jsonBytes({ Id: ID, ActionType: 1, Name: '', ObjectPathId: ID }) + 1;
/** The path's entry in the request's `ObjectPaths` map and its id in an action's `L` list. */
const PATH_KEY = `"${ID}":`.length + 1 + String(ID).length + 1;

/**
 * A new object path (a method such as `getRange("A1")`, a property such as `format`, an
 * indexer such as `getItem("EdgeTop")`) with the two Instantiate actions the client sends for it.
 *
 * @param name the member as the wire names it ("GetRange", "Format")
 * @param args the call's arguments (none for a property)
 * @returns bytes added to the request
 * @example
 * ```ts
 * objectPathBytes('GetRange', ['C5']); // ≈ 250
 * ```
 */
export function objectPathBytes(name: string, args: readonly unknown[] = []): number {
  const info = { Id: ID, ObjectPathType: 3, Name: name, ParentObjectPathId: ID, ArgumentInfo: { Arguments: args }, D: true };
  return jsonBytes(info) + PATH_KEY + 2 * INSTANTIATE;
}

/**
 * A property set (`range.values = …`) or a method call without a returned object (`range.merge()`).
 *
 * @param name the member as the wire names it ("Values", "Merge")
 * @param args the value set, or the call's arguments
 * @returns bytes added to the request
 * @example
 * ```ts
 * actionBytes('Hyperlink', [{ documentReference: "'Ý kiến'!C5", textToDisplay: 'C5' }]);
 * ```
 */
export function actionBytes(name: string, args: readonly unknown[]): number {
  return jsonBytes({ Id: ID, ActionType: 4, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: args }, L: [ID] }) + 1;
}

/**
 * Bytes of a large array set on a range: the client (from ExcelApi 1.3) splits an array of more than
 * 1,500 cells into row chunks, each a `getRow(…)`, `getRow(…)`, `getBoundingRect(…)` path and its own set.
 *
 * @param name "Values" or "NumberFormat"
 * @param rows the array, or its estimated JSON size and cell count
 * @returns bytes added to the request
 */
export function arraySetBytes(name: string, rows: { bytes: number; cells: number }): number {
  const chunks = Math.ceil(rows.cells / 1_500);
  const perChunk = 2 * objectPathBytes('GetRow', [ID]) + objectPathBytes('GetBoundingRect', [ID]) + actionBytes(name, []);
  // The array itself, once; `_ValidateArraySize(rows, columns)` before it.
  return rows.bytes + actionBytes(name, []) + actionBytes('_ValidateArraySize', [ID, ID]) + (chunks > 1 ? chunks * perChunk : 0);
}
