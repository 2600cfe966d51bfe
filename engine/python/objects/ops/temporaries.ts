// Temporaries: arrays an operator or a NumPy ufunc call has just made and that nothing but the expression being
// evaluated holds (the `np.exp(-x)` in `1 + np.exp(-x)`). Once the operation consuming one has returned, its
// storage can serve the next result (ndarray/scratch.ts): NumPy's temporary elision, without reference counts.
//
// The producers set TEMP.v as the very last thing they do: npHooks.binop and npHooks.unary when NumPy made a new
// array (and any other outcome of binop()/unary() leaves TEMP.v null), callTemp below when a ufunc was called
// directly. A compiled operator or call trusts an operand only when the operand's own expression is one of those
// operations (an operator, unary minus, a `module.function(x[, y])` call: compiler/temporaries.ts) and the value it returned is TEMP.v: no
// Python code ran after the array was made, so no name, attribute or container can hold it. It releases that
// operand only when its own operation was NumPy's (its result is TEMP.v), which keeps no operand.
import { PyBuiltin, PyFastCall, PyModule } from "../core";
import { callMethod } from "./calls";

export const TEMP: { v: unknown } = { v: null };
/** TEMP.v after an in-place operator (`p -= lr * g`) that NumPy carried out: it keeps no operand */
export const KEPT_NONE = Object.freeze({});

export const tempHooks: {
  /** whether r, returned by a ufunc called with x (and y), is a new array or scalar sharing no storage with them */
  made: ((r: unknown, x: unknown, y: unknown) => boolean) | null;
  /** `dead` (an operand) can no longer be reached; `result` was computed from it */
  release: ((dead: unknown, result: unknown) => void) | null;
} = { made: null, release: null };

/** after an operation whose result is `result`: the trusted operands a and b (null when not) are dead */
export function releaseTemps(a: unknown, b: unknown, result: unknown): void {
  const release = tempHooks.release;
  if (release === null || result !== TEMP.v || result === null) return;
  if (a !== null) release(a, result);
  if (b !== null && b !== a) release(b, result);
}

/** after an in-place operator made `target` from the trusted operand b: b is dead when NumPy did it */
export function releaseInplaceOperand(b: unknown, target: unknown): void {
  if (TEMP.v === KEPT_NONE && tempHooks.release !== null) tempHooks.release(b, target);
  TEMP.v = null;
}

function tempFunction(ob: unknown, name: string, n: number): PyBuiltin | PyFastCall | null {
  if (!(ob instanceof PyModule)) return null;
  const v = ob.dict.get(name);
  return (v instanceof PyFastCall || v instanceof PyBuiltin) && v.tempArity === n ? v : null;
}

/** callMethod(ob, name, [x]) that leaves TEMP.v set when a ufunc made the result; x (trusted when tx) is released then */
export function callTemp1(ob: unknown, name: string, x: unknown, tx: boolean): unknown {
  const fn = tempFunction(ob, name, 1);
  if (fn !== null) {
    const r = fn.fn([x], null);
    TEMP.v = tempHooks.made !== null && tempHooks.made(r, x, undefined) ? r : null;
    if (tx) releaseTemps(x, null, r);
    return r;
  }
  const r = callMethod(ob, name, [x], null);
  TEMP.v = null;
  return r;
}

/** callTemp1 with two arguments */
export function callTemp2(ob: unknown, name: string, x: unknown, tx: boolean, y: unknown, ty: boolean): unknown {
  const fn = tempFunction(ob, name, 2);
  if (fn !== null) {
    const r = fn.fn([x, y], null);
    TEMP.v = tempHooks.made !== null && tempHooks.made(r, x, y) ? r : null;
    if (tx || ty) releaseTemps(tx ? x : null, ty ? y : null, r);
    return r;
  }
  const r = callMethod(ob, name, [x, y], null);
  TEMP.v = null;
  return r;
}
