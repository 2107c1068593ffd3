#!/usr/bin/env node
// The `giaoban` command. Committed (not built) so that npm can link it when `npm ci` installs
// the workspaces, which happens before `prepare` builds dist/; it loads the built program.
import { existsSync } from 'node:fs';

const program = new URL('../dist/giaoban.js', import.meta.url);
if (!existsSync(program)) {
  // The catalogue is in the build that is missing, so this one line is written here in both languages.
  const args = process.argv.slice(2);
  const en = args.includes('--lang=en') || args.some((a, i) => a === '--lang' && args[i + 1] === 'en');
  process.stderr.write(
    en
      ? 'Error: giaoban is not built (packages/cli/dist/giaoban.js is missing); run "npm run build" in the project folder, then run again.\n'
      : 'Lỗi: giaoban chưa được build (thiếu packages/cli/dist/giaoban.js); hãy chạy "npm run build" ở thư mục dự án rồi chạy lại.\n',
  );
  process.exit(2);
}
await import(program.href);
