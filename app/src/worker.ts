/**
 * The worker: every request of the page answered by the handlers over one core
 * session (the same session the CLI and the add-in drive). It only moves
 * messages: requests in, views, files and errors (in both languages) out.
 */
import { errorMessage, GiaobanError } from '@giaoban/core';
import { documentsFile, findingsPage, icsFile, newAppState, openWorkbook, planView, setHolidays, summarize, xlsxFile } from './handlers.js';
import type { Request, Response } from './protocol.js';
import { handleRollup, isRollupRequest } from './rollup/rollupWorker.js';

const state = newAppState();
const post = (m: Response, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

async function answer(req: Request): Promise<void> {
  if (isRollupRequest(req)) {
    const { value, transfer } = await handleRollup(req, { holidays: state.holidays, today: state.today(), catalogue: state.catalogue() });
    return post({ type: 'result', id: req.id, value }, transfer);
  }
  switch (req.type) {
    case 'open':
      return post({ type: 'result', id: req.id, value: await openWorkbook(state, req.name, req.bytes, (fraction, step, detail) => post({ type: 'progress', id: req.id, fraction, step, detail })) });
    case 'holidays':
      return post({ type: 'result', id: req.id, value: await setHolidays(state, req.name, req.bytes) });
    case 'findings':
      return post({ type: 'result', id: req.id, value: findingsPage(state, req.filter, req.offset, req.limit) });
    case 'plan':
      return post({ type: 'result', id: req.id, value: planView(state, req.from, req.months) });
    case 'summarize':
      return post({ type: 'result', id: req.id, value: summarize(state, req.spec, req.calendar) });
    case 'xlsx':
    case 'ics':
    case 'documents': {
      post({ type: 'progress', id: req.id, fraction: 0.1, step: 'write' });
      const file = req.type === 'xlsx' ? await xlsxFile(state) : req.type === 'ics' ? icsFile(state) : await documentsFile(state, req.month);
      return post({ type: 'result', id: req.id, value: file }, [file.bytes]);
    }
  }
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const req = e.data;
  try {
    await answer(req);
  } catch (err) {
    // A refusal (a bad file, a month that is not a month) in both languages; anything else is unexpected.
    if (err instanceof GiaobanError) post({ type: 'error', id: req.id, message: err.vi, messageEn: err.en });
    else post({ type: 'error', id: req.id, message: `Lỗi không mong đợi: ${errorMessage(err, 'vi')}`, messageEn: `Unexpected error: ${errorMessage(err, 'en')}` });
  }
};
