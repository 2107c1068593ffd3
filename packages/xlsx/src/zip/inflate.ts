/**
 * Streaming inflate of one package entry with the reader limits checked as
 * bytes come out, so a zip bomb is stopped early and never held in memory.
 */
import { Inflate } from 'fflate';
import { XlsxError, limitError } from '../errors.js';
import { RATIO_FLOOR_BYTES, type XlsxLimits } from '../limits.js';
import { rawData, type ZipDirectory, type ZipEntry } from './directory.js';
import { partDecoder } from '../xml/partText.js';

/** Inflated bytes counted across every part read from one package. */
export interface InflateBudget {
  limits: XlsxLimits;
  total: number;
}

/** Compressed bytes pushed per step; the event loop gets a turn every few steps. */
// Small steps bound one output chunk: deflate expands at most ~1,032×, so 32 KiB in is at most ~33 MB out.
const STEP = 32 * 1024;
const STEPS_PER_YIELD = 128;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Finds a part by name: leading `/` ignored, case-insensitive as OPC part names are. */
export function findEntry(dir: ZipDirectory, partName: string): ZipEntry | undefined {
  const name = partName.replace(/^\/+/, '');
  const exact = dir.byName.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return dir.entries.find((e) => e.name.toLowerCase() === lower);
}

function checkReadable(entry: ZipEntry): void {
  if (entry.flags & 1) {
    throw new XlsxError('encrypted-entry', `phần "${entry.name}" của tệp được mã hóa; hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại.`, `entry ${entry.name} is encrypted`);
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxError(
      'unsupported-compression',
      `phần "${entry.name}" dùng kiểu nén không hỗ trợ (mã ${entry.method}); hãy mở bằng Excel và lưu lại dạng .xlsx.`,
      `entry ${entry.name} uses compression method ${entry.method}`,
    );
  }
}

/**
 * Inflates `entry` chunk by chunk into `onChunk`, checking the part size, the total size and the ratio.
 *
 * @throws XlsxError `limit` when a limit is exceeded, `corrupt` when the deflate data is broken
 */
export async function inflateEntry(dir: ZipDirectory, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  checkReadable(entry);
  const raw = rawData(dir, entry);
  const { limits } = budget;
  let produced = 0;
  let consumed = 0;
  const account = (n: number) => {
    produced += n;
    budget.total += n;
    if (produced > limits.maxPartInflatedBytes) throw limitError('maxPartInflatedBytes', entry.name, limits.maxPartInflatedBytes);
    if (budget.total > limits.maxTotalInflatedBytes) throw limitError('maxTotalInflatedBytes', entry.name, limits.maxTotalInflatedBytes);
    if (produced > RATIO_FLOOR_BYTES && produced / Math.max(1, consumed) > limits.maxInflateRatio) {
      throw limitError('maxInflateRatio', entry.name, limits.maxInflateRatio);
    }
  };
  if (entry.method === 0) {
    for (let at = 0, step = 0; at < raw.length; at += STEP, step++) {
      const chunk = raw.subarray(at, Math.min(raw.length, at + STEP));
      consumed += chunk.length;
      account(chunk.length);
      onChunk(chunk);
      if (step % STEPS_PER_YIELD === STEPS_PER_YIELD - 1) await yieldToLoop();
    }
    return;
  }
  const corruptEntry = (err: unknown) =>
    new XlsxError('corrupt', `tệp bị hỏng: phần "${entry.name}" không giải nén được (${err instanceof Error ? err.message : String(err)}).`, `entry ${entry.name} does not inflate`);
  if (raw.length === 0) return;
  const native = nativeInflater();
  if (native) {
    // The platform's own inflate (zlib in Node, the browser's in a browser) is about three times fflate's speed.
    const writer = native.writable.getWriter();
    const reader = native.readable.getReader();
    let fed = 0;
    const feeding = (async () => {
      for (let at = 0; at < raw.length; at += STEP) {
        await writer.ready;
        const end = Math.min(raw.length, at + STEP);
        await writer.write(raw.subarray(at, end));
        fed = end;
      }
      await writer.close();
    })();
    feeding.catch(() => {});
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (err) {
          throw corruptEntry(err);
        }
        if (next.done) break;
        consumed = Math.max(fed, 1);
        account(next.value.length);
        onChunk(next.value);
      }
      await feeding.catch((err: unknown) => {
        throw corruptEntry(err);
      });
    } catch (err) {
      reader.cancel().catch(() => {});
      writer.abort().catch(() => {});
      throw err;
    }
    return;
  }
  let failure: unknown = null;
  const inflater = new Inflate((chunk) => {
    if (failure) return;
    try {
      account(chunk.length);
      onChunk(chunk);
    } catch (err) {
      failure = err;
    }
  });
  for (let at = 0, step = 0; at < raw.length; at += STEP, step++) {
    const end = Math.min(raw.length, at + STEP);
    consumed = end;
    try {
      inflater.push(raw.subarray(at, end), end === raw.length);
    } catch (err) {
      if (failure) break;
      throw corruptEntry(err);
    }
    if (failure) break;
    if (step % STEPS_PER_YIELD === STEPS_PER_YIELD - 1) await yieldToLoop();
  }
  if (failure) throw failure;
}

/** A raw-deflate decompressor of the platform, when it has one (Node 20, current browsers). */
function nativeInflater(): { writable: WritableStream<Uint8Array>; readable: ReadableStream<Uint8Array> } | null {
  const DS = (globalThis as { DecompressionStream?: new (format: string) => { writable: WritableStream<Uint8Array>; readable: ReadableStream<Uint8Array> } }).DecompressionStream;
  if (!DS || nativeMissing) return null;
  try {
    return new DS('deflate-raw');
  } catch {
    nativeMissing = true; // an older browser without 'deflate-raw'
    return null;
  }
}
let nativeMissing = false;

/** Inflates a small part whole into a string (workbook, relationships, styles …; UTF-8 or UTF-16), with the same limits. */
export async function readPartText(dir: ZipDirectory, entry: ZipEntry, budget: InflateBudget): Promise<string> {
  const decoder = partDecoder();
  let text = '';
  await inflateEntry(dir, entry, budget, (chunk) => {
    text += decoder.decode(chunk);
  });
  return text + decoder.end();
}
