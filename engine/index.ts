// Public API of the Kakunin Python engine.
import "./python/modules/numpy";
import { BUILTIN_MODULES } from "./python/interpreter";
import { STDLIB_MODULES } from "./python/modules/stdlib/index";
Object.assign(BUILTIN_MODULES, STDLIB_MODULES);
export { runPython, Session, checkSyntax } from "./python/interpreter";
export type { RunOptions, PythonErrorInfo, RunResult, ExportedValue } from "./python/interpreter";
export type { PlotSpec, PlotSeries } from "./python/modules/pyplot";
export { setDefaultMemoryProbe, type MemoryProbe } from "./python/limits";
