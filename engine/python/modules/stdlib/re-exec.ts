// Running a native RegExp inside the run's time limit. JavaScript's regex engine backtracks and cannot be stopped
// by the step counter: `(a+)+$` on forty a's and a "!" runs for hours in one call. A pattern whose worst case on this
// subject is small runs directly; any other runs through the host's interruptible exec (Node: a vm timeout at the
// run's deadline, lib/engine-host/regexp-exec.ts), and ends in TimeoutError. Without a host (the browser), the page
// stops the worker.
import { RT, timeoutError } from "../../limits";

/** What the translator learned of a pattern's backtracking (re-translate.ts). */
export interface Backtracking {
  /** a repeated group that itself repeats or alternates, or a back-reference: exponential in the worst case */
  nested: boolean;
  /** quantifiers and alternatives: each multiplies the work of one attempt by up to the subject's length */
  choices: number;
}

export const TIMED_OUT = Symbol("regexp timed out");
export type InterruptibleExec = (rx: RegExp, s: string, ms: number) => RegExpExecArray | null | typeof TIMED_OUT;

let interruptible: InterruptibleExec | null = null;
/** Installed once per thread by a host that can interrupt a native regex. */
export function setInterruptibleRegExpExec(exec: InterruptibleExec | null): void {
  interruptible = exec;
}

/** Worst-case steps a plain exec may take: 2^24 elementary steps is a few tens of milliseconds. */
const PLAIN_LOG2_STEPS = 24;

/** rx.exec(s) from rx.lastIndex, stopped with TimeoutError at the run's deadline. */
export function execBounded(rx: RegExp, s: string, shape: Backtracking): RegExpExecArray | null {
  const n = s.length - rx.lastIndex + 2;
  if (!shape.nested && (shape.choices + 1) * Math.log2(n) <= PLAIN_LOG2_STEPS) return rx.exec(s);
  if (!interruptible) return rx.exec(s);
  const r = interruptible(rx, s, Math.max(1, Math.ceil(RT.deadline - RT.now())));
  if (r === TIMED_OUT) {
    throw timeoutError(`execution time limit exceeded (${RT.timeoutMs} ms): the regular expression backtracks without end`);
  }
  return r;
}
