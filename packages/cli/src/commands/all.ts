// Each line registers one command; keep them in the order `giaoban --help` shows.
import './dates.js';
import './communes.js';
import './holidays.js';
import './deadlines.js';
import './lunar.js';
import './period.js';
import './summarize.js';
import './rollup.js';
import './rotate.js';
import './validate.js';
import './documents.js';
import './template.js';
import './demo.js';
export {};
