// What a class statement's keywords do (`class A(Base, metaclass=ABCMeta)`, `class B(Plugin, name="x")`): the
// metaclass, of which this engine has type and abc.ABCMeta, and the rest passed to the nearest base's
// __init_subclass__ (a classmethod, implicitly), as CPython's type.__new__ does.
import { PyClassMethod, PyFunction, type KW, type PyType } from "../objects/core";
import { typeOf, typeType } from "../objects/types";
import { call } from "../objects/ops";
import { abcMetaType } from "../objects/abstract";
import { exc, excTypes, typeError } from "../errors";

/** `metaclass=` taken out of `keywords`; the metaclass the class gets, explicitly or from its bases */
export function classMetaclass(keywords: Map<string, any>, bases: PyType[]): PyType | null {
  const explicit = keywords.get("metaclass");
  keywords.delete("metaclass");
  if (explicit !== undefined && explicit !== typeType && explicit !== abcMetaType) {
    const name = explicit && typeof explicit === "object" && "name" in explicit ? explicit.name : typeOf(explicit).name;
    throw exc(excTypes.get("NotImplementedError")!, `metaclass=${name} is not supported by this engine (only type and abc.ABCMeta)`);
  }
  if (explicit === abcMetaType || bases.some((b) => typeOf(b) === abcMetaType)) return abcMetaType;
  return null;
}

export function applyMetaclass(t: PyType, meta: PyType | null): void {
  if (meta !== abcMetaType) return;
  t.abstractChecked = true;
  (t as { pyType?: PyType }).pyType = abcMetaType;
}

/** a function named __init_subclass__ in a class body is a classmethod */
export function classBodyValue(name: string, v: any): any {
  return name === "__init_subclass__" && v instanceof PyFunction ? new PyClassMethod(v) : v;
}

/** super(t, t).__init_subclass__(**keywords) */
export function initSubclass(t: PyType, keywords: Map<string, any>): void {
  for (const b of t.mro.slice(1)) {
    const hook = b.dict.get("__init_subclass__");
    if (hook instanceof PyClassMethod) {
      call(hook.fn, [t], (keywords.size ? keywords : null) as KW);
      return;
    }
  }
  if (keywords.size) throw typeError(`${t.name}.__init_subclass__() takes no keyword arguments`);
}
