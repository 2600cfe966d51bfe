// Checking a call against the signature of a CPython function written in C, with the TypeError CPython's argument
// parsers raise (their wording depends on the calling convention), and binding its keywords to positions.
import type { KW } from "./core";
import { typeError } from "../errors";

/**
 * noargs: METH_NOARGS; one: METH_O; pos: clinic positional-only (`strip(chars=None, /)`); tuple: PyArg_ParseTuple
 * (`find(sub[, start[, end]])`); kw: clinic with keywords (`split(sep=None, maxsplit=-1)`); var: any number of
 * positional arguments (`set.union(*others)`).
 */
export type Convention = "noargs" | "one" | "pos" | "tuple" | "kw" | "var";

export interface CSignature {
  conv: Convention;
  /** parameter names in order (kw: also their keywords) */
  names: readonly string[];
  /** how many are required */
  min: number;
  /** kw: how many leading parameters are positional-only (`sum(iterable, /, start=0)`) */
  posOnly?: number;
  /** kw: how many trailing parameters are keyword-only (`isclose(a, b, *, rel_tol, abs_tol)`) */
  kwOnly?: number;
}

const s = (n: number) => (n === 1 ? "" : "s");

/**
 * The positional arguments of a call to `name` (`qual`, e.g. "str.strip", names it in the messages that CPython
 * words with the type): a keyword argument is moved to its parameter's position, a position it leaves unfilled is
 * undefined and trailing unfilled ones are dropped. Raises CPython's TypeError for a call that does not bind.
 */
export function bindC(sig: CSignature, name: string, qual: string, args: any[], kw: KW): any[] {
  const { conv, names, min } = sig;
  const posOnly = sig.posOnly ?? 0;
  const max = names.length;
  const n = args.length;
  const nkw = kw ? kw.size : 0;
  if (conv !== "kw") {
    if (nkw) throw typeError(`${qual}() takes no keyword arguments`);
    if (conv === "var") {
    } else if (conv === "noargs") {
      if (n) throw typeError(`${qual}() takes no arguments (${n} given)`);
    } else if (conv === "one") {
      if (n !== 1) throw typeError(`${qual}() takes exactly one argument (${n} given)`);
    } else if (conv === "pos") {
      if (n < min || n > max) {
        const how = min === max ? "" : n < min ? "at least " : "at most ";
        const k = n < min ? min : max;
        throw typeError(`${name} expected ${how}${k} argument${s(k)}, got ${n}`);
      }
    } else if (n < min || n > max) {
      const how = min === max ? "exactly" : n < min ? "at least" : "at most";
      const k = n < min ? min : max;
      throw typeError(`${name}() takes ${how} ${k} argument${s(k)} (${n} given)`);
    }
    return args;
  }
  if (n + nkw > max) throw typeError(`${name}() takes at most ${max} ${n === 0 ? "keyword " : ""}argument${s(max)} (${n + nkw} given)`);
  const maxPos = max - (sig.kwOnly ?? 0);
  if (n > maxPos)
    throw typeError(`${name}() takes ${min < maxPos ? "at most" : "exactly"} ${maxPos} positional argument${s(maxPos)} (${n} given)`);
  const minPos = Math.min(min, posOnly);
  if (n < minPos)
    throw typeError(`${name}() takes ${minPos < maxPos ? "at least" : "exactly"} ${minPos} positional argument${s(minPos)} (${n} given)`);
  const out = args.slice();
  const unknown: string[] = [];
  if (kw)
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < Math.max(n, posOnly)) unknown.push(k);
      else out[i] = v;
    }
  for (let i = 0; i < min; i++)
    if (out[i] === undefined) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  for (const k of unknown) {
    const i = names.indexOf(k);
    if (i >= posOnly && i < n) throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
  while (out.length && out[out.length - 1] === undefined) out.length--;
  return out;
}
