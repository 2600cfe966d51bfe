// Converting thrown JS values into Python exceptions, raising (makeExc) and matching `except` clauses.
import { PyTuple, PyExcObj, PyType } from "../objects/core";
import { call } from "../objects/ops";
import type { Frame } from "../frame";
import { exc, typeError, SystemError, excTypes, RecursionError, MemoryError } from "../errors";

// ---------------------------------------------------------------- exception conversion
/** Convert any thrown value into a Python exception object. */
/** The host's stack ran out (V8's RangeError "Maximum call stack size exceeded"). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && String(e.message).includes("call stack");
}

export function toPyExc(e: unknown): PyExcObj {
  if (e instanceof PyExcObj) return e;
  if (isStackOverflow(e)) return exc(RecursionError, "maximum recursion depth exceeded");
  if (e instanceof RangeError) {
    const m = String(e.message);
    if (m.includes("Invalid") || m.includes("allocation") || m.includes("memory")) return exc(MemoryError, undefined);
    return exc(excTypes.get("ValueError")!, e.message);
  }
  if (e && typeof e === "object" && (e as any).pyType && typeof (e as any).message === "string") {
    const t = excTypes.get((e as any).pyType) ?? excTypes.get("RuntimeError")!;
    return exc(t, (e as any).message);
  }
  if (e instanceof Error) {
    const m = String(e.message);
    if (m.includes("Maximum BigInt size") || m.includes("allocation failed")) return exc(MemoryError, undefined);
    // V8 compiles a regular expression at its first match and refuses very large ones (CPython would use more memory)
    if (m.endsWith("Regular expression too large")) return exc(MemoryError, "regular expression too large");
    return exc(SystemError, `internal error: ${e.message}`);
  }
  return exc(SystemError, `internal error: ${String(e)}`);
}

/** An exception raised while `handling` was being handled (an except clause, finally, __exit__): its context. */
export function duringHandling(thrown: unknown, handling: PyExcObj): PyExcObj {
  const x = toPyExc(thrown);
  if (x !== handling && x.context === null) x.context = handling;
  return x;
}

export function isFatal(e: PyExcObj): boolean {
  return (e as any).fatal === true;
}

export function excMatches(e: PyExcObj, t: any): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  if (t instanceof PyType && t.isException) return e.cls.isSubtype(t);
  throw typeError("catching classes that do not inherit from BaseException is not allowed");
}

/** whether the except clause whose type is `type` catches `e`; an error evaluating it has `e` as its context */
export function handlerMatches(e: PyExcObj, type: (f: Frame) => any, f: Frame): boolean {
  try {
    return excMatches(e, type(f));
  } catch (e2) {
    throw duringHandling(e2, e);
  }
}

export function makeExc(v: any): PyExcObj {
  if (v instanceof PyExcObj) return v;
  if (v instanceof PyType && v.isException) {
    const x = call(v, [], null);
    if (x instanceof PyExcObj) return x;
  }
  throw typeError("exceptions must derive from BaseException");
}
