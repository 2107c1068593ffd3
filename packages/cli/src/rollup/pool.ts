/**
 * Reduces many workbook files, in order of the list, on up to `jobs` reading
 * workers (worker_threads) when the built worker is there, else one after
 * another in this thread. Results come back in the order given whatever the
 * order they finish in; a file that fails is a result like the others.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UnitReduction, UnreadableWorkbook } from '@giaoban/core';
import { readerLimits } from '../readerLimits.js';
import { both } from '../texts.js';
import { reduceWorkbookFile, type FileToReduce, type ReduceSettings } from './reduceFile.js';
import { ROLLUP_READER } from './readerMark.js';
import type { ReduceJob } from './worker.js';

/** Options of {@link reduceFiles}. */
export interface ReduceFilesOptions {
  /** Reading workers (1: read in this thread). */
  jobs: number;
  /** Called after each file with how many are done. */
  onDone?: (done: number, total: number, file: FileToReduce) => void;
}

/** Set by the release build, whose one file `giaoban.mjs` has no worker file beside it. */
declare const GIAOBAN_ONE_FILE: boolean | undefined;

/**
 * Where a reading worker starts: the built worker beside this module's chunk in dist/, or the release's one
 * file itself (it runs the worker when started with {@link ROLLUP_READER}); null when running from the sources.
 */
function workerScript(): { url: URL; workerData?: string } | null {
  const url = new URL('./rollup-worker.js', import.meta.url);
  if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url };
  if (typeof GIAOBAN_ONE_FILE === 'boolean' && GIAOBAN_ONE_FILE) return { url: new URL(import.meta.url), workerData: ROLLUP_READER };
  return null;
}

/**
 * Reduces `files` with `settings`, keeping their order.
 *
 * @example
 * ```ts
 * const results = await reduceFiles(files, { session: { today }, period }, { jobs: 2, onDone: (n, total) => progress(`${n}/${total}`) });
 * ```
 */
export async function reduceFiles(files: readonly FileToReduce[], settings: ReduceSettings, o: ReduceFilesOptions): Promise<(UnitReduction | UnreadableWorkbook)[]> {
  const results: (UnitReduction | UnreadableWorkbook)[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, r: UnitReduction | UnreadableWorkbook): void => {
    results[i] = r;
    o.onDone?.(++done, files.length, files[i]!);
  };
  const script = workerScript();
  const jobs = Math.max(1, Math.min(o.jobs, files.length));
  if (jobs === 1 || script === null) {
    for (let i = 0; i < files.length; i++) finish(i, await reduceWorkbookFile(files[i]!, settings, readerLimits()));
    return results;
  }
  let next = 0;
  const limits = readerLimits();
  // One worker's loop: take the next file, post it, wait for its reduction. A worker that dies on a file
  // (out of memory on a hostile one, say) makes that file unreadable and is replaced: the others go on.
  const run = (): Promise<void> =>
    new Promise((resolve) => {
      let worker = new Worker(script.url, script.workerData ? { workerData: script.workerData } : {});
      let current = -1;
      const post = (): void => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        const job: ReduceJob = { id: current, file: files[current]!, settings, limits };
        worker.postMessage(job);
      };
      const listen = (): void => {
        worker.on('message', (m: { id: number; result: UnitReduction | UnreadableWorkbook }) => {
          finish(m.id, m.result);
          post();
        });
        worker.on('error', (err) => {
          if (current >= 0) {
            const why = err instanceof Error ? err.message : String(err);
            finish(current, { file: files[current]!.shown, error: both('rollup.workerFailed', { why }) });
          }
          worker = new Worker(script.url, script.workerData ? { workerData: script.workerData } : {});
          listen();
          post();
        });
      };
      listen();
      post();
    });
  await Promise.all(Array.from({ length: jobs }, run));
  return results;
}
