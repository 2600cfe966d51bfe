import { runPython, type RunOptions, type RunResult } from "../../../engine/index";
export function run(src: string, opts?: RunOptions): RunResult {
  return runPython(src, { timeoutMs: 20000, ...opts });
}
export function out(src: string, opts?: RunOptions): string {
  const r = run(src, opts);
  if (!r.ok) return `ERROR ${r.error?.type}: ${r.error?.message}`;
  return r.stdout;
}
export function err(src: string, opts?: RunOptions): string {
  const r = run(src, opts);
  return r.ok ? "OK" : `${r.error?.type}: ${r.error?.message}`;
}
