/// <reference types="office-js" />
/**
 * Entry of commands.js: the ribbon buttons (ExecuteFunction). Each runs a
 * command with its defaults and reports through a notification-free path:
 * the result goes to the document settings for the task pane to show, and
 * `event.completed()` is always called so Excel never hangs the button.
 */
import { officeHost } from '../excel/host.js';
import { clearMarksCommand, planCommand, summarizeCommand, templateCommand, validateCommand, type CommandResult } from './workbookCommands.js';

/** Ribbon function names, exactly as in manifest.xml's <FunctionName>. */
export const RIBBON_ACTIONS: Readonly<Record<string, () => Promise<CommandResult>>> = {
  validateWorkbook: () => validateCommand(officeHost()),
  planRotationSheet: () => planCommand(officeHost()),
  summarizeWorkbook: () => summarizeCommand(officeHost()),
  createTemplate: () => templateCommand(officeHost()),
  clearMarks: () => clearMarksCommand(officeHost()),
};

export const LAST_RESULT_SETTING = 'giaoban.lastRibbonResult';

function wrap(run: () => Promise<CommandResult>) {
  return async (event: Office.AddinCommands.Event) => {
    const host = officeHost();
    try {
      const r = await run();
      await host.settings.set(LAST_RESULT_SETTING, { ok: true, messages: r.messages, summary: r.summary });
    } catch (e) {
      const err = e as Error & { messageEn?: string };
      await host.settings.set(LAST_RESULT_SETTING, { ok: false, messages: [{ vi: err.message, en: err.messageEn ?? err.message }] }).catch(() => {});
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  for (const [name, run] of Object.entries(RIBBON_ACTIONS)) {
    const handler = wrap(run);
    // Office.actions.associate where present; a global function for older hosts.
    if (Office.actions?.associate) Office.actions.associate(name, handler);
    (globalThis as Record<string, unknown>)[name] = handler;
  }
});
