// Registers the stdlib modules of engine/python/modules/stdlib/index.ts in the interpreter's module table, and
// numpy.linalg's SVD family (a side effect of importing this file; engine/index.ts does, the browser worker does
// through loadStdlib()).
import { BUILTIN_MODULES } from "./python/interpreter";
import { STDLIB_MODULES } from "./python/modules/stdlib/index";
import "./python/modules/numpy/linalg-svd"; // numpy.linalg's SVD family (registered lazily, python/modules/numpy/lazy.ts)

Object.assign(BUILTIN_MODULES, STDLIB_MODULES);
