// The operator module: the operators as functions (through the engine's own binop/compare/unary, so they behave
// exactly as the operators do), and itemgetter / attrgetter / methodcaller with CPython's reprs.
import { PyModule, PyTuple, KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import {
  binop,
  inplace,
  compare,
  unary,
  truthy,
  getitem,
  setitem,
  delitem,
  contains,
  getattr,
  call,
  repr,
  len,
  iterToArray,
  eq,
  toIndex,
  is as isSame,
} from "../../objects/ops";
import { builtins } from "../../builtins";
import { def } from "../../objects/methods";
import { typeError, valueError } from "../../errors";
import { fnOf, nativeType } from "./util";
import { chargeObjectOp } from "../../charge";

const itemgetterType = nativeType("itemgetter", [objectType], "operator");
const attrgetterType = nativeType("attrgetter", [objectType], "operator");
const methodcallerType = nativeType("methodcaller", [objectType], "operator");
class Getter {
  constructor(public keys: any[]) {}
}
class ItemGetter extends Getter {}
class AttrGetter extends Getter {}
class MethodCaller {
  constructor(
    public name: string,
    public args: any[],
    public kw: KW,
  ) {}
}
(ItemGetter.prototype as any).pyType = itemgetterType;
(AttrGetter.prototype as any).pyType = attrgetterType;
(MethodCaller.prototype as any).pyType = methodcallerType;

itemgetterType.ctor = (_c, a) => {
  if (!a.length) throw typeError("itemgetter expected 1 argument, got 0");
  return new ItemGetter(a);
};
def(itemgetterType, "__call__", (g: ItemGetter, a) => {
  if (a.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${a.length}`);
  return g.keys.length === 1 ? getitem(a[0], g.keys[0]) : new PyTuple(g.keys.map((k) => getitem(a[0], k)));
});
def(itemgetterType, "__repr__", (g: ItemGetter) => `operator.itemgetter(${g.keys.map(repr).join(", ")})`);

attrgetterType.ctor = (_c, a) => {
  if (!a.length) throw typeError("attrgetter expected 1 argument, got 0");
  for (const k of a) if (typeof k !== "string") throw typeError("attribute name must be a string");
  return new AttrGetter(a);
};
const dotted = (o: any, path: string) => path.split(".").reduce((x, n) => getattr(x, n), o);
def(attrgetterType, "__call__", (g: AttrGetter, a) => {
  if (a.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${a.length}`);
  return g.keys.length === 1 ? dotted(a[0], g.keys[0]) : new PyTuple(g.keys.map((k) => dotted(a[0], k)));
});
def(attrgetterType, "__repr__", (g: AttrGetter) => `operator.attrgetter(${g.keys.map(repr).join(", ")})`);

methodcallerType.ctor = (_c, a, kw) => {
  if (!a.length) throw typeError("methodcaller needs at least one argument, the method name");
  if (typeof a[0] !== "string") throw typeError("method name must be a string");
  return new MethodCaller(a[0], a.slice(1), kw && kw.size ? new Map(kw) : null);
};
def(methodcallerType, "__call__", (m: MethodCaller, a) => call(getattr(a[0], m.name), m.args, m.kw));
def(
  methodcallerType,
  "__repr__",
  (m: MethodCaller) =>
    `operator.methodcaller(${[repr(m.name), ...m.args.map(repr), ...[...(m.kw ?? [])].map(([k, v]) => `${k}=${repr(v)}`)].join(", ")})`,
);
for (const t of [itemgetterType, attrgetterType, methodcallerType]) t.dict.set("__hash__", null);

const BINARY: [string, string][] = [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
  ["pow", "**"],
  ["matmul", "@"],
  ["and_", "&"],
  ["or_", "|"],
  ["xor", "^"],
  ["lshift", "<<"],
  ["rshift", ">>"],
];
const COMPARE: [string, string][] = [
  ["lt", "<"],
  ["le", "<="],
  ["eq", "=="],
  ["ne", "!="],
  ["ge", ">="],
  ["gt", ">"],
];

export function makeOperator(): PyModule {
  const m = new PyModule("operator");
  const fn = fnOf(m);
  const two = (name: string, a: any[]) => {
    if (a.length !== 2) throw typeError(`${name} expected 2 arguments, got ${a.length}`);
  };
  const one = (name: string, a: any[]) => {
    if (a.length !== 1) throw typeError(`${name}() takes exactly one argument (${a.length} given)`);
  };
  for (const [name, op] of BINARY) {
    fn(name, (a) => {
      two(name, a);
      return binop(op, a[0], a[1]);
    });
    fn(`__${name.replace(/_$/, "")}__`, (a) => {
      two(name, a);
      return binop(op, a[0], a[1]);
    });
    fn(`i${name.replace(/_$/, "")}`, (a) => {
      two(`i${name}`, a);
      return inplace(op, a[0], a[1]);
    });
  }
  for (const [name, op] of COMPARE) {
    fn(name, (a) => {
      two(name, a);
      return compare(op, a[0], a[1]);
    });
    fn(`__${name}__`, (a) => {
      two(name, a);
      return compare(op, a[0], a[1]);
    });
  }
  fn("concat", (a) => {
    two("concat", a);
    if (typeof a[0] !== "string" && !(a[0] !== null && typeof a[0] === "object" && "items" in a[0]))
      throw typeError(`'${repr(a[0])}' object can't be concatenated`);
    return binop("+", a[0], a[1]);
  });
  fn("iconcat", (a) => {
    two("iconcat", a);
    return inplace("+", a[0], a[1]);
  });
  fn("neg", (a) => {
    one("neg", a);
    return unary("-", a[0]);
  });
  fn("pos", (a) => {
    one("pos", a);
    return unary("+", a[0]);
  });
  fn("invert", (a) => {
    one("invert", a);
    return unary("~", a[0]);
  });
  fn("inv", (a) => {
    one("inv", a);
    return unary("~", a[0]);
  });
  fn("abs", (a) => {
    one("abs", a);
    return call(builtins.get("abs"), [a[0]], null);
  });
  fn("not_", (a) => {
    one("not_", a);
    return !truthy(a[0]);
  });
  fn("truth", (a) => {
    one("truth", a);
    return truthy(a[0]);
  });
  fn("is_", (a) => {
    two("is_", a);
    return a[0] === a[1] || isSame(a[0], a[1]);
  });
  fn("is_not", (a) => {
    two("is_not", a);
    return !(a[0] === a[1] || isSame(a[0], a[1]));
  });
  fn("index", (a) => {
    one("index", a);
    return toIndex(a[0]);
  });
  fn("getitem", (a) => {
    two("getitem", a);
    return getitem(a[0], a[1]);
  });
  fn("setitem", (a) => {
    if (a.length !== 3) throw typeError(`setitem expected 3 arguments, got ${a.length}`);
    setitem(a[0], a[1], a[2]);
    return null;
  });
  fn("delitem", (a) => {
    two("delitem", a);
    delitem(a[0], a[1]);
    return null;
  });
  fn("contains", (a) => {
    two("contains", a);
    return contains(a[0], a[1]);
  });
  fn("countOf", (a) => {
    two("countOf", a);
    return iterToArray(a[0]).filter((x) => (chargeObjectOp(x), x === a[1] || eq(x, a[1]))).length;
  });
  fn("indexOf", (a) => {
    two("indexOf", a);
    const i = iterToArray(a[0]).findIndex((x) => (chargeObjectOp(x), x === a[1] || eq(x, a[1])));
    if (i < 0) throw valueError("sequence.index(x): x not in sequence");
    return i;
  });
  fn("length_hint", (a) => {
    try {
      return len(a[0]);
    } catch {
      return a.length > 1 ? a[1] : 0;
    }
  });
  m.dict.set("itemgetter", itemgetterType);
  m.dict.set("attrgetter", attrgetterType);
  m.dict.set("methodcaller", methodcallerType);
  return m;
}
