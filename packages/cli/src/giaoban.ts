import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { errorMessage } from '@giaoban/core';
import { langOfArgs } from './args.js';
import { main } from './main.js';
import { ROLLUP_READER } from './rollup/readerMark.js';
import { setRunLanguage } from './runLanguage.js';
import { processIO } from './stdio.js';
import { say } from './texts.js';

// Keep V8's young generation at its starting size. Reading a workbook keeps most of what it allocates
// (the grid's rows and texts); with the default growth the young generation grows to 16 MB semi-spaces
// and a 100,000-row validate peaks about 28 MB (20 %) higher, for no gain in time (measured: npm run bench).
// Set before any large allocation; V8 reads this flag whenever it would grow the young generation.
setFlagsFromString('--semi-space-growth-factor=1');
// Let the old generation grow by at most half before a full collection (V8 otherwise picks up to fourfold):
// a validate's tables are built from short-lived pieces, and the default growth let a 100,000-row run carry
// some 20 MB of them at its peak (about 15 %), for four fewer full collections (about 0.1 s; measured).
setFlagsFromString('--heap-growing-percent=50');

// The release's one file is also the roll-up's reading worker (worker_threads start a file, and it has no other).
if (!isMainThread && workerData === ROLLUP_READER) void import('./rollup/worker.js');
else run();

/** The command, as run from a shell: its text through the guarded standard streams, in the run's language. */
function run(): void {
  const argv = process.argv.slice(2);
  const lang = langOfArgs(argv);
  const { io, finish } = processIO();
  setRunLanguage(lang);
  main(argv, io).then(
    async (code) => {
      process.exitCode = await finish(code, lang);
    },
    (err: unknown) => {
      io.stderr(`${say('line.unexpected', lang, { message: errorMessage(err, lang) })}\n`);
      process.exitCode = 3;
    },
  );
}
