/**
 * A reading worker of `giaoban rollup` (its own build entry, dist/rollup-worker.js):
 * takes one file at a time from the main thread, reads and reduces it, and
 * posts back the reduction — a few kilobytes — so the grids never cross threads.
 */
import { parentPort } from 'node:worker_threads';
import { reduceWorkbookFile, type FileToReduce, type ReduceSettings } from './reduceFile.js';
import type { ReaderLimits } from '../readerLimits.js';

/** A job the main thread posts. */
export interface ReduceJob {
  id: number;
  file: FileToReduce;
  settings: ReduceSettings;
  limits: ReaderLimits;
}

parentPort?.on('message', (job: ReduceJob) => {
  void reduceWorkbookFile(job.file, job.settings, job.limits).then((result) => parentPort!.postMessage({ id: job.id, result }));
});
