// The engine without the larger stdlib modules (json, re, statistics, ...): what the browser worker loads first.
// loadStdlib() fetches and registers the rest before code runs; Node code imports engine/index.ts, which registers
// them at once (engine/stdlib.ts).
import "./python/modules/numpy";
export { runPython, Session, checkSyntax } from "./python/interpreter";
export type { RunOptions, PythonErrorInfo, RunResult, ExportedValue } from "./python/interpreter";
export type { PlotSpec, PlotSeries } from "./python/modules/pyplot";
export { setDefaultMemoryProbe, setDefaultClock, type MemoryProbe } from "./python/limits";
export {
  setInterruptibleRegExpExec,
  TIMED_OUT as REGEXP_TIMED_OUT,
  type InterruptibleExec,
} from "./python/modules/stdlib/re-exec";

let loading: Promise<void> | null = null;
/** Registers the stdlib modules kept out of the first bundle (a separate chunk in the browser); idempotent. */
export function loadStdlib(): Promise<void> {
  loading ??= import("./stdlib").then(() => undefined);
  return loading;
}
