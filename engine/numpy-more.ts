// np.random and NumPy's rarer functions, a chunk of their own in the browser: loaded when a program first uses one of
// their names
// (python/modules/numpy/deferred.ts lists them) rather than with the stdlib chunk, so that a cold start compiles and
// registers none of them. Registered as a side effect of importing this file, as engine/stdlib.ts's are; Node hosts
// import it with everything else (engine/stdlib-all.ts).
import "./python/modules/numpy/legacy-random";
import "./python/modules/numpy/legacy-distributions";
import "./python/modules/numpy/generator";
import "./python/modules/numpy/generator-distributions";
import "./python/modules/numpy/random-noncentral";
import "./python/modules/numpy/random-zipf-hypergeometric";
import "./python/modules/numpy/unsupported-random-names";
import "./python/modules/numpy/fromiter";
import "./python/modules/numpy/cumulative";
import "./python/modules/numpy/set-functions";
import "./python/modules/numpy/binary-repr";
import "./python/modules/numpy/masked-assign";
import "./python/modules/numpy/construct-more";
import "./python/modules/numpy/histograms";
import "./python/modules/numpy/polynomial";
import "./python/modules/numpy/poly1d";
import "./python/modules/numpy/linalg-svd";
import "./python/modules/numpy/linalg-norms";
import "./python/modules/numpy/float-ufuncs";
import "./python/modules/numpy/char";
import { numpyMore } from "./python/modules/numpy/deferred";

numpyMore.loaded = true;
