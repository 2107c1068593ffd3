// After tsup: copy the HTML/CSS pages, draw the icons, and generate functions.json
// from the JSDoc of src/functions/functions.ts (custom-functions-metadata).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { drawIcon, ICON_KINDS, ICON_SIZES } from './icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });

for (const [from, to] of [
  ['src/taskpane/taskpane.html', 'taskpane.html'],
  ['src/taskpane/taskpane.css', 'taskpane.css'],
  ['src/taskpane/help.html', 'help.html'],
  ['src/commands/commands.html', 'commands.html'],
  ['src/functions/functions.html', 'functions.html'],
  ['src/loader/loader.js', 'loader.js'],
  ['src/loader/unsupported.html', 'unsupported.html'],
]) copyFileSync(join(root, from), join(dist, to));
// The offline app (built by the app workspace), served beside the add-in for clerks the add-in cannot reach.
const offline = join(root, '../app/dist/giao-ban.html');
if (existsSync(offline)) copyFileSync(offline, join(dist, 'giao-ban.html'));

for (const kind of ICON_KINDS) for (const size of ICON_SIZES) writeFileSync(join(dist, 'assets', `${kind}-${size}.png`), drawIcon(kind, size));

const result = await generateCustomFunctionsMetadata(join(root, 'src/functions/functions.ts'), false);
if (result.errors.length) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
writeFileSync(join(dist, 'functions.json'), result.metadataJson);
console.log(`addin: dist ready (${ICON_KINDS.length * ICON_SIZES.length} icons, ${JSON.parse(result.metadataJson).functions.length} custom functions)`);
