// Core operations: len / contains.
import { PyFloat, PyList, PyTuple, PyDict, PySet, PyRange, PyExcObj } from "../core";
import { typeOf, typeName } from "../types";
import { typeError, TypeError } from "../../errors";
import { callMethodObj } from "./calls";
import { eq } from "./compare";
import { keyOf } from "./hashing";
import { getIter, iterToArray } from "./iteration";
import { toNum } from "./numbers";
import { lengthOf, truthy } from "./truthiness";
export function len(o: any): number {
  if (typeof o === "string") return o.length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict || o instanceof PySet) return o.map.size;
  if (o instanceof PyRange) return o.length;
  const t = typeOf(o);
  const f = t.lookup("__len__");
  if (f !== undefined) {
    return lengthOf(callMethodObj(f, o, []));
  }
  throw typeError(`object of type '${t.tpName ?? t.name}' has no len()`);
}

export function contains(container: any, x: any): boolean {
  if (container instanceof PyList || container instanceof PyTuple) {
    const it = container.items;
    for (let i = 0; i < it.length; i++) if (it[i] === x || eq(it[i], x)) return true;
    return false;
  }
  if (typeof container === "string") {
    // np.str_ (a str subclass in NumPy) is a NumPy scalar whose value is its text
    if (typeof x === "object" && x !== null && x.__np === true && typeof x.value === "string") x = x.value;
    if (typeof x !== "string") throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return container.includes(x);
  }
  if (container instanceof PyDict || container instanceof PySet) return container.map.has(keyOf(x));
  if (container instanceof PyRange) {
    if (!(typeof x === "number" || typeof x === "boolean" || (x instanceof PyFloat && Number.isInteger(x.v)))) {
      if (x instanceof PyFloat) return false;
      return iterToArray(container).some((v) => eq(v, x));
    }
    const v = toNum(x);
    const { start, stop, step } = container;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  const t = typeOf(container);
  const f = t.lookup("__contains__");
  if (f !== undefined) return truthy(callMethodObj(f, container, [x]));
  let it;
  try {
    it = getIter(container);
  } catch (e) {
    if (e instanceof PyExcObj && e.cls === TypeError && e.args[0] === `'${typeName(container)}' object is not iterable`)
      throw typeError(`argument of type '${typeName(container)}' is not iterable`);
    throw e;
  }
  let v;
  while ((v = it.next()) !== undefined) if (v === x || eq(v, x)) return true;
  return false;
}
