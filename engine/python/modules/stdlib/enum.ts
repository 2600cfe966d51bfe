// The enum module: Enum, IntEnum, auto and unique. A native metaclass (PyType.meta) turns a finished class body into
// members at the class's first use: members in definition order, aliases for repeated values, Color(1) and
// Color['RED'] lookups, iteration, len, `in`, and CPython 3.11's reprs (<Color.RED: 1>, <enum 'Color'>).
import {
  PyModule,
  PyType,
  PyInstance,
  PyDict,
  PyTuple,
  PyFloat,
  PyProperty,
  PyFunction,
  PyStaticMethod,
  PyClassMethod,
  PyBuiltin,
  PyMethodDescr,
  KW,
  NotImplemented,
  typeVersion,
  type TypeMeta,
} from "../../objects/core";
import { objectType, typeType, typeName } from "../../objects/types";
import { repr, str, binop, compare, keyOf, eq, call, toIndex, toNum, finalizeType } from "../../objects/ops";
import { def, dictSet } from "../../objects/methods";
import { typeError, valueError, exc, KeyError } from "../../errors";
import { fnOf, nativeType, lazyIter } from "./util";

const enumMeta = nativeType("EnumType", [typeType], "enum");
const autoType = nativeType("auto", [objectType], "enum");
class Auto {}
(Auto.prototype as any).pyType = autoType;
autoType.ctor = () => new Auto();
def(autoType, "__repr__", () => "auto(_auto_null)");

/** per enum class: its members in order (aliases excluded) */
const membersOf = new WeakMap<PyType, PyInstance[]>();
const members = (cls: PyType) => {
  finalizeType(cls);
  return membersOf.get(cls) ?? [];
};
const valueOf = (m: PyInstance) => m.dict.get("_value_");
/** the receiver of an Enum method, checked (an unbound method can be called with anything) */
function member(v: any, what: PyType): PyInstance {
  if (!(v instanceof PyInstance) || !v.cls.isSubtype(what) || !v.dict.has("_name_"))
    throw typeError(`descriptor requires a '${what.name}' member but received a '${typeName(v)}'`);
  return v;
}
function enumClass(v: any): PyType {
  if (!(v instanceof PyType) || v.meta !== META) throw typeError(`descriptor requires an enum class but received a '${typeName(v)}'`);
  return v;
}
const isDescriptor = (v: any) =>
  v instanceof PyFunction ||
  v instanceof PyProperty ||
  v instanceof PyStaticMethod ||
  v instanceof PyClassMethod ||
  v instanceof PyBuiltin ||
  v instanceof PyMethodDescr ||
  v instanceof PyType;

function finalize(cls: PyType): void {
  const list: PyInstance[] = [];
  const byName = new PyDict();
  const values: any[] = [];
  const init = cls.lookup("__init__");
  for (const [k, v0] of [...cls.dict]) {
    if (k.startsWith("_") || isDescriptor(v0)) continue;
    let v = v0;
    if (v instanceof Auto) {
      v = 1;
      for (let i = values.length - 1; i >= 0; i--) {
        try {
          v = binop("+", values[i], 1);
          break;
        } catch {
          /* not a number: look further back */
        }
      }
    }
    values.push(v);
    const alias = list.find((m) => eq(valueOf(m), v));
    if (alias) {
      cls.dict.set(k, alias);
      dictSet(byName, k, alias);
      continue;
    }
    const m = new PyInstance(cls);
    m.dict.set("_name_", k);
    m.dict.set("_value_", v);
    if (init instanceof PyFunction) call(init, [m, ...(v instanceof PyTuple ? v.items : [v])], null);
    cls.dict.set(k, m);
    dictSet(byName, k, m);
    list.push(m);
  }
  cls.dict.set("__members__", byName);
  membersOf.set(cls, list);
  typeVersion.v++;
}
function lookupValue(cls: PyType, args: any[], kw: KW): any {
  if (args.length !== 1 || (kw && kw.size))
    throw typeError(
      `${cls.name}() takes exactly one argument: the value of a member (the functional API Enum('Name', ...) is not supported)`,
    );
  const v = args[0];
  if (v instanceof PyInstance && v.cls === cls) return v;
  const hit = members(cls).find((m) => eq(valueOf(m), v));
  if (hit) return hit;
  throw valueError(`${repr(v)} is not a valid ${cls.qualname ?? cls.name}`);
}
const META: TypeMeta = { type: enumMeta, finalize, call: lookupValue };

def(enumMeta, "__iter__", (cls: PyType) => {
  const ms = members(enumClass(cls));
  return lazyIter("generator", function* () {
    yield* ms;
  });
});
def(enumMeta, "__reversed__", (cls: PyType) => {
  const ms = members(enumClass(cls)).slice().reverse();
  return lazyIter("generator", function* () {
    yield* ms;
  });
});
def(enumMeta, "__len__", (cls: PyType) => members(enumClass(cls)).length);
def(enumMeta, "__contains__", (cls: PyType, a) => {
  enumClass(cls);
  if (a[0] instanceof PyInstance && a[0].cls.meta === META) return a[0].cls === cls && members(cls).includes(a[0]);
  throw typeError(`unsupported operand type(s) for 'in': '${typeName(a[0])}' and 'EnumType'`);
});
def(enumMeta, "__getitem__", (cls: PyType, a) => {
  finalizeType(enumClass(cls));
  const d = cls.dict.get("__members__") as PyDict;
  const e = typeof a[0] === "string" ? d.map.get(keyOf(a[0])) : undefined;
  if (!e) throw exc(KeyError, a[0]);
  return e[1];
});
def(enumMeta, "__repr__", (cls: PyType) => `<enum '${enumClass(cls).name}'>`);
def(enumMeta, "__bool__", () => true);

export const enumType = new PyType("Enum", [objectType]);
enumType.module = "enum";
enumType.meta = META;
enumType.finalized = true;
(enumType as any).pyType = enumMeta;
membersOf.set(enumType, []);
enumType.dict.set("__members__", new PyDict());
enumType.dict.set("name", new PyProperty((m: PyInstance) => member(m, enumType).dict.get("_name_"), null, true));
enumType.dict.set("value", new PyProperty((m: PyInstance) => member(m, enumType).dict.get("_value_"), null, true));
def(enumType, "__repr__", (m: PyInstance) => `<${member(m, enumType).cls.name}.${m.dict.get("_name_")}: ${repr(valueOf(m))}>`);
def(enumType, "__str__", (m: PyInstance) => `${member(m, enumType).cls.name}.${m.dict.get("_name_")}`);
def(enumType, "__format__", (m: PyInstance) => str(member(m, enumType)));

export const intEnumType = new PyType("IntEnum", [enumType]);
intEnumType.module = "enum";
intEnumType.finalized = true;
membersOf.set(intEnumType, []);
/** IntEnum members act as their int value in arithmetic, comparisons, hashing and indexing */
const iv = (m: any) => valueOf(member(m, intEnumType));
const num = (v: any) => (v instanceof PyInstance && v.cls.isSubtype(intEnumType) ? valueOf(v) : v);
def(intEnumType, "__str__", (m: PyInstance) => repr(iv(m)));
def(intEnumType, "__format__", (m: PyInstance) => repr(iv(m)));
def(intEnumType, "__int__", (m: PyInstance) => iv(m));
def(intEnumType, "__index__", (m: PyInstance) => toIndex(iv(m)));
def(intEnumType, "__float__", (m: PyInstance) => new PyFloat(toNum(iv(m))));
def(intEnumType, "__hash__", (m: PyInstance) => keyOf(iv(m)));
def(intEnumType, "__bool__", (m: PyInstance) => iv(m) !== 0);
def(intEnumType, "__neg__", (m: PyInstance) => binop("-", 0, iv(m)));
for (const [name, op] of [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
  ["pow", "**"],
  ["and", "&"],
  ["or", "|"],
  ["xor", "^"],
  ["lshift", "<<"],
  ["rshift", ">>"],
]) {
  def(intEnumType, `__${name}__`, (m: PyInstance, a) => binop(op, iv(m), num(a[0])));
  def(intEnumType, `__r${name}__`, (m: PyInstance, a) => binop(op, num(a[0]), iv(m)));
}
for (const [name, op] of [
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__gt__", ">"],
  ["__ge__", ">="],
])
  def(intEnumType, name, (m: PyInstance, a) => {
    const o = num(a[0]);
    return typeof o === "number" || typeof o === "bigint" || typeof o === "boolean" || typeName(o) === "float"
      ? compare(op, iv(m), o)
      : NotImplemented;
  });

export function makeEnum(): PyModule {
  const m = new PyModule("enum");
  m.dict.set("Enum", enumType);
  m.dict.set("IntEnum", intEnumType);
  m.dict.set("EnumMeta", enumMeta);
  m.dict.set("EnumType", enumMeta);
  m.dict.set("auto", autoType);
  fnOf(m)("unique", (a) => {
    const cls = enumClass(a[0]);
    finalizeType(cls);
    const d = cls.dict.get("__members__") as PyDict;
    const dups = [...d.map.values()]
      .filter(([k, v]) => (v as PyInstance).dict.get("_name_") !== k)
      .map(([k, v]) => `${k} -> ${(v as PyInstance).dict.get("_name_")}`);
    if (dups.length) throw valueError(`duplicate values found in ${repr(cls)}: ${dups.join(", ")}`);
    return cls;
  });
  return m;
}
