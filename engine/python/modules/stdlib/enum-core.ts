// The enum module's core: Enum and its native metaclass (PyType.meta), which turns a finished class body into members
// at the class's first use: members in definition order, aliases for repeated values, Color(1) and Color['RED']
// lookups, iteration, len, `in`, and CPython 3.11's reprs (<Color.RED: 1>, <enum 'Color'>). The int-derived enums
// (enum-int.ts) and flags (enum-flag.ts) plug in through a Flavour.
import {
  PyType,
  PyInstance,
  PyDict,
  PyTuple,
  PyProperty,
  PyFunction,
  PyStaticMethod,
  PyClassMethod,
  PyBuiltin,
  PyMethodDescr,
  KW,
  typeVersion,
  type TypeMeta,
} from "../../objects/core";
import { objectType, typeType, typeName } from "../../objects/types";
import { repr, str, binop, keyOf, eq, call, finalizeType } from "../../objects/ops";
import { def, dictSet } from "../../objects/methods";
import { typeError, valueError, exc, KeyError } from "../../errors";
import { nativeType, lazyIter } from "./util";

export const enumMeta = nativeType("EnumType", [typeType], "enum");
export const autoType = nativeType("auto", [objectType], "enum");
class Auto {}
(Auto.prototype as any).pyType = autoType;
autoType.ctor = () => new Auto();
def(autoType, "__repr__", () => "auto(_auto_null)");

/** per enum class: its members in order (aliases excluded) */
export const membersOf = new WeakMap<PyType, PyInstance[]>();
export const members = (cls: PyType) => {
  finalizeType(cls);
  return membersOf.get(cls) ?? [];
};
export const valueOf = (m: PyInstance) => m.dict.get("_value_");

/** What a family of enums (IntEnum, Flag) changes in the core: auto()'s values, values that are no member, iteration */
export interface Flavour {
  /** makes a member (or a flag's pseudo-member) */
  make?(cls: PyType, name: string | null, value: any): PyInstance;
  /** auto()'s value after `values` (all values so far, in definition order) */
  auto?(values: any[]): any;
  /** cls(v) for a value no member has (raises, or makes a pseudo-member) */
  missing?(cls: PyType, v: any): any;
  /** whether a member is listed by iteration and len (flags list only their single-bit members) */
  listed?(m: PyInstance): boolean;
  /** the word in the class's repr: <flag 'Perm'> (enum by default) */
  word?: string;
  /** run once the members are made */
  finalized?(cls: PyType, members: PyInstance[]): void;
}
const flavours = new Map<PyType, Flavour>();
export const setFlavour = (t: PyType, f: Flavour) => flavours.set(t, f);
/** the nearest flavour in the class's MRO (the last one set wins: IntFlag's before Flag's) */
export function flavourOf(cls: PyType): Flavour {
  for (const t of cls.mro) {
    const f = flavours.get(t);
    if (f !== undefined) return f;
  }
  return {};
}
/** a new member of cls (or a flag's pseudo-member) */
export function newMember(cls: PyType, name: string | null, value: any): PyInstance {
  const m = new PyInstance(cls);
  m.dict.set("_name_", name);
  m.dict.set("_value_", value);
  return m;
}
/** the receiver of an Enum method, checked (an unbound method can be called with anything) */
export function member(v: any, what: PyType): PyInstance {
  if (!(v instanceof PyInstance) || !v.cls.isSubtype(what) || !v.dict.has("_name_"))
    throw typeError(`descriptor requires a '${what.name}' member but received a '${typeName(v)}'`);
  return v;
}
export function enumClass(v: any): PyType {
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

/** auto()'s value after `values`: the flavour's, or one more than the last number (1 for the first member) */
function autoValue(flavour: Flavour, values: any[]): any {
  if (flavour.auto) return flavour.auto(values);
  for (let i = values.length - 1; i >= 0; i--) {
    try {
      return binop("+", values[i], 1);
    } catch {
      /* not a number: look further back */
    }
  }
  return 1;
}

/**
 * The namespace of an enum's class body (CPython's _EnumDict): auto() takes its value as it is assigned, so the
 * body can use it (WHITE = RED | GREEN | BLUE).
 */
class EnumNamespace extends Map<string, any> {
  private memberValues: any[] = [];
  private flavour: Flavour = {};
  static of(bases: PyType[]): EnumNamespace {
    const ns = new EnumNamespace();
    const base = bases.find((b) => b.meta === META);
    if (base) ns.flavour = flavourOf(base);
    return ns;
  }
  set(k: string, v0: any): this {
    const v = v0 instanceof Auto ? autoValue(this.flavour, this.memberValues) : v0;
    if (!k.startsWith("_") && !isDescriptor(v) && !this.has(k)) this.memberValues.push(v);
    return super.set(k, v);
  }
}

function finalize(cls: PyType): void {
  const list: PyInstance[] = [];
  const byName = new PyDict();
  const values: any[] = [];
  const init = cls.lookup("__init__");
  const flavour = flavourOf(cls);
  for (const [k, v0] of [...cls.dict]) {
    if (k.startsWith("_") || isDescriptor(v0)) continue;
    const v = v0 instanceof Auto ? autoValue(flavour, values) : v0;
    values.push(v);
    const alias = list.find((m) => eq(valueOf(m), v));
    if (alias) {
      cls.dict.set(k, alias);
      dictSet(byName, k, alias);
      continue;
    }
    const m = (flavour.make ?? newMember)(cls, k, v);
    if (init instanceof PyFunction) call(init, [m, ...(v instanceof PyTuple ? v.items : [v])], null);
    cls.dict.set(k, m);
    dictSet(byName, k, m);
    list.push(m);
  }
  cls.dict.set("__members__", byName);
  flavour.finalized?.(cls, list);
  membersOf.set(cls, flavour.listed ? list.filter(flavour.listed) : list);
  typeVersion.v++;
}
function lookupValue(cls: PyType, args: any[], kw: KW): any {
  if (args.length !== 1 || (kw && kw.size))
    throw typeError(
      `${cls.name}() takes exactly one argument: the value of a member (the functional API Enum('Name', ...) is not supported)`,
    );
  const v = args[0];
  if (v instanceof PyInstance && v.cls === cls) return v;
  finalizeType(cls);
  let hit: PyInstance | undefined;
  for (const [, m] of (cls.dict.get("__members__") as PyDict).map.values())
    if (eq(valueOf(m), v)) {
      hit = m;
      break;
    }
  if (hit) return hit;
  const missing = flavourOf(cls).missing;
  if (missing) return missing(cls, v);
  throw valueError(`${repr(v)} is not a valid ${cls.qualname ?? cls.name}`);
}
const META: TypeMeta = { type: enumMeta, finalize, call: lookupValue, namespace: EnumNamespace.of };

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
def(enumMeta, "__repr__", (cls: PyType) => `<${flavourOf(enumClass(cls)).word ?? "enum"} '${cls.name}'>`);
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
// members are singletons: copy.copy and copy.deepcopy give the member itself
def(enumType, "__copy__", (m: PyInstance) => member(m, enumType));
def(enumType, "__deepcopy__", (m: PyInstance, _a) => member(m, enumType));
def(enumType, "__format__", (m: PyInstance) => str(member(m, enumType)));
