// Core operations: iteration.
import { PyList, PyTuple, PyDict, PySet, PyRange, PyInstance, PyExcObj, PyIterator } from "../core";
import { typeOf, typeName } from "../types";
import { typeError, exc, StopIteration } from "../../errors";
import { checkAlloc } from "../../limits";
import { chargeContainer, chargeGrowth, chargeLoop, GROWTH_MASK, BYTES } from "../../charge";

import { RuntimeError, IndexError } from "../../errors";
import { callMethodObj } from "./calls";
export function getIter(o: any): PyIterator {
  if (o instanceof PyList) {
    const it = o.items;
    let i = 0;
    return new PyIterator(() => (i < it.length ? it[i++] : undefined), "list_iterator");
  }
  if (o instanceof PyTuple) {
    const it = o.items;
    let i = 0;
    return new PyIterator(() => (i < it.length ? it[i++] : undefined), "tuple_iterator");
  }
  if (typeof o === "string") {
    const s = o;
    let i = 0;
    return new PyIterator(() => (i < s.length ? s[i++] : undefined), /^[\x00-\x7f]*$/.test(s) ? "str_ascii_iterator" : "str_iterator");
  }
  if (o instanceof PyRange) {
    const { start, step } = o;
    const n = o.length;
    let i = 0;
    return new PyIterator(() => (i < n ? start + step * i++ : undefined), "range_iterator");
  }
  if (o instanceof PyDict) {
    const it = o.map.values();
    const size = o.map.size;
    const m = o.map;
    return new PyIterator(() => {
      if (m.size !== size) throw exc(RuntimeErr(), "dictionary changed size during iteration");
      const r = it.next();
      return r.done ? undefined : r.value[0];
    }, "dict_keyiterator");
  }
  if (o instanceof PySet) {
    const items = setItems(o);
    let i = 0;
    return new PyIterator(() => (i < items.length ? items[i++] : undefined), "set_iterator");
  }
  if (o instanceof PyIterator) return o;
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f !== undefined) {
    const r = callMethodObj(f, o, []);
    if (r instanceof PyIterator) return r;
    const nx = typeOf(r).lookup("__next__");
    if (nx === undefined) throw typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
    return new PyIterator(() => {
      try {
        return callMethodObj(nx, r, []);
      } catch (e) {
        if (e instanceof PyExcObj && e.cls.isSubtype(StopIteration)) return undefined;
        throw e;
      }
    });
  }
  const gi = t.lookup("__getitem__");
  if (gi !== undefined && o instanceof PyInstance) {
    let i = 0;
    return new PyIterator(() => {
      try {
        return callMethodObj(gi, o, [i++]);
      } catch (e) {
        if (e instanceof PyExcObj && (e.cls.isSubtype(StopIteration) || e.cls.isSubtype(IndexErr()))) return undefined;
        throw e;
      }
    });
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not iterable`);
}
const RuntimeErr = () => RuntimeError;
const IndexErr = () => IndexError;

/** CPython-like iteration order for sets whose elements are all ints/bools (hash-table slot order). */
export function setItems(s: PySet): any[] {
  chargeContainer(s.map.size, BYTES.slot * 4);
  const vals = [...s.map.values()];
  const n = vals.length;
  if (n < 2) return vals;
  for (const v of vals) if (!(typeof v === "number" || typeof v === "boolean")) return vals;
  let size = 8;
  for (let used = 1; used <= n; used++)
    if (used * 5 >= (size - 1) * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      size = 8;
      while (size <= minused) size <<= 1;
    }
  const mask = size - 1;
  const slots: any[] = new Array(size);
  for (const v of vals) {
    const h = typeof v === "boolean" ? (v ? 1 : 0) : v === -1 ? -2 : v;
    let i = (h >>> 0) & mask; // ToUint32 of an integer: its low 32 bits, as BigInt.asUintN(32, …)
    while (slots[i] !== undefined) i = (i + 1) & mask;
    slots[i] = v;
  }
  return slots.filter((x) => x !== undefined);
}

export function iterToArray(o: any): any[] {
  if (o instanceof PyList || o instanceof PyTuple) {
    chargeContainer(o.items.length);
    return o.items.slice();
  }
  if (typeof o === "string") {
    chargeContainer(o.length);
    return Array.from(o);
  }
  if (o instanceof PyRange) {
    const n = o.length;
    checkAlloc(n * 8);
    chargeLoop(n);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = o.start + o.step * i;
    return out;
  }
  if (o instanceof PyDict) {
    chargeContainer(o.map.size);
    const out: any[] = [];
    for (const e of o.map.values()) out.push(e[0]);
    return out;
  }
  if (o instanceof PySet) return setItems(o);
  const it = getIter(o);
  const out: any[] = [];
  let v;
  while ((v = it.next()) !== undefined) {
    out.push(v);
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
  }
  return out;
}
