import { GiaobanError, type BiMessage, type GiaobanSubclassOptions } from '@giaoban/core';

/** An error the clerk reads in the offline app: one Vietnamese line and its English twin (a file that cannot be opened, no workbook open yet). */
export class AppError extends GiaobanError {
  override readonly name = 'AppError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'app.refused', text, options);
  }
}
