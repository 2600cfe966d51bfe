// The dataclasses module: @dataclass (init, repr, eq, order, frozen, unsafe_hash; field(default, default_factory,
// init, repr, compare); __post_init__; inherited fields), fields, asdict, astuple, replace, is_dataclass and
// FrozenInstanceError. Fields come from the class's own __annotations__ dict, as in CPython. The engine's parser does
// not record class-body annotations yet (`x: int` stores nothing), so a class with no __annotations__ raises
// NotImplementedError rather than becoming a dataclass without fields.
import {
  PyModule,
  PyType,
  PyInstance,
  PyDict,
  PyTuple,
  PyList,
  PySet,
  PyProperty,
  PyBuiltin,
  PyMethodDescr,
  KW,
  NotImplemented,
  typeVersion,
} from "../../objects/core";
import { objectType, typeName, typeOf as typeOfAny } from "../../objects/types";
import { call, repr, compare, truthy, keyOf, getattr } from "../../objects/ops";
import { def, dictSet } from "../../objects/methods";
import { typeError, valueError, exc, AttributeError } from "../../errors";
import { fnOf, nativeType, arg } from "./util";
import { deepcopy } from "./copy";

export const FrozenInstanceError = new PyType("FrozenInstanceError", [AttributeError]);
FrozenInstanceError.isException = true;
FrozenInstanceError.module = "dataclasses";

const missingType = nativeType("_MISSING_TYPE", [objectType], "dataclasses");
class Missing {}
(Missing.prototype as any).pyType = missingType;
const MISSING = new Missing();
def(missingType, "__repr__", () => "<dataclasses._MISSING_TYPE object>");

const fieldType = nativeType("Field", [objectType], "dataclasses");
class Field {
  name = "";
  type: any = null;
  constructor(
    public dflt: any,
    public factory: any,
    public init: boolean,
    public repr: boolean,
    public compare: boolean,
  ) {}
}
(Field.prototype as any).pyType = fieldType;
fieldType.dict.set("name", new PyProperty((f: Field) => f.name, null, true));
fieldType.dict.set("type", new PyProperty((f: Field) => f.type, null, true));
fieldType.dict.set("default", new PyProperty((f: Field) => f.dflt, null, true));
fieldType.dict.set("default_factory", new PyProperty((f: Field) => f.factory, null, true));
def(
  fieldType,
  "__repr__",
  (f: Field) =>
    `Field(name=${repr(f.name)},type=${repr(f.type)},default=${repr(f.dflt)},default_factory=${repr(f.factory)},init=${f.init ? "True" : "False"},repr=${f.repr ? "True" : "False"})`,
);

const FIELDS = "__dataclass_fields__";
const fieldsOf = (cls: PyType): Field[] => {
  const d = cls.lookup(FIELDS);
  if (!(d instanceof PyDict)) throw typeError("must be called with a dataclass type or instance");
  return [...d.map.values()].map((e) => e[1] as Field);
};
const isMutableDefault = (v: any) => v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen);
const isClassVar = (t: any) => t !== null && typeof t === "object" && repr(t).startsWith("typing.ClassVar");

interface Options {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  frozen: boolean;
  unsafeHash: boolean;
}
function process(cls: PyType, o: Options): PyType {
  // a class without annotations has no fields of its own
  const own = cls.dict.get("__annotations__");
  const ann = own instanceof PyDict ? own : new PyDict();
  // inherited fields first, in base order, then this class's (redefinitions keep their place)
  const all = new Map<string, Field>();
  for (const base of cls.mro.slice(1).reverse()) {
    const d = base.dict.get(FIELDS);
    if (d instanceof PyDict) for (const e of d.map.values()) all.set(e[0], e[1]);
  }
  for (const [name, type] of [...ann.map.values()]) {
    if (typeof name !== "string" || isClassVar(type)) continue;
    const v = cls.dict.get(name);
    let f: Field;
    if (v instanceof Field) {
      f = v;
      if (f.dflt === MISSING) cls.dict.delete(name);
      else cls.dict.set(name, f.dflt);
    } else f = new Field(v === undefined ? MISSING : v, MISSING, true, true, true);
    f.name = name;
    f.type = type;
    if (f.dflt !== MISSING && isMutableDefault(f.dflt))
      throw valueError(`mutable default ${repr(typeOfAny(f.dflt))} for field ${name} is not allowed: use default_factory`);
    all.set(name, f);
  }
  const fields = [...all.values()];
  const initFields = fields.filter((f) => f.init);
  let seenDefault = false;
  for (const f of initFields) {
    const has = f.dflt !== MISSING || f.factory !== MISSING;
    if (!has && seenDefault) throw typeError(`non-default argument '${f.name}' follows default argument`);
    seenDefault ||= has;
  }
  const fd = new PyDict();
  for (const f of fields) dictSet(fd, f.name, f);
  cls.dict.set(FIELDS, fd);
  const qual = cls.qualname ?? cls.name;
  const set = (self: PyInstance, k: string, v: any) => self.dict.set(k, v);
  if (o.init && !cls.dict.has("__init__"))
    cls.dict.set(
      "__init__",
      new PyMethodDescr("__init__", (self: PyInstance, a, kw) => {
        const max = initFields.length;
        if (a.length > max) {
          const min = initFields.filter((f) => f.dflt === MISSING && f.factory === MISSING).length;
          throw typeError(
            `${qual}.__init__() takes ${min === max ? `${max + 1}` : `from ${min + 1} to ${max + 1}`} positional argument${max === 0 ? "" : "s"} but ${a.length + 1} were given`,
          );
        }
        if (kw)
          for (const k of kw.keys()) {
            const i = initFields.findIndex((f) => f.name === k);
            if (i < 0) throw typeError(`${qual}.__init__() got an unexpected keyword argument '${k}'`);
            if (i < a.length) throw typeError(`${qual}.__init__() got multiple values for argument '${k}'`);
          }
        const missing: string[] = [];
        initFields.forEach((f, i) => {
          const v = i < a.length ? a[i] : kw?.get(f.name);
          if (v !== undefined) set(self, f.name, v);
          else if (f.factory !== MISSING) set(self, f.name, call(f.factory, [], null));
          else if (f.dflt !== MISSING) set(self, f.name, f.dflt);
          else missing.push(f.name);
        });
        if (missing.length) {
          const names = missing.map((n) => `'${n}'`);
          const list =
            names.length === 1
              ? names[0]
              : names.slice(0, -1).join(", ") + (names.length > 2 ? "," : "") + " and " + names[names.length - 1];
          throw typeError(
            `${qual}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`,
          );
        }
        for (const f of fields) if (!f.init && f.factory !== MISSING) set(self, f.name, call(f.factory, [], null));
        const post = cls.lookup("__post_init__");
        if (post !== undefined) call(getattr(self, "__post_init__"), [], null);
        return null;
      }),
    );
  if (o.repr && !cls.dict.has("__repr__"))
    cls.dict.set(
      "__repr__",
      new PyMethodDescr(
        "__repr__",
        (self: PyInstance) =>
          `${self.cls.qualname ?? self.cls.name}(${fields
            .filter((f) => f.repr)
            .map((f) => `${f.name}=${repr(getattr(self, f.name))}`)
            .join(", ")})`,
      ),
    );
  const key = (self: PyInstance) => new PyTuple(fields.filter((f) => f.compare).map((f) => getattr(self, f.name)));
  const sameClass = (a: any, b: any) => b instanceof PyInstance && b.cls === a.cls;
  if (o.eq && !cls.dict.has("__eq__"))
    cls.dict.set(
      "__eq__",
      new PyMethodDescr("__eq__", (self, a) => (sameClass(self, a[0]) ? compare("==", key(self), key(a[0])) : NotImplemented)),
    );
  if (o.order)
    for (const [name, op] of [
      ["__lt__", "<"],
      ["__le__", "<="],
      ["__gt__", ">"],
      ["__ge__", ">="],
    ]) {
      if (cls.dict.has(name))
        throw typeError(`Cannot overwrite attribute ${name} in class ${cls.name}. Consider using functools.total_ordering`);
      cls.dict.set(
        name,
        new PyMethodDescr(name, (self, a) => (sameClass(self, a[0]) ? compare(op, key(self), key(a[0])) : NotImplemented)),
      );
    }
  if (o.frozen) {
    const frozen = (name: string) => exc(FrozenInstanceError, `cannot assign to field '${name}'`);
    cls.dict.set(
      "__setattr__",
      new PyMethodDescr("__setattr__", (self: PyInstance, a) => {
        if (self.cls === cls || all.has(a[0])) throw frozen(a[0]);
        self.dict.set(a[0], a[1]);
        return null;
      }),
    );
    cls.dict.set(
      "__delattr__",
      new PyMethodDescr("__delattr__", (_self, a) => {
        throw exc(FrozenInstanceError, `cannot delete field '${a[0]}'`);
      }),
    );
  }
  if (o.unsafeHash || (o.eq && o.frozen)) cls.dict.set("__hash__", new PyMethodDescr("__hash__", (self) => keyOf(key(self))));
  else if (o.eq && !cls.dict.has("__hash__")) cls.dict.set("__hash__", null);
  cls.dict.set("__match_args__", new PyTuple(initFields.map((f) => f.name)));
  typeVersion.v++;
  return cls;
}

function options(kw: KW): Options {
  const get = (k: string, d: boolean) => (kw?.has(k) ? truthy(kw.get(k)) : d);
  return {
    init: get("init", true),
    repr: get("repr", true),
    eq: get("eq", true),
    order: get("order", false),
    frozen: get("frozen", false),
    unsafeHash: get("unsafe_hash", false),
  };
}
const isDataclassInstance = (v: any) => v instanceof PyInstance && v.cls.lookup(FIELDS) instanceof PyDict;
function toPlain(v: any, asTuple: boolean): any {
  if (isDataclassInstance(v)) {
    const fs = fieldsOf(v.cls);
    if (asTuple) return new PyTuple(fs.map((f) => toPlain(getattr(v, f.name), true)));
    const d = new PyDict();
    for (const f of fs) dictSet(d, f.name, toPlain(getattr(v, f.name), false));
    return d;
  }
  if (v instanceof PyList) return new PyList(v.items.map((x) => toPlain(x, asTuple)));
  if (v instanceof PyTuple) {
    const r = new PyTuple(v.items.map((x) => toPlain(x, asTuple)));
    if (Object.hasOwn(v, "pyType")) (r as any).pyType = (v as any).pyType;
    return r;
  }
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.map.values()) dictSet(d, toPlain(k, asTuple), toPlain(x, asTuple));
    return d;
  }
  return deepcopy(v);
}

export function makeDataclasses(): PyModule {
  const m = new PyModule("dataclasses");
  const fn = fnOf(m);
  fn("dataclass", (a, kw) => {
    if (a.length && a[0] instanceof PyType) return process(a[0], options(kw));
    if (a.length && a[0] !== null) throw typeError(`dataclass() should be called on a class, not ${typeName(a[0])}`);
    const o = options(kw);
    return new PyBuiltin("wrap", (b) => {
      if (!(b[0] instanceof PyType)) throw typeError("dataclass() should be called on a class");
      return process(b[0], o);
    });
  });
  fn("field", (a, kw) => {
    if (a.length) throw typeError(`field() takes 0 positional arguments but ${a.length} were given`);
    const dflt = kw?.get("default") ?? MISSING,
      factory = kw?.get("default_factory") ?? MISSING;
    if (dflt !== MISSING && factory !== MISSING) throw valueError("cannot specify both default and default_factory");
    const b = (k: string) => (kw?.has(k) ? truthy(kw.get(k)) : true);
    return new Field(dflt, factory, b("init"), b("repr"), b("compare"));
  });
  fn("fields", (a) => new PyTuple(fieldsOf(a[0] instanceof PyType ? a[0] : a[0] instanceof PyInstance ? a[0].cls : objectType)));
  fn("asdict", (a) => {
    if (!isDataclassInstance(a[0])) throw typeError("asdict() should be called on dataclass instances");
    return toPlain(a[0], false);
  });
  fn("astuple", (a) => {
    if (!isDataclassInstance(a[0])) throw typeError("astuple() should be called on dataclass instances");
    return toPlain(a[0], true);
  });
  fn("is_dataclass", (a) => (a[0] instanceof PyType ? a[0].lookup(FIELDS) instanceof PyDict : isDataclassInstance(a[0])));
  fn("replace", (a, kw) => {
    const obj = arg("replace", a, kw && new Map([...kw].filter(([k]) => k === "obj")), 0, "obj");
    if (!isDataclassInstance(obj)) throw typeError("replace() should be called on dataclass instances");
    const changes = new Map(kw ?? []);
    for (const f of fieldsOf(obj.cls)) if (f.init && !changes.has(f.name)) changes.set(f.name, getattr(obj, f.name));
    return call(obj.cls, [], changes);
  });
  m.dict.set("MISSING", MISSING);
  m.dict.set("Field", fieldType);
  m.dict.set("FrozenInstanceError", FrozenInstanceError);
  return m;
}
