// A union's | (int | str itself is binop's, arithmetic.ts), repr, equality and __args__ (CPython's types.UnionType).
import { PyType, PyTuple, PyProperty, NotImplemented } from "./core";
import { typeOf } from "./types";
import { def } from "./methods";
import { hashOf } from "./ops";
import { PyUnion, unionOf, unionType } from "./union-type";

const noneType = typeOf(null);
const name = (t: any) =>
  t === noneType ? "None" : t instanceof PyType ? (t.module === "builtins" ? t.name : `${t.module}.${t.name}`) : String(t);

def(unionType, "__or__", (a, k) => unionOf(a, k[0]));
def(unionType, "__ror__", (a, k) => unionOf(k[0], a));
def(unionType, "__repr__", (u: PyUnion) => u.args.map(name).join(" | "));
def(unionType, "__eq__", (u: PyUnion, k) =>
  k[0] instanceof PyUnion ? u.args.length === k[0].args.length && u.args.every((x) => k[0].args.includes(x)) : NotImplemented,
);
def(unionType, "__hash__", (u: PyUnion) => u.args.reduce((h: number, x) => h ^ Number(hashOf(x)), 0));
unionType.dict.set("__args__", new PyProperty((u: PyUnion) => new PyTuple(u.args), null, true));
