// Everything the first bundle (engine/core.ts) leaves out, registered at once: the stdlib chunk (engine/stdlib.ts),
// NumPy's rarer functions (engine/numpy-more.ts, which the browser loads on first use) and every stdlib module, which
// the browser loads on first import instead (python/modules/on-import.ts). Node hosts
// import this file (engine/index.ts, the graders), where an import cannot wait for code to load.
import "./stdlib";
import "./numpy-more";
import { BUILTIN_MODULES } from "./python/interpreter";
import { STDLIB_MODULES } from "./python/modules/stdlib/all";

Object.assign(BUILTIN_MODULES, STDLIB_MODULES);
