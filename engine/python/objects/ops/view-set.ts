// dict.keys() and dict.items() are set-like (collections.abc.Set): their comparisons and & | - ^ work as on a set
// of their elements, against sets, other views and (for the operators) any iterable.
import { PyDict, PySet } from "../core";
import { keyOf } from "./hashing";
import { iterToArray } from "./iteration";
import { PyTuple } from "../core";
import { chargeContainer, BYTES } from "../../charge";

/** a dict's keys or items view */
export const isSetView = (v: any): boolean =>
  typeof v === "object" && v !== null && v.d instanceof PyDict && (v.kind === "keys" || v.kind === "items");

/** the elements of a keys/items view (or, for an operand beside one, any iterable) as a new set */
export function asSet(v: any): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet(false);
  if (isSetView(v)) {
    chargeContainer((v.d as PyDict).map.size, BYTES.setEntry);
    for (const [k, e] of (v.d as PyDict).map)
      s.map.set(v.kind === "keys" ? k : keyOf(new PyTuple([e[0], e[1]])), v.kind === "keys" ? e[0] : new PyTuple([e[0], e[1]]));
    return s;
  }
  const items = iterToArray(v);
  chargeContainer(items.length, BYTES.setEntry);
  for (const x of items) {
    const k = keyOf(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}
