/**
 * The mark a reading worker is started with when the command's own file is the worker (the release's one
 * file, `giaoban.mjs`, has no worker file beside it). Its own module, so the command's entry reads it
 * without loading the reader.
 */
export const ROLLUP_READER = 'giaoban:rollup-reader';
