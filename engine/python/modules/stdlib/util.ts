// Shared helpers for the stdlib modules: registering functions, reading arguments by position or keyword, lazy
// iterators over native state, and the typed containers (Counter, OrderedDict, ...) that are dicts with their own type.
import { PyModule, PyBuiltin, PyDict, PyType, PyIterator, KW } from "../../objects/core";
import { typeError } from "../../errors";
import { chargeNative, chargeString } from "../../charge";
import { RT, countAlloc } from "../../limits";
import { exc, MemoryError } from "../../errors";

/** registers module functions; one whose implementation does not take keywords refuses them instead of dropping them */
export const fnOf = (m: PyModule) => (n: string, f: (a: any[], kw: KW) => any) =>
  m.dict.set(
    n,
    new PyBuiltin(
      n,
      f.length < 2
        ? (a, kw) => {
            if (kw && kw.size) throw typeError(`${n}() takes no keyword arguments`);
            return f(a, null);
          }
        : f,
    ),
  );

/** A dict whose Python type is `t` (a subclass of dict made natively). */
export function typedDict(t: PyType): PyDict {
  const d = new PyDict();
  (d as any).pyType = t;
  return d;
}

/** A native type of module `module`, with `bases` (object by default is left to the caller). */
export function nativeType(name: string, bases: PyType[], module: string): PyType {
  const t = new PyType(name, bases);
  t.module = module;
  return t;
}

/**
 * Argument `i` (or keyword `name`) of a call to `fname`; `dflt` when absent (undefined: required).
 * Raises CPython's messages for a missing or doubly given argument.
 */
export function arg(fname: string, a: any[], kw: KW, i: number, name: string, dflt?: any): any {
  const k = kw?.get(name);
  if (i < a.length) {
    if (k !== undefined) throw typeError(`${fname}() got multiple values for argument '${name}'`);
    return a[i];
  }
  if (k !== undefined) return k;
  if (dflt === undefined) throw typeError(`${fname}() missing required argument '${name}' (pos ${i + 1})`);
  return dflt;
}

/** Rejects keywords other than `allowed`. */
export function onlyKw(fname: string, kw: KW, allowed: string[]): void {
  if (kw) for (const k of kw.keys()) if (!allowed.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
}

/**
 * A Python iterator over a native generator function (next() returns undefined when done). Every value produced is
 * charged, so a native loop over an infinite iterator (sum(count()), next(compress(...))) ends at the limits.
 */
export function lazyIter(kind: string, gen: () => Generator<any, void, void>): PyIterator {
  const g = gen();
  let done = false,
    n = 0;
  return new PyIterator(() => {
    if (done) return undefined;
    if ((++n & 1023) === 0) chargeNative(1024 * 60);
    const r = g.next();
    if (r.done) {
      done = true;
      return undefined;
    }
    return r.value;
  }, kind);
}

/**
 * How copy.copy / copy.deepcopy copy native containers of the stdlib (deque, ChainMap): `each` is the identity for a
 * shallow copy and a recursive deep copy otherwise.
 */
export const nativeCopy = new Map<PyType, (v: any, each: (x: any) => any) => any>();

/**
 * Text built piece by piece (json.dumps, pprint, re.sub): `add` counts each piece toward the memory limit as the
 * whole grows, so a result too large to hold raises MemoryError before JavaScript's string limit is reached.
 */
export class TextSink {
  parts: string[] = [];
  total = 0;
  add(s: string): void {
    this.total += s.length;
    if (this.total * 2 > RT.maxMem) throw exc(MemoryError, `cannot allocate ${this.total * 2} bytes (memory limit ${RT.maxMem} bytes)`);
    countAlloc(s.length * 2 + 16);
    if (s.length > 4096) chargeNative(s.length * 0.5);
    this.parts.push(s);
    if ((this.parts.length & 0xfff) === 0) chargeNative(4096 * 50);
  }
  text(): string {
    return this.parts.join("");
  }
}
/** n spaces, refused when they could not fit */
export function spaces(n: number): string {
  chargeString(n);
  return " ".repeat(n);
}
