// Core operations: repr / str.
import {
  PyType,
  PyFloat,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyRange,
  PySlice,
  PyInstance,
  PyExcObj,
  PyFunction,
  PyBuiltin,
  PyMethodDescr,
  PyBoundMethod,
  PyProperty,
  PyModule,
  PyIterator,
  PyGenerator,
  PyEllipsisT,
  PyNotImplementedT,
  PyBytes,
  Cell,
} from "../core";
import { typeOf, typeName } from "../types";
import { typeError, valueError, KeyError } from "../../errors";
import { floatRepr } from "../num";
import { chargeTally, chargeString } from "../../charge";
import { callMethodObj, subOverride } from "./calls";
import { hexId } from "./identity";
import { setItems } from "./iteration";
const reprActive = new Set<any>();
const PLAIN = /^[^'"\\\x00-\x1f\x7f-\x9f]*$/;
export function strRepr(s: string): string {
  if (PLAIN.test(s)) {
    chargeString(s.length);
    return "'" + s + "'";
  }
  chargeString(s.length, 200);
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (c === q || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code >= 0x80 && code < 0xa0) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += c;
  }
  return out + q;
}

/** CPython 3.11's limit on int ↔ decimal string conversion (sys.int_info.default_max_str_digits): also keeps a
 *  learner from spending seconds converting a huge number */
export const INT_MAX_STR_DIGITS = 4300;
const LOG10_2 = Math.log10(2);
export function bigintToDecimal(v: bigint): string {
  // bits from the hex form (linear time) bound the decimal digit count before the costly conversion
  const hexDigits = (v < 0n ? -v : v).toString(16).length;
  if ((hexDigits - 1) * 4 * LOG10_2 >= INT_MAX_STR_DIGITS) throw intStrLimitError();
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) throw intStrLimitError();
  return s;
}
export function intStrLimitError(digits?: number) {
  return valueError(
    `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion${digits === undefined ? "" : `: value has ${digits} digits`}; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

export function repr(v: any): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return bigintToDecimal(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === null) return "None";
  if (v instanceof PyFloat) return floatRepr(v.v);
  // natively made container types (Counter, namedtuple, …) have their own repr; subclasses defined in Python (`class C(dict)`) print as their base unless they override __repr__
  if (
    (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) &&
    (!Object.hasOwn(v, "pyType") || (v as any).__sub === true)
  ) {
    if ((v as any).__sub === true) {
      const r = subOverride(v, "__repr__");
      if (r !== undefined) return asStr(callMethodObj(r, v, []), "__repr__");
    }
    if (reprActive.has(v)) return v instanceof PyList ? "[...]" : v instanceof PyDict ? "{...}" : "(...)";
    reprActive.add(v);
    try {
      chargeTally(v instanceof PyList || v instanceof PyTuple ? v.items.length : v.map.size);
      if (v instanceof PyList) return "[" + v.items.map(repr).join(", ") + "]";
      if (v instanceof PyTuple) return v.items.length === 1 ? "(" + repr(v.items[0]) + ",)" : "(" + v.items.map(repr).join(", ") + ")";
      if (v instanceof PyDict) {
        const parts: string[] = [];
        for (const [k, val] of v.map.values()) parts.push(repr(k) + ": " + repr(val));
        return "{" + parts.join(", ") + "}";
      }
      const items = setItems(v).map(repr);
      if (v.frozen) return items.length ? "frozenset({" + items.join(", ") + "})" : "frozenset()";
      return items.length ? "{" + items.join(", ") + "}" : "set()";
    } finally {
      reprActive.delete(v);
    }
  }
  if (v instanceof PyInstance) {
    const r = v.cls.lookup("__repr__");
    if (r !== undefined && !(r instanceof PyMethodDescr && r === objectReprDescr)) return asStr(callMethodObj(r, v, []), "__repr__");
    if (v instanceof PyExcObj) return excRepr(v);
    return `<${v.cls.module === "builtins" ? "" : v.cls.module + "."}${v.cls.name} object at ${hexId(v)}>`;
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyType && v.meta === null) return `<class '${v.module === "builtins" ? "" : v.module + "."}${v.qualname ?? v.name}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${hexId(v)}>`;
  if (v instanceof PyBuiltin)
    return v.self !== undefined
      ? `<built-in method ${v.name} of ${typeName(v.self)} object at ${hexId(v.self)}>`
      : `<built-in function ${v.name}>`;
  if (v instanceof PyMethodDescr)
    return v.slotOf ? `<slot wrapper '${v.name}' of '${v.slotOf.name}' objects>` : `<method '${v.name}' objects>`;
  if (v instanceof PyBoundMethod) {
    const fn = v.fn;
    if (fn instanceof PyMethodDescr && fn.slotOf) return `<method-wrapper '${fn.name}' of ${typeName(v.self)} object at ${hexId(v.self)}>`;
    if (fn instanceof PyMethodDescr) return `<built-in method ${fn.name} of ${typeName(v.self)} object at ${hexId(v.self)}>`;
    return `<bound method ${fn.qualname ?? fn.name} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'${v.dict.has("__file__") ? "" : " (built-in)"}>`;
  if (v instanceof PyEllipsisT) return "Ellipsis";
  if (v instanceof PyNotImplementedT) return "NotImplemented";
  if (v instanceof PyBytes) return "b" + strRepr(v.s);
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${hexId(v)}>`;
  if (v instanceof PyIterator) return `<${v.kind} object at ${hexId(v)}>`;
  if (v instanceof PyProperty) return `<property object at ${hexId(v)}>`;
  if (v instanceof Cell) return `<cell at ${hexId(v)}>`;
  const t = typeOf(v);
  const r = t.lookup("__repr__");
  if (r !== undefined) return asStr(callMethodObj(r, v, []), "__repr__");
  return `<${t.tpName ?? t.name} object at ${hexId(v)}>`;
}
function asStr(r: any, what: string): string {
  if (typeof r !== "string") throw typeError(`${what} returned non-string (type ${typeName(r)})`);
  return r;
}
function excRepr(e: PyExcObj): string {
  const a = e.args;
  return `${e.cls.name}(${a.length === 1 ? repr(a[0]) : a.map(repr).join(", ")})`;
}
export function str(v: any): string {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance) {
    const s = v.cls.lookup("__str__");
    if (s !== undefined && s !== objectStrDescr) return asStr(callMethodObj(s, v, []), "__str__");
    if (v instanceof PyExcObj) {
      if (v.cls.isSubtype(KeyError) && v.args.length === 1) return repr(v.args[0]);
      return v.args.length === 0 ? "" : v.args.length === 1 ? str(v.args[0]) : repr(new PyTuple(v.args));
    }
    // object.__str__ calls the __repr__ slot unchecked; str() then checks the result as __str__'s
    const r = v.cls.lookup("__repr__");
    if (r !== undefined && r !== objectReprDescr) return asStr(callMethodObj(r, v, []), "__str__");
    return repr(v);
  }
  if (typeof v === "object" && v !== null && !(v instanceof PyFloat)) {
    const t = typeOf(v);
    if (!t.builtin || t.module !== "builtins") {
      const s = t.lookup("__str__");
      if (s !== undefined) return asStr(callMethodObj(s, v, []), "__str__");
    }
  }
  return repr(v);
}
export const objectReprDescr = new PyMethodDescr("__repr__", (self) => `<${typeOf(self).name} object at ${hexId(self)}>`);
export const objectStrDescr = new PyMethodDescr("__str__", (self) => repr(self));
