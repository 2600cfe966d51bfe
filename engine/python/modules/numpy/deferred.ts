// np.random and NumPy's rarer names, whose code the browser loads after the stdlib chunk: engine/numpy-more.ts, a chunk of its own
// loaded when a program first uses one of them (python/modules/on-import.ts, loadOnUse), so that a cold start compiles
// and registers none of it. A numpy module built before that chunk has loaded stops the run when one of these names
// is looked up on it (or its names are listed), and the host runs the program again once the chunk is in
// (runLoadingModules; a program that names one loads the chunk before its first try), so a program never sees them
// missing. Node hosts load the chunk with everything else (engine/stdlib-all.ts). A test holds these lists to what
// engine/numpy-more.ts registers.
import type { PyModule } from "../../objects/core";
import { stopUntilLoaded } from "../on-import";

/** the code's key for on-import.ts, and how a stopped run names it */
export const NUMPY_MORE = "numpy-more";

/** names of `numpy` registered by engine/numpy-more.ts */
export const MORE_NUMPY_NAMES = [
  // legacy-random.ts (np.random, with generator.ts's default_rng and the distributions)
  "random",
  // fromiter.ts, cumulative.ts, set-functions.ts, binary-repr.ts, masked-assign.ts
  "fromiter",
  "cumulative_sum",
  "cumulative_prod",
  "unique_all",
  "unique_counts",
  "unique_inverse",
  "unique_values",
  "setxor1d",
  "binary_repr",
  "base_repr",
  "extract",
  "place",
  "putmask",
  // construct-more.ts, histograms.ts
  "triu_indices",
  "triu_indices_from",
  "tril_indices",
  "tril_indices_from",
  "diag_indices",
  "diag_indices_from",
  "diagflat",
  "vander",
  "geomspace",
  "mgrid",
  "ogrid",
  "put_along_axis",
  "rollaxis",
  "dsplit",
  "histogram_bin_edges",
  "block",
  "histogramdd",
  "histogram2d",
  // polynomial.ts, poly1d.ts
  "convolve",
  "correlate",
  "polyval",
  "unwrap",
  "piecewise",
  "roots",
  "polyfit",
  "poly1d",
  "poly",
  "polyint",
  "polyder",
  "polyadd",
  "polysub",
  "polymul",
  "polydiv",
  "trim_zeros",
  // float-ufuncs.ts, char.ts
  "heaviside",
  "nextafter",
  "float_power",
  "logaddexp2",
  "sinc",
  "spacing",
  "frexp",
  "ldexp",
  "char",
  "strings",
] as const;

/** names of `numpy.linalg` registered by engine/numpy-more.ts (linalg-svd.ts, linalg-norms.ts) */
export const MORE_LINALG_NAMES = [
  "matrix_rank",
  "lstsq",
  "pinv",
  "cond",
  "svd",
  "eig",
  "eigvals",
  "svdvals",
  "vector_norm",
  "matrix_norm",
] as const;

/** set by engine/numpy-more.ts once its code has registered */
export const numpyMore = { loaded: false };

/** Until engine/numpy-more.ts has loaded: looking up one of `names` on `m`, or listing `m`'s names, stops the run. */
export function awaitMoreNames(m: PyModule, names: readonly string[], prefix: string): void {
  const more = new Set(names);
  m.pending = (name) => {
    if (name === undefined) stopUntilLoaded(NUMPY_MORE, `part of ${m.name}`);
    if (more.has(name)) stopUntilLoaded(NUMPY_MORE, `${prefix}${name}`);
  };
}
