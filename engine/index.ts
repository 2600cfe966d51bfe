// Public API of the Kakunin Python engine.
import "./python/modules/numpy";
export { runPython, Session, checkSyntax } from "./python/interpreter";
export type { RunOptions, PythonErrorInfo, RunResult, ExportedValue } from "./python/interpreter";
export type { PlotSpec, PlotSeries } from "./python/modules/pyplot";
export { setDefaultMemoryProbe, type MemoryProbe } from "./python/limits";
