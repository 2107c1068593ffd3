/**
 * fast-check explores new random cases on every developer run; CI pins the seed
 * so a landing never depends on the draw (FC_SEED=<n> reproduces any run,
 * FC_SEED=random explores in CI too). Failures print their seed and path.
 */
import fc from 'fast-check';

const fromEnv = process.env.FC_SEED;
const seed = fromEnv && fromEnv !== 'random' ? Number(fromEnv) : process.env.CI && fromEnv !== 'random' ? 20261128 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
