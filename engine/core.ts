// The engine's first bundle, what the browser worker loads first: the interpreter, enough for syntax checks while
// the rest arrives. loadStdlib() loads what every run needs beyond it (the stdlib chunk, engine/stdlib.ts: numpy);
// the stdlib modules (json, re, statistics, ...) load when a program first imports one (a chunk of their own:
// runLoadingModules). Node code imports engine/index.ts, which registers all of it at once (engine/stdlib-all.ts).
import { loadOnImport } from "./python/modules/on-import";
import { STDLIB_NAMES, loadStdlibModules } from "./python/modules/stdlib/loaders";
export { runPython, Session, checkSyntax } from "./python/interpreter";
export type { RunOptions, PythonErrorInfo, RunResult, ExportedValue } from "./python/interpreter";
export type { PlotSpec, PlotSeries } from "./python/modules/pyplot";
export { setDefaultMemoryProbe, setDefaultClock, type MemoryProbe } from "./python/limits";
export {
  setInterruptibleRegExpExec,
  TIMED_OUT as REGEXP_TIMED_OUT,
  type InterruptibleExec,
} from "./python/modules/stdlib/re-exec";

export { runLoadingModules, loadAllOnImport, ModuleLoadError } from "./python/modules/on-import";

loadOnImport(STDLIB_NAMES, loadStdlibModules);

let loading: Promise<void> | null = null;
/** Loads and registers the stdlib chunk, the part of the engine kept out of the first bundle that every run needs. */
export function loadStdlib(): Promise<void> {
  loading ??= import("./stdlib").then(() => undefined);
  return loading;
}
