// The typing module: the names learners annotate with, importable and subscriptable, printing as CPython 3.11 prints
// them (typing.List[int], typing.Optional[str], ~T). They carry no checks, as in CPython; Generic and Protocol are
// plain base classes so `class Stack(Generic[T])` works.
import { PyModule, PyType, PyTuple, PyList, PyBuiltin, PyEllipsisT, PyProperty, typeVersion } from "../../objects/core";
import { objectType, typeOf } from "../../objects/types";
import { repr, iterToArray, eq, call } from "../../objects/ops";
import { builtins } from "../../builtins";
import { def } from "../../objects/methods";
import { typeError } from "../../errors";
import { fnOf, nativeType } from "./util";
import { makeCollections } from "./collections";
import { namedTupleClass } from "./typing-namedtuple";
import { CLASS_HOOKS } from "../../objects/class-hooks";

const aliasType = nativeType("_GenericAlias", [objectType], "typing");
const typeVarType = nativeType("TypeVar", [objectType], "typing");
/** `typing.Name` or `typing.Name[args]`; `special` marks Union/Optional/Callable/Literal, which print their own way */
class Alias {
  constructor(
    public name: string,
    public args: any[] | null,
    public origin: any,
    public special = "",
  ) {}
}
(Alias.prototype as any).pyType = aliasType;
class TypeVarObj {
  constructor(public name: string) {}
}
(TypeVarObj.prototype as any).pyType = typeVarType;
def(typeVarType, "__repr__", (v: TypeVarObj) => `~${v.name}`);
typeVarType.ctor = (_c, a) => {
  if (typeof a[0] !== "string") throw typeError("TypeVar name must be a string");
  return new TypeVarObj(a[0]);
};

/** how an argument of a subscription prints */
function argText(v: any): string {
  if (v === null) return "None";
  if (v instanceof PyEllipsisT) return "...";
  if (v instanceof PyType) return v.module === "builtins" ? v.name : `${v.module}.${v.name}`;
  if (v instanceof PyList) return "[" + v.items.map(argText).join(", ") + "]";
  return repr(v);
}
const nonePyType = typeOf(null);

function aliasRepr(a: Alias): string {
  if (a.args === null) return `typing.${a.name}`;
  if (a.special === "Optional") return `typing.Optional[${argText(a.args[0])}]`;
  if (a.special === "Literal") return `typing.Literal[${a.args.map(repr).join(", ")}]`;
  if (a.special === "Callable" && a.args.length === 2) return `typing.Callable[${argText(a.args[0])}, ${argText(a.args[1])}]`;
  if (a.name === "Tuple" && a.args.length === 0) return "typing.Tuple[()]";
  return `typing.${a.name}[${a.args.map(argText).join(", ")}]`;
}
def(aliasType, "__repr__", (a: Alias) => aliasRepr(a));
def(
  aliasType,
  "__eq__",
  (a: Alias, o) =>
    o[0] instanceof Alias &&
    a.name === o[0].name &&
    (a.args === null) === (o[0].args === null) &&
    (a.args ?? []).length === (o[0].args ?? []).length &&
    (a.args ?? []).every((x, i) => eq(x, o[0].args![i])),
);
def(aliasType, "__hash__", (a: Alias) => aliasRepr(a).length);
def(aliasType, "__call__", (a: Alias, args, kw) => {
  if (a.origin instanceof PyType) return call(a.origin, args, kw);
  throw typeError(`Type ${a.name} cannot be instantiated; use ${a.name.toLowerCase()}() instead`);
});
def(aliasType, "__getitem__", (a: Alias, k) => subscript(a, k[0]));
def(aliasType, "__or__", (a: Alias, k) => union([a, k[0]]));
def(aliasType, "__ror__", (a: Alias, k) => union([k[0], a]));
aliasType.dict.set("__origin__", new PyProperty((a: Alias) => a.origin, null, true));
aliasType.dict.set("__args__", new PyProperty((a: Alias) => new PyTuple(a.args ?? []), null, true));

function union(parts: any[]): any {
  const flat: any[] = [];
  for (const p of parts) {
    const items =
      p instanceof Alias && p.special === "Union"
        ? p.args!
        : p instanceof Alias && p.special === "Optional"
          ? [p.args![0], nonePyType]
          : [p === null ? nonePyType : p];
    for (const x of items) if (!flat.some((y) => y === x || eq(y, x))) flat.push(x);
  }
  if (flat.length === 1) return flat[0];
  if (flat.length === 2 && flat.includes(nonePyType)) return new Alias("Optional", [flat.find((x) => x !== nonePyType)], null, "Optional");
  return new Alias("Union", flat, null, "Union");
}

function subscript(a: Alias, key: any): any {
  const args = key instanceof PyTuple ? key.items : [key];
  if (a.args !== null) throw typeError(`${aliasRepr(a)} is not a generic class`);
  switch (a.special) {
    case "Union":
      return union(args);
    case "Optional":
      if (args.length !== 1) throw typeError("typing.Optional requires a single type.");
      return union([args[0], null]);
    case "Literal":
      return new Alias("Literal", args, null, "Literal");
    case "Callable":
      if (args.length !== 2) throw typeError("Callable must be used as Callable[[arg, ...], result].");
      return new Alias("Callable", args, a.origin, "Callable");
  }
  if (a.name === "Tuple" && args.length === 1 && args[0] instanceof PyTuple && args[0].items.length === 0)
    return new Alias("Tuple", [], a.origin);
  return new Alias(a.name, args, a.origin);
}

const ORIGINS: Record<string, string | null> = {
  List: "list",
  Dict: "dict",
  Set: "set",
  FrozenSet: "frozenset",
  Tuple: "tuple",
  Type: "type",
  Iterable: null,
  Iterator: null,
  Sequence: null,
  MutableSequence: null,
  Mapping: null,
  MutableMapping: null,
  Generator: null,
  Collection: null,
  Container: null,
  Hashable: null,
  Sized: null,
  Reversible: null,
  AbstractSet: null,
  MutableSet: null,
  KeysView: null,
  ValuesView: null,
  ItemsView: null,
  Awaitable: null,
  Coroutine: null,
  AsyncIterator: null,
  AsyncIterable: null,
  ContextManager: null,
  Pattern: null,
  Match: null,
};

export function makeTyping(): PyModule {
  const m = new PyModule("typing");
  const fn = fnOf(m);
  for (const [name, origin] of Object.entries(ORIGINS)) m.dict.set(name, new Alias(name, null, origin ? builtins.get(origin) : null));
  const coll = makeCollections();
  for (const [name, target] of [
    ["DefaultDict", "defaultdict"],
    ["Counter", "Counter"],
    ["Deque", "deque"],
    ["OrderedDict", "OrderedDict"],
    ["ChainMap", "ChainMap"],
  ])
    m.dict.set(name, new Alias(name, null, coll.dict.get(target)));
  for (const s of ["Union", "Optional", "Callable", "Literal"]) m.dict.set(s, new Alias(s, null, null, s));
  for (const s of ["Any", "NoReturn", "Never", "ClassVar", "Final", "Annotated", "TypeAlias", "Self", "LiteralString"])
    m.dict.set(s, new Alias(s, null, null));
  m.dict.set("AnyStr", new TypeVarObj("AnyStr"));
  m.dict.set("Text", builtins.get("str"));
  // base classes that only mark a class: subscribing them gives them back (getitem on a type without __class_getitem__)
  for (const name of ["Generic", "Protocol"]) {
    const t = nativeType(name, [objectType], "typing");
    m.dict.set(name, t);
  }
  m.dict.set("TypeVar", typeVarType);
  m.dict.set("TYPE_CHECKING", false);
  fn("cast", (a) => {
    if (a.length !== 2) throw typeError(`cast() takes 2 positional arguments but ${a.length} were given`);
    return a[1];
  });
  fn("overload", (a) => a[0]);
  fn("final", (a) => a[0]);
  fn("no_type_check", (a) => a[0]);
  fn("runtime_checkable", (a) => a[0]);
  fn("get_origin", (a) => (a[0] instanceof Alias ? a[0].origin : null));
  fn("get_args", (a) => new PyTuple(a[0] instanceof Alias ? (a[0].args ?? []) : []));
  fn("NewType", (a) => new PyBuiltin(String(a[0]), (b) => b[0]));
  fn("NamedTuple", (a, kw) => {
    const fields = a.length > 1 ? iterToArray(a[1]).map((f) => iterToArray(f)[0]) : [...(kw?.keys() ?? [])];
    return call(coll.dict.get("namedtuple"), [a[0], new PyList(fields)], null);
  });
  CLASS_HOOKS.set(m.dict.get("NamedTuple"), (name, ns) => namedTupleClass(coll.dict.get("namedtuple"), name, ns));
  typeVersion.v++;
  return m;
}
