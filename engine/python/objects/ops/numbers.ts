// Core operations: numbers.
import { PyFloat, PyInstance } from "../core";
import { typeOf } from "../types";
import { typeError, valueError, overflowError } from "../../errors";
import { callMethodObj } from "./calls";
export const isInt = (v: any): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
/** the int an instance of an int-derived class is (an IntEnum member), undefined for anything else */
export const intOfSubclass = (v: any): number | bigint | undefined => (v instanceof PyInstance ? v.intValue : undefined);
export function isNumber(v: any): boolean {
  return isInt(v) || v instanceof PyFloat;
}
export function toNum(v: any): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callMethodObj(f, v, []);
    if (r instanceof PyFloat) return r.v;
    return toNum(r);
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toNum(callMethodObj(ix, v, []));
  throw typeError(`must be real number, not ${t.tpName ?? t.name}`);
}
export function toIndex(v: any, what?: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toIndex(callMethodObj(ix, v, []));
  throw typeError(what ?? `'${t.tpName ?? t.name}' object cannot be interpreted as an integer`);
}
export function toIntValue(v: any): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = typeOf(v);
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toIntValue(callMethodObj(ix, v, []));
  throw typeError(`'${t.tpName ?? t.name}' object cannot be interpreted as an integer`);
}
export const mkFloat = (x: number) => new PyFloat(x);
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (!isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}
