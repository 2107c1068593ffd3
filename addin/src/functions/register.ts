/// <reference types="custom-functions-runtime" />
/**
 * Entry of functions.js: registers each function with the JavaScript-only
 * runtime; argument problems become #VALUE! with the Vietnamese message.
 */
import { CUSTOM_FUNCTIONS, FunctionArgumentError } from './functions.js';

(globalThis as { giaobanLoader?: { ready(): void } }).giaobanLoader?.ready();
for (const [id, fn] of Object.entries(CUSTOM_FUNCTIONS)) {
  CustomFunctions.associate(id, (...args: unknown[]) => {
    try {
      return (fn as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      const msg = e instanceof FunctionArgumentError ? e.message : `Lỗi: ${(e as Error).message}`;
      // CustomFunctions.Error (CustomFunctionsRuntime 1.2) carries the message into #VALUE!; an older runtime shows #VALUE! alone.
      if (typeof CustomFunctions.Error === 'function' && CustomFunctions.ErrorCode) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, msg);
      throw new Error(msg);
    }
  });
}
