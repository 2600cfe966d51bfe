// This engine keeps strings in object arrays where NumPy makes a str array ('<Un'): an object array whose elements
// are all str is taken as the str array NumPy would have made, and a reduction NumPy has no str loop for raises
// NumPy's error for it (with the width n NumPy would give the array).
import type { NDArray } from "../../../ndarray/index";
import type { PyExcObj } from "../../objects/core";
import { typeError, exc, UFuncTypeError } from "../../errors";
import { chargeLoop } from "../../charge";

/** Code points of s (NumPy's str width), charged as a scan when long. */
function codePoints(s: string): number {
  chargeLoop(s.length);
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  return n;
}

/** The width n NumPy would give `arr` ('<Un') when every element is a str; 0 otherwise (an object array NumPy keeps). */
export function strWidth(arr: NDArray): number {
  if (arr.dtype !== "object" || arr.size === 0) return 0;
  chargeLoop(arr.size);
  for (let i = 0; i < arr.size; i++) if (typeof arr.getFlat(i) !== "string") return 0;
  let w = 1;
  for (let i = 0; i < arr.size; i++) w = Math.max(w, codePoints(arr.getFlat(i)));
  return w;
}

/** the ufunc loop NumPy looks for and does not find for a str array of width w */
export type StrLoop = "add.reduce" | "add.accumulate" | "multiply" | "maximum" | "minimum" | "fmax" | "fmin";

/** NumPy's error for a reduction of a str array of width w: add finds no result width, the others no loop at all */
export function strLoopError(loop: StrLoop, w: number): PyExcObj {
  const u = `dtype('<U${w}')`;
  if (loop === "add.reduce" || loop === "add.accumulate")
    return typeError(`the resolved dtypes are not compatible with ${loop}. Resolved (${u}, ${u}, dtype('<U${2 * w}'))`);
  return exc(UFuncTypeError, `ufunc '${loop}' did not contain a loop with signature matching types (${u}, ${u}) -> None`);
}
