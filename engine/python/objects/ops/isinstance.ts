// Core operations: isinstance.
import { PyType, PyTuple, PyMethodDescr } from "../core";
import { typeOf } from "../types";
import { typeError } from "../../errors";
import { PyUnion } from "../union-type";

export function isinstance(v: any, t: any): boolean {
  if (t instanceof PyTuple || t instanceof PyUnion) return (t instanceof PyUnion ? t.args : t.items).some((x) => isinstance(v, x));
  if (!(t instanceof PyType)) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const vt = typeOf(v);
  if (vt === t || vt.isSubtype(t)) return true;
  const ic = t.dict.get("__instancecheck__");
  if (ic instanceof PyMethodDescr) return ic.fn(t, [v], null);
  return false;
}
