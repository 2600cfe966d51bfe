// X | Y of types (PEP 604): the types.UnionType object, which annotations (`x: int | None`) and isinstance use.
// Its operators are in union-ops.ts.
import { PyType, NotImplemented } from "./core";
import { objectType, typeOf, typeType } from "./types";

export const unionType = new PyType("UnionType", [objectType]);
unionType.module = "types";

export class PyUnion {
  constructor(public args: any[]) {}
}
(PyUnion.prototype as any).pyType = unionType;

const noneType = typeOf(null);
/** what may stand on either side of |: a class (of the plain metaclass), None, or a union */
const unionable = (v: any) => v === null || (v instanceof PyType && typeOf(v) === typeType) || v instanceof PyUnion;

/** a | b, or NotImplemented when either is not a type */
export function unionOf(a: any, b: any): any {
  if (!unionable(a) || !unionable(b) || (a === null && b === null)) return NotImplemented;
  const flat: any[] = [];
  for (const p of [a, b]) for (const x of p instanceof PyUnion ? p.args : [p === null ? noneType : p]) if (!flat.includes(x)) flat.push(x);
  return flat.length === 1 ? flat[0] : new PyUnion(flat);
}
