// Core operations: hashing (dict keys).
import { PyFloat, PyList, PyTuple, PyDict, PySet, PyInstance, PyMethodDescr, PyFunction } from "../core";
import { typeOf, typeName } from "../types";
import { typeError } from "../../errors";
import { callMethodObj } from "./calls";
import { idOf, strHash } from "./identity";
import { repr } from "./repr";
const NONE_KEY = { none: true };
const TRUE_KEY = 1,
  FALSE_KEY = 0;
export function keyOf(v: any): any {
  switch (typeof v) {
    case "number":
    case "string":
      return v;
    case "boolean":
      return v ? TRUE_KEY : FALSE_KEY;
    case "bigint":
      return "\u0001i" + v.toString();
  }
  if (v === null) return NONE_KEY;
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return "\u0001i" + BigInt(x).toString();
    return x;
  }
  if (v instanceof PyTuple)
    return (
      "\u0001(" +
      v.items
        .map((x) => {
          const k = keyOf(x);
          return typeof k === "object" ? "o" + idOf(k) : typeof k + ":" + String(k).replace(/[\\,]/g, "\\$&");
        })
        .join(",")
    );
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throw typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PySet)
    return (
      "\u0001f" +
      [...v.map.keys()]
        .map((k) => (typeof k === "object" ? "o" + idOf(k) : typeof k + ":" + String(k)))
        .sort()
        .join(",")
    );
  if (v instanceof PyInstance) {
    const h = v.cls.lookup("__hash__");
    if (h === null) throw typeError(`unhashable type: '${v.cls.name}'`);
    // a native __hash__ (IntEnum, frozen dataclasses) returns the dict key itself, so equal values share a key
    if (h instanceof PyMethodDescr) return h.fn(v, [], null);
    if (h !== undefined) return "\u0001h" + repr(callMethodObj(h, v, []));
    return v;
  }
  const t = typeOf(v);
  const h = t.lookup("__hash__");
  if (h === null) throw typeError(`unhashable type: '${t.tpName ?? t.name}'`);
  if (h !== undefined && h instanceof PyMethodDescr) return h.fn(v, [], null);
  return v;
}
const HP = (1n << 61n) - 1n;
function hashBig(b: bigint): number | bigint {
  const neg = b < 0n;
  let r = (neg ? -b : b) % HP;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
function hashFloat(x: number): number | bigint {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashBig(BigInt(x));
  // x = m * 2^e exactly
  const neg = x < 0;
  let a = Math.abs(x),
    e = 0;
  while (!Number.isInteger(a)) {
    a *= 2;
    e--;
  }
  let m = BigInt(a) % HP;
  const k = ((e % 61) + 61) % 61; // 2^e mod P == 2^(e mod 61)
  m = (m << BigInt(k)) % HP;
  let r = neg ? -m : m;
  if (r === -1n) r = -2n;
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n,
  XXPRIME_2 = 14029467366897019727n,
  XXPRIME_5 = 2870177450012600261n;
/** CPython's tuplehash (an xxHash variant over the items' hashes) */
function tupleHash(t: PyTuple): number | bigint {
  let acc = XXPRIME_5;
  for (const x of t.items) {
    const lane = BigInt.asUintN(64, BigInt(hashOf(x)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const r = BigInt.asIntN(64, acc);
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
export function hashOf(v: any): number | bigint {
  // a tuple (or namedtuple) whose class does not define its own __hash__
  if (v instanceof PyTuple && !(typeOf(v).lookup("__hash__") instanceof PyFunction)) {
    keyOf(v); // raises for an unhashable item
    return tupleHash(v);
  }
  if (typeof v === "number") return Math.abs(v) < 2305843009213693951 ? (v === -1 ? -2 : v) : hashBig(BigInt(v));
  if (typeof v === "bigint") return hashBig(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return hashFloat(v.v);
  if (v === null) return 0x10d1e4f0 >> 4;
  // a native numeric type (decimal.Decimal) whose hash agrees with the ints and floats it equals
  const hv = (typeOf(v) as { hashValue?: (x: any) => number | bigint }).hashValue;
  if (hv) return hv(v);
  const k = keyOf(v);
  // a value whose key is a number (np.int64(5), np.float64(1.5), an IntEnum member) equals that int or float, and
  // so hashes as it does
  if (typeof k === "number") return Number.isInteger(k) ? hashOf(k) : hashFloat(k);
  if (typeof k === "string") return k.startsWith("\u0001i") ? hashBig(BigInt(k.slice(2))) : strHash(k);
  return idOf(v) >> 4;
}
