// "Did you mean" for NameError and AttributeError, computed as CPython 3.11 does when it prints a traceback
// (Python/suggestions.c): a Levenshtein distance over UTF-8 bytes where a case change costs 1 and any other edit 2,
// candidates at most 1/3 different, the first closest one wins; no suggestion from 750 candidates or more, or for
// names longer than 40 bytes.
import { PyExcObj, PyInstance, PyModule, PyType } from "./objects/core";
import { typeOf } from "./objects/types";
import { BUILTIN_NAMES } from "./cpython-builtins";

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

// a script's module globals before its first statement, in CPython's order
const MAIN_DUNDERS = [
  "__name__",
  "__doc__",
  "__package__",
  "__loader__",
  "__spec__",
  "__annotations__",
  "__builtins__",
  "__file__",
  "__cached__",
];

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

function distance(x: Uint8Array, y: Uint8Array, maxCost: number): number {
  let a0 = 0,
    a1 = x.length,
    b0 = 0,
    b1 = y.length;
  while (a0 < a1 && b0 < b1 && x[a0] === y[b0]) {
    a0++;
    b0++;
  }
  while (a0 < a1 && b0 < b1 && x[a1 - 1] === y[b1 - 1]) {
    a1--;
    b1--;
  }
  let a = x.subarray(a0, a1),
    b = y.subarray(b0, b1);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let diag = bi * MOVE_COST;
    result = diag;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = diag + substitutionCost(code, a[i]);
      diag = row[i];
      result = Math.min(Math.min(result, diag) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const utf8 = new TextEncoder();

/** the closest of `candidates` to `name`, or null */
export function closestName(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const target = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    const bytes = utf8.encode(item);
    const maxDistance = Math.min(Math.floor(((target.length + bytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(target, bytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** dir(obj) as far as suggestions need it: sorted attribute names */
function attributeNames(o: unknown): string[] {
  const names = new Set<string>();
  if (o instanceof PyModule) for (const k of o.dict.keys()) names.add(k);
  else {
    if (o instanceof PyInstance) for (const k of o.dict.keys()) names.add(k);
    const attrs = (o as { __sub?: boolean; attrs?: Map<string, unknown> } | null)?.attrs;
    if (attrs instanceof Map) for (const k of attrs.keys()) names.add(k);
    const t = o instanceof PyType ? o : typeOf(o);
    for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  }
  return [...names].sort();
}

/** the name CPython 3.11 suggests after "Did you mean: " for this NameError or AttributeError, or null */
export function suggestion(e: PyExcObj): string | null {
  const name = e.dict.get("name");
  if (typeof name !== "string") return null;
  if (e.attrObj !== undefined) return closestName(attributeNames(e.attrObj), name);
  const scope = e.nameScope;
  if (scope === undefined) return null;
  const fromLocals = closestName(scope.locals, name);
  if (fromLocals !== null) return fromLocals;
  const globals = MAIN_DUNDERS.slice();
  for (const [k, c] of scope.globals) if (c.v !== undefined && !globals.includes(k)) globals.push(k);
  return closestName(globals, name) ?? closestName(BUILTIN_NAMES, name);
}
