// Leaving a `with` block: the context manager's __exit__ is called as CPython 3.11 calls it, at the `with` line
// (an error it raises shows that line, no caret), with the block's exception being handled while it runs.
import type { Frame } from "../frame";
import { CTX } from "../context";
import { addFrameEntry, raisedByStatement } from "../locations";
import type { PyExcObj } from "../objects/core";
import { callMethod, truthy, hasattr } from "../objects/ops";
import { typeError } from "../errors";
import { tracebackOf } from "../objects/traceback-object";
import { typeOf, typeName } from "../objects/types";
import { duringHandling } from "./exceptions";

/** __enter__ of the manager, after CPython 3.11's check that its type has both __enter__ and __exit__ */
export function enterContext(mgr: unknown): unknown {
  const t = typeOf(mgr);
  const missing = (m: string) => t.lookup(m) === undefined && !hasattr(mgr, m);
  if (missing("__enter__")) throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  if (missing("__exit__"))
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  return callMethod(mgr, "__enter__", [], null);
}

/** __exit__ for the exception `e` leaving the block (its frame entry added here); true when it suppresses `e` */
export function exitWithError(mgr: unknown, e: PyExcObj, f: Frame, file: string, name: string, line: number): boolean {
  addFrameEntry(e, f, file, name);
  CTX.excStack.push(e);
  try {
    return truthy(callMethod(mgr, "__exit__", [e.cls, e, tracebackOf(e)], null));
  } catch (e2) {
    throw raisedByStatement(duringHandling(e2, e), f, line);
  } finally {
    CTX.excStack.pop();
  }
}

/** __exit__ after the block finished (or left by return, break or continue) */
export function exitNormally(mgr: unknown, f: Frame, line: number): void {
  try {
    callMethod(mgr, "__exit__", [null, null, null], null);
  } catch (err) {
    throw raisedByStatement(err, f, line);
  }
}
