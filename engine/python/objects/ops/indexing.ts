// Core operations: indexing.
import { PyType, PyList, PyTuple, PyDict, PyRange, PySlice, PyMethodDescr } from "../core";
import { typeOf } from "../types";
import { typeError, valueError, indexError, exc, KeyError } from "../../errors";
import { chargeGrowth, GROWTH_MASK, BYTES } from "../../charge";
import { npHooks } from "./arithmetic";
import { callMethodObj, subOverride } from "./calls";
import { keyOf } from "./hashing";
import { iterToArray } from "./iteration";
import { toIndex } from "./numbers";
export function sliceIndices(s: PySlice, n: number): [number, number, number] {
  let step = s.step === null ? 1 : toIndex(s.step, "slice indices must be integers or None or have an __index__ method");
  if (step === 0) throw valueError("slice step cannot be zero");
  let start: number, stop: number;
  if (s.start === null) start = step < 0 ? n - 1 : 0;
  else {
    start = toIndex(s.start, "slice indices must be integers or None or have an __index__ method");
    if (start < 0) {
      start += n;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (s.stop === null) stop = step < 0 ? -1 : n;
  else {
    stop = toIndex(s.stop, "slice indices must be integers or None or have an __index__ method");
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  return [start, stop, step];
}
export function sliceArr<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]);
  else for (let i = start; i > stop; i += step) out.push(items[i]);
  return out;
}
function seqIndex(i: any, n: number, what: string): number {
  let k: number;
  if (typeof i === "number") k = i;
  else if (typeof i === "boolean") k = i ? 1 : 0;
  else if (typeof i === "bigint") throw indexError(`cannot fit 'int' into an index-sized integer`);
  else {
    const t = typeOf(i);
    if (t.lookup("__index__") === undefined) throw typeError(`${what} indices must be integers or slices, not ${t.tpName ?? t.name}`);
    k = toIndex(i);
  }
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw indexError(`${what} index out of range`);
  return k;
}

export function getitem(o: any, k: any): any {
  if (o !== null && o.__np === true && npHooks.getitem !== null) return npHooks.getitem(o, k);
  if (o !== null && o.__sub === true && o.pyType !== undefined) {
    const f = subOverride(o, "__getitem__");
    if (f !== undefined) return callMethodObj(f, o, [k]);
  }
  if (o instanceof PyList) {
    if (typeof k === "number") {
      const it = o.items;
      const i = k < 0 ? k + it.length : k;
      if (i >= 0 && i < it.length) return it[i];
      throw indexError("list index out of range");
    }
    if (k instanceof PySlice) return new PyList(sliceArr(o.items, k));
    return o.items[seqIndex(k, o.items.length, "list")];
  }
  if (o instanceof PyDict) {
    const e = o.map.get(keyOf(k));
    if (e !== undefined) return e[1];
    if (o instanceof PyDict && (o as any).missing) return (o as any).missing(k);
    throw exc(KeyError, k);
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return new PyTuple(sliceArr(o.items, k));
    return o.items[seqIndex(k, o.items.length, "tuple")];
  }
  if (typeof o === "string") {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.length);
      if (step === 1) return o.slice(start, Math.max(start, stop));
      return sliceArr(Array.from(o), k).join("");
    }
    return o[seqIndex(k, o.length, "string")];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.length);
      return new PyRange(o.start + start * o.step, o.start + stop * o.step, o.step * step);
    }
    const i = seqIndex(k, o.length, "range object");
    return o.start + i * o.step;
  }
  const t = typeOf(o);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return f instanceof PyMethodDescr ? f.fn(o, [k], null) : callMethodObj(f, o, [k]);
  if (o instanceof PyType) {
    const cg = t.lookup("__class_getitem__");
    if (cg === undefined) return o; // list[int] etc. in annotations
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not subscriptable`);
}

export function setitem(o: any, k: any, v: any): void {
  if (o !== null && o.__np === true && npHooks.setitem !== null) {
    npHooks.setitem(o, k, v);
    return;
  }
  if (o !== null && o.__sub === true) {
    if (o.attrOwner !== undefined && typeof k === "string") o.attrOwner.set(k, v);
    else if (o.pyType !== undefined) {
      const f = subOverride(o, "__setitem__");
      if (f !== undefined) {
        callMethodObj(f, o, [k, v]);
        return;
      }
    }
  }
  if (o instanceof PyList) {
    if (typeof k === "number") {
      const it = o.items;
      const i = k < 0 ? k + it.length : k;
      if (i >= 0 && i < it.length) {
        it[i] = v;
        return;
      }
      throw indexError("list assignment index out of range");
    }
    if (k instanceof PySlice) {
      const vals = iterToArray(v);
      const [start, stop, step] = sliceIndices(k, o.items.length);
      if (step === 1) {
        o.items.splice(start, Math.max(0, stop - start), ...vals);
        return;
      }
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
      else for (let i = start; i > stop; i += step) idx.push(i);
      if (idx.length !== vals.length)
        throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((ix, j) => {
        o.items[ix] = vals[j];
      });
      return;
    }
    const i = seqIndex(k, o.items.length + 0, "list");
    o.items[i] = v;
    return;
  }
  if (o instanceof PyDict) {
    const key = keyOf(k);
    const e = o.map.get(key);
    if (e !== undefined) e[1] = v;
    else {
      o.map.set(key, [k, v]);
      if ((o.map.size & GROWTH_MASK) === 0) chargeGrowth(o.map.size, BYTES.dictEntry);
    }
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__setitem__");
  if (f !== undefined) {
    if (f instanceof PyMethodDescr) f.fn(o, [k, v], null);
    else callMethodObj(f, o, [k, v]);
    return;
  }
  throw typeError(`'${t.tpName ?? t.name}' object does not support item assignment`);
}

export function delitem(o: any, k: any): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.items.length);
      if (step === 1) {
        if (stop > start) o.items.splice(start, stop - start);
        return;
      }
      const del = new Set<number>();
      if (step > 0) for (let i = start; i < stop; i += step) del.add(i);
      else for (let i = start; i > stop; i += step) del.add(i);
      o.items = o.items.filter((_, i) => !del.has(i));
      return;
    }
    let i = seqIndex(k, o.items.length, "list");
    o.items.splice(i, 1);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.map.delete(keyOf(k))) throw exc(KeyError, k);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__delitem__");
  if (f !== undefined) {
    callMethodObj(f, o, [k]);
    return;
  }
  throw typeError(`'${t.tpName ?? t.name}' object doesn't support item deletion`);
}
