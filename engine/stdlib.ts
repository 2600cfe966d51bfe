// The stdlib chunk: the part of the engine every run needs beyond the first bundle (the interpreter), registered as a
// side effect of importing this file (the browser worker: engine/core.ts loadStdlib(); Node hosts:
// engine/stdlib-all.ts). The stdlib modules (json, re, ...) are not in it: they load on import
// (python/modules/stdlib/loaders.ts).
// NumPy: the module and its types, operators, scalars and ndarray methods over engine/ndarray
import "./python/modules/numpy";
// NumPy code registered lazily (python/modules/numpy/lazy.ts): statistics, extras, index tricks, the array-API names,
// dtype functions, stride tricks, np.testing (np.random and the rarer functions: engine/numpy-more.ts)
import "./ndarray/half-gemm";
// parts of the numpy module itself (lazyParts): creation, products and numpy.linalg, shape, joining, dtype info, print
// options and the removed names' messages
import "./python/modules/numpy/creation";
import "./python/modules/numpy/linalg";
import "./python/modules/numpy/shape";
import "./python/modules/numpy/joining";
import "./python/modules/numpy/dtype-info";
import "./python/modules/numpy/printing";
import "./python/modules/numpy/removed-names";
import "./python/modules/numpy/statistics";
import "./python/modules/numpy/extras";
import "./python/modules/numpy/index-tricks";
import "./python/modules/numpy/windows";
import "./python/modules/numpy/real-parts";
import "./python/modules/numpy/type-codes";
import "./python/modules/numpy/array-utilities";
import "./python/modules/numpy/array-api-names";
import "./python/modules/numpy/unsupported-names";
import "./python/modules/numpy/dtype-functions";
import "./python/modules/numpy/stride-tricks";
import "./python/modules/numpy/testing";

// CPython's argument binding for builtins, str and container methods (TypeError for what CPython refuses), slice
// methods and types.UnionType's operators: every run has them, the first browser bundle does not carry them
import "./python/builtin-signatures";
import "./python/objects/str-signatures";
import "./python/objects/container-signatures";
import "./python/objects/slice-methods";
import "./python/objects/union-ops";

import { BASE64 as GEMM_WASM } from "./ndarray/wasm/gemm-wasm";
import { provideGemmWasm } from "./ndarray/wasm/gemm";
import { loadOnUse } from "./python/modules/on-import";
import { MORE_LINALG_NAMES, MORE_NUMPY_NAMES, NUMPY_MORE } from "./python/modules/numpy/deferred";

provideGemmWasm(GEMM_WASM);
// np.random and NumPy's rarer functions (np.poly1d, np.linalg.svd, np.char, ...): a chunk loaded when a program first
// uses one
loadOnUse(NUMPY_MORE, [...MORE_NUMPY_NAMES, ...MORE_LINALG_NAMES], () => import("./numpy-more"));
