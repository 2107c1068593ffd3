/// <reference types="office-js" />
/**
 * Entry of commands.js: the ribbon buttons (ExecuteFunction). Each runs a
 * command with its defaults and reports through a notification-free path:
 * the result goes to the document settings for the task pane to show, and
 * `event.completed()` is always called so Excel never hangs the button.
 */
import { officeHost } from '../excel/host.js';
import { clearMarksCommand, planCommand, summarizeCommand, templateCommand, validateCommand, type CommandResult } from './workbookCommands.js';
import { LAST_RESULT_SETTING, ribbonResultOf } from './ribbonResult.js';

/** Ribbon function names, exactly as in manifest.xml's <FunctionName>. */
export const RIBBON_ACTIONS: Readonly<Record<string, () => Promise<CommandResult>>> = {
  validateWorkbook: () => validateCommand(officeHost()),
  planRotationSheet: () => planCommand(officeHost()),
  summarizeWorkbook: () => summarizeCommand(officeHost()),
  createTemplate: () => templateCommand(officeHost()),
  clearMarks: () => clearMarksCommand(officeHost()),
};

export { LAST_RESULT_SETTING };

function wrap(name: string, run: () => Promise<CommandResult>) {
  return async (event: Office.AddinCommands.Event) => {
    const host = officeHost();
    try {
      const r = await run();
      await host.settings.set(LAST_RESULT_SETTING, ribbonResultOf(name, r, new Date()));
    } catch (e) {
      await host.settings.set(LAST_RESULT_SETTING, ribbonResultOf(name, { error: e as Error }, new Date())).catch(() => {});
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  (globalThis as { giaobanLoader?: { ready(): void } }).giaobanLoader?.ready();
  for (const [name, run] of Object.entries(RIBBON_ACTIONS)) {
    const handler = wrap(name, run);
    // Office.actions.associate where present; a global function for older hosts.
    if (Office.actions?.associate) Office.actions.associate(name, handler);
    (globalThis as Record<string, unknown>)[name] = handler;
  }
});
