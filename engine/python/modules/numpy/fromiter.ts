// np.fromiter(iter, dtype, count=-1, *, like=None): a 1-D array of the first `count` items of an iterable (all of them
// when count is -1), each item stored as one element the way NumPy's PyArray_Pack stores it: a sequence into a numeric
// element is refused, an object element keeps the item itself. Registered lazily (./lazy.ts): engine/stdlib.ts imports it.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyList, PyTuple } from "../../objects/core";
import { call, getIter, toIndex } from "../../objects/ops";
import { exc, excTypes, valueError } from "../../errors";
import { BYTES, chargeContainer, chargeGrowth, GROWTH_MASK } from "../../charge";
import { parseArgs, toDType, unsupported } from "./conv";
import { builtinAdder, dtypeOf } from "./types";
import { lazyNumpy } from "./lazy";

function takeItems(iterable: any, count: number): any[] {
  const it = getIter(iterable);
  const items: any[] = [];
  while (count < 0 || items.length < count) {
    const v = it.next();
    if (v === undefined) break;
    items.push(v);
    if ((items.length & GROWTH_MASK) === 0) chargeGrowth(items.length, BYTES.item);
  }
  if (count >= 0 && items.length < count)
    throw valueError(`iterator too short: Expected ${count} but iterator had only ${items.length} items.`);
  return items;
}

lazyNumpy.push((d) => {
  builtinAdder(d)("fromiter", (args, kw) => {
    const p = parseArgs("fromiter", args, kw, ["iter", "dtype", "count", "like"], 2);
    if (args.length > 3) throw N.typeError(`fromiter() takes at most 3 positional arguments (${args.length} given)`);
    if (p[1] instanceof PyTuple || p[1] instanceof PyList)
      throw exc(excTypes.get("NotImplementedError")!, "np.fromiter() with a structured or subarray dtype is not supported by this engine");
    // like= only picks whose __array_function__ answers: an ndarray's is NumPy's own
    unsupported("fromiter", "like", p[3], (v) => v === undefined || v === null || v instanceof NDArray);
    const dt = toDType(p[1]) ?? "float64";
    // -1 reads every item; any other negative count makes an empty array without reading one
    const count = p[2] === undefined ? -1 : toIndex(p[2]);
    if (dt === "<U0") throw valueError("Must specify length when using variable-size data-type.");
    const items = count < -1 ? (getIter(p[0]), []) : takeItems(p[0], count);
    if (dt === "object") {
      chargeContainer(items.length);
      const out = N.emptyArray("object", [items.length]);
      const data = out.data as unknown[];
      for (let i = 0; i < items.length; i++) data[i] = items[i];
      return out;
    }
    for (const v of items)
      if (v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray && v.ndim > 0))
        throw valueError("setting an array element with a sequence.");
    return call(d.get("array"), [new PyList(items)], new Map([["dtype", dtypeOf(dt)]]));
  });
});
