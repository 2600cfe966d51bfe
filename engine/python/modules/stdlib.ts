// Small stdlib modules in the interpreter's own table: time (a deterministic clock) and string. The others, copy
// among them, load on import (stdlib/loaders.ts).
import { PyModule, PyBuiltin, PyFloat, type KW } from "../objects/core";
import { RT } from "../limits";

const fnOf = (m: PyModule) => (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));

// ---------------------------------------------------------------- time (deterministic fake clock)
export function makeTime(): PyModule {
  const m = new PyModule("time");
  const fn = fnOf(m);
  const fake = () => new PyFloat(1.7e9 + RT.steps * 1e-7);
  fn("time", fake);
  fn("perf_counter", () => new PyFloat(RT.steps * 1e-7));
  fn("process_time", () => new PyFloat(RT.steps * 1e-7));
  fn("monotonic", () => new PyFloat(RT.steps * 1e-7));
  fn("sleep", () => null);
  return m;
}

export { makeString } from "./stdlib/string";
