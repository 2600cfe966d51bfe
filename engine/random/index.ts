/**
 * engine/random — NumPy legacy RandomState (np.random.seed / RandomState)
 * reproduced bit-for-bit in pure TypeScript. See random-state.ts.
 */
export {
  RandomState,
  RandomError,
  DEFAULT_SEED,
  createRandomState,
  type Seed,
  type PyErrorType,
  type RandomStateState,
} from "./random-state";
export { MT19937 } from "./mt19937";
export { glibcLog } from "./glibc-log";

import { RandomState } from "./random-state";

/**
 * A process-wide default instance (seeded with DEFAULT_SEED). The interpreter
 * should prefer `createRandomState()` per run so runs are isolated.
 */
export const globalRandom: RandomState = new RandomState();
