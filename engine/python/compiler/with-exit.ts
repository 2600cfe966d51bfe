// Leaving a `with` block: the context manager's __exit__ is called as CPython 3.11 calls it, at the `with` line
// (an error it raises shows that line, no caret), with the block's exception being handled while it runs.
import type { Frame } from "../frame";
import { CTX } from "../context";
import { addFrameEntry, raisedByStatement } from "../locations";
import type { PyExcObj } from "../objects/core";
import { callMethod, truthy } from "../objects/ops";
import { duringHandling } from "./exceptions";

/** __exit__ for the exception `e` leaving the block (its frame entry added here); true when it suppresses `e` */
export function exitWithError(mgr: unknown, e: PyExcObj, f: Frame, file: string, name: string, line: number): boolean {
  addFrameEntry(e, f, file, name);
  CTX.excStack.push(e);
  try {
    return truthy(callMethod(mgr, "__exit__", [e.cls, e, null], null));
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
