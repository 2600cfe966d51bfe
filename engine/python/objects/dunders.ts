// The operator methods of int, bool, float, str and list (`int.__add__`, `(1).__add__(1.5)`, `"ab".__len__()`):
// what the operators do, with CPython's NotImplemented for an operand the type does not handle itself. The operators
// never call these (ops/arithmetic.ts and ops/compare.ts reach them only for user classes); each works on plain
// values, so an instance of a subtype (a list subclass, a NumPy float64) cannot lead back into it.
import { PyFloat, PyList, PyMethodDescr, NotImplemented, typeVersion, type KW, type PyType } from "./core";
import { typeOf, typeName, intType, boolType, floatType, strType, listType } from "./types";
import { binop, compare, unary, len, contains, toNum, isInt, truthy, floatToInt, toIndex, opDunder, intOfSubclass } from "./ops";
import { typeError, overflowError } from "../errors";

function def(t: PyType, name: string, fn: (self: any, args: any[], kw: KW) => any): void {
  const d = new PyMethodDescr(name, fn);
  d.slotOf = t;
  t.dict.set(name, d);
  typeVersion.v++;
}

type Plain = (v: any) => any;
const intPlain: Plain = (v) => (isInt(v) ? v : intOfSubclass(v));
const floatPlain: Plain = (v) =>
  v instanceof PyFloat ? v : typeof v === "object" && v !== null && typeOf(v).isSubtype(floatType) ? new PyFloat(toNum(v)) : undefined;
const numPlain: Plain = (v) => intPlain(v) ?? floatPlain(v);
const strPlain: Plain = (v) => (typeof v === "string" ? v : undefined);
const listPlain: Plain = (v) => (v instanceof PyList ? (typeOf(v) === listType ? v : new PyList(v.items)) : undefined);

/** the method's own operand, or the TypeError CPython's slot wrapper raises for another type */
function selfOf(t: PyType, name: string, plain: Plain, self: any): any {
  const v = plain(self);
  if (v === undefined) throw typeError(`descriptor '${name}' requires a '${t.name}' object but received a '${typeName(self)}'`);
  return v;
}

function arg(args: any[]): any {
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
  return args[0];
}

const ARITH = ["+", "-", "*", "/", "//", "%", "**"];
const BITS = ["&", "|", "^", "<<", ">>"];
const CMP: [string, string][] = [
  ["eq", "=="],
  ["ne", "!="],
  ["lt", "<"],
  ["le", "<="],
  ["gt", ">"],
  ["ge", ">="],
];

/** `__op__` and `__rop__` of `t` for each operator, defined when the other operand passes `other` */
function binary(t: PyType, plain: Plain, other: Plain, ops: string[]): void {
  for (const op of ops) {
    const [name, rname] = opDunder[op];
    def(t, name, (self, args) => {
      const a = selfOf(t, name, plain, self),
        b = other(arg(args));
      return b === undefined ? NotImplemented : binop(op, a, b);
    });
    def(t, rname, (self, args) => {
      const a = selfOf(t, rname, plain, self),
        b = other(arg(args));
      return b === undefined ? NotImplemented : binop(op, b, a);
    });
  }
}

function comparisons(t: PyType, plain: Plain, other: Plain): void {
  for (const [n, op] of CMP) {
    const name = `__${n}__`;
    def(t, name, (self, args) => {
      const a = selfOf(t, name, plain, self),
        b = other(arg(args));
      return b === undefined ? NotImplemented : compare(op, a, b);
    });
  }
}

function unaries(t: PyType, plain: Plain, ops: [string, string][]): void {
  for (const [n, op] of ops) {
    const name = `__${n}__`;
    def(t, name, (self, args) => {
      if (args.length) throw typeError(`expected 0 arguments, got ${args.length}`);
      const a = selfOf(t, name, plain, self);
      if (op !== "abs") return unary(op, a);
      if (a instanceof PyFloat) return new PyFloat(Math.abs(a.v));
      return compare("<", a, 0) ? unary("-", a) : unary("+", a);
    });
  }
}

binary(intType, intPlain, intPlain, ARITH);
// int's own &, | and ^ see bools as the ints they are (int.__and__(True, False) is 0); bool's keep two bools a bool
const intValue: Plain = (v) => (typeof v === "boolean" ? +v : intPlain(v));
binary(intType, intValue, intValue, BITS);
binary(boolType, intPlain, intPlain, ["&", "|", "^"]);
comparisons(intType, intPlain, intPlain);
unaries(intType, intPlain, [
  ["neg", "-"],
  ["pos", "+"],
  ["abs", "abs"],
  ["invert", "~"],
]);

binary(floatType, floatPlain, numPlain, ARITH);
comparisons(floatType, floatPlain, numPlain);
unaries(floatType, floatPlain, [
  ["neg", "-"],
  ["pos", "+"],
  ["abs", "abs"],
]);

// str and list: + and * raise their own TypeError for a wrong operand (sq_concat, sq_repeat); comparisons do not
for (const [t, plain] of [
  [strType, strPlain],
  [listType, listPlain],
] as [PyType, Plain][]) {
  def(t, "__add__", (self, args) => binop("+", selfOf(t, "__add__", plain, self), plain(arg(args)) ?? args[0]));
  def(t, "__mul__", (self, args) => binop("*", selfOf(t, "__mul__", plain, self), toIndex(arg(args))));
  def(t, "__rmul__", (self, args) => binop("*", selfOf(t, "__rmul__", plain, self), toIndex(arg(args))));
  def(t, "__len__", (self) => len(selfOf(t, "__len__", plain, self)));
  def(t, "__contains__", (self, args) => contains(selfOf(t, "__contains__", plain, self), arg(args)));
  comparisons(t, plain, plain);
}

// conversions: the int(), float() and bool() of a plain int or float (subtypes are served before these are looked up)
for (const [t, plain] of [
  [intType, intPlain],
  [floatType, floatPlain],
] as [PyType, Plain][]) {
  def(t, "__bool__", (self) => truthy(selfOf(t, "__bool__", plain, self)));
  def(t, "__int__", (self) => {
    const a = selfOf(t, "__int__", plain, self);
    return a instanceof PyFloat ? floatToInt(a.v) : unary("+", a);
  });
  def(t, "__float__", (self) => {
    const a = selfOf(t, "__float__", plain, self);
    if (a instanceof PyFloat) return a;
    const v = toNum(a);
    if (!Number.isFinite(v)) throw overflowError("int too large to convert to float");
    return new PyFloat(v);
  });
}
