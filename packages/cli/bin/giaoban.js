#!/usr/bin/env node
// The `giaoban` command. Committed (not built) so that npm can link it when `npm ci` installs
// the workspaces, which happens before `prepare` builds dist/; it loads the built program.
import { existsSync } from 'node:fs';

const program = new URL('../dist/giaoban.js', import.meta.url);
if (!existsSync(program)) {
  process.stderr.write('Lỗi: giaoban chưa được build (thiếu packages/cli/dist/giaoban.js); hãy chạy "npm run build" ở thư mục dự án rồi chạy lại.\n');
  process.exit(2);
}
await import(program.href);
