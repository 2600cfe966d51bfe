// Core operations: truthiness.
import { PyFloat, PyList, PyTuple, PyDict, PySet, PyRange, PyInstance } from "../core";
import { typeOf, typeName } from "../types";
import { typeError, valueError, overflowError, exc, NotImplementedError } from "../../errors";
import { callMethodObj } from "./calls";
import { toIntValue } from "./numbers";
export function truthy(v: any): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return (v.v !== 0 && v.v === v.v) || v.v !== v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  const t = typeOf(v);
  if (v instanceof PyInstance || !t.builtin || t.module !== "builtins") {
    const b = t.lookup("__bool__");
    if (b !== undefined) {
      const r = callMethodObj(b, v, []);
      if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = t.lookup("__len__");
    if (l !== undefined) {
      return lengthOf(callMethodObj(l, v, [])) !== 0;
    }
  }
  return true;
}

/** What __len__ returned, checked as CPython checks it: an index, not negative, that fits in Py_ssize_t. */
export function lengthOf(r: any): number {
  const n = toIntValue(r);
  if (n < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint") {
    if (n >= 2n ** 63n) throw overflowError("cannot fit 'int' into an index-sized integer");
    throw exc(NotImplementedError, `__len__() returned ${n}, past 2**53: this engine cannot hold such a length exactly`);
  }
  return n;
}
