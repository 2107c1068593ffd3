import { readFileSync } from 'node:fs';
import { readXlsx } from '@giaoban/xlsx';
const t0 = performance.now();
const r = await readXlsx(new Uint8Array(readFileSync(process.argv[2])));
console.log(performance.now() - t0, process.memoryUsage().rss/1048576);
