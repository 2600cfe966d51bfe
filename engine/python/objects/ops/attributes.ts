// Core operations: attributes.
import {
  PyType,
  PyTuple,
  PyList,
  PyDict,
  PyInstance,
  PyExcObj,
  PyFunction,
  PyBuiltin,
  PyMethodDescr,
  PyBoundMethod,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyModule,
  PySuper,
  PySet,
  typeVersion,
} from "../core";
import { typeOf, typeName, typeType } from "../types";
import { typeError, attrError, StopIteration, exc, excTypes } from "../../errors";
import { AttributeError } from "../../errors";
import { attrDict, call, callMethodObj } from "./calls";
import { iterToArray } from "./iteration";
import { truthy } from "./truthiness";
import { tracebackOf } from "../traceback-object";
import { userDescriptors, NO_DESCR, descrGetInstance, descrGetClass, descrStore } from "../descriptors";
export function bindAttr(a: any, self: any): any {
  if (a instanceof PyFunction) return new PyBoundMethod(self, a);
  // native callables that bind like functions when stored on a class (functools.partial, lru_cache wrappers)
  if (a !== null && typeof a === "object" && a.bindable === true) return new PyBoundMethod(self, a);
  if (a instanceof PyMethodDescr) return new PyBoundMethod(self, a);
  if (a instanceof PyProperty) return a.native ? a.fget(self) : call(a.fget, [self], null);
  if (a instanceof PyStaticMethod) return a.fn;
  if (a instanceof PyClassMethod) return new PyBoundMethod(typeOf(self), a.fn);
  return a;
}

const FORBIDDEN = new Set([
  "__subclasses__",
  "__globals__",
  "__code__",
  "__builtins__",
  "__dict__",
  "__closure__",
  "__getattribute__",
  "constructor",
  "__proto__",
  "prototype",
  "__import__",
  "__loader__",
  "__spec__",
  "func_globals",
  "gi_frame",
  "f_globals",
  "__init_subclass__",
  "__reduce__",
  "__reduce_ex__",
]);

export function getattr(o: any, name: string): any {
  if (o instanceof PyInstance) {
    if (userDescriptors.seen) {
      const r = descrGetInstance(o, name);
      if (r !== NO_DESCR) return r;
    }
    const d = o.dict.get(name);
    if (d !== undefined) return d;
    // slot values are kept with the instance's attributes but are not in its __dict__
    if (name === "__dict__" && o.cls.slots === null) return attrDict(o.dict, o.cls.slotMembers);
    const a = o.cls.lookup(name);
    if (a !== undefined) return bindAttr(a, o);
    if (o instanceof PyExcObj) {
      if (name === "args") return new PyTuple(o.args);
      if (name === "__cause__") return o.cause;
      if (name === "__context__") return o.context;
      if (name === "__suppress_context__") return o.suppressContext;
      if (name === "__traceback__") return tracebackOf(o);
      if (name === "value" && o.cls.isSubtype(StopIteration)) return o.args.length ? o.args[0] : null;
    }
    if (name === "__class__") return o.cls;
    const ga = o.cls.lookup("__getattr__");
    if (ga !== undefined) return callMethodObj(ga, o, [name]);
    throw attrErr(o, name);
  }
  if (o instanceof PyType) return typeGetattr(o, name);
  if (o instanceof PyModule) {
    const v = o.dict.get(name);
    if (v !== undefined) return v;
    if (name === "__name__") return o.name;
    o.pending?.(name);
    const found = o.missing?.(name);
    if (found !== undefined) return found;
    throw missingAttr(`module '${o.name}' has no attribute '${name}'`, o, name);
  }
  if (o instanceof PySuper) return superGetattr(o, name);
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a !== undefined) return bindAttr(a, o);
  return specialAttr(o, t, name);
}
function attrErr(o: any, name: string) {
  return missingAttr(`'${typeName(o)}' object has no attribute '${name}'`, o, name);
}
/** an AttributeError that knows its object and name (its "Did you mean" is computed from them when printed) */
function missingAttr(message: string, o: unknown, name: string) {
  const e = attrError(message);
  e.dict.set("name", name);
  e.attrObj = o;
  return e;
}
function specialAttr(o: any, t: PyType, name: string): any {
  if (name === "__class__") return t;
  if (o?.__sub === true && o.attrs !== undefined) {
    const v = o.attrs.get(name);
    if (v !== undefined) return v;
    if (name === "__dict__") return attrDict(o.attrs);
    const ga = t.lookup("__getattr__");
    if (ga !== undefined) return callMethodObj(ga, o, [name]);
  }
  if (o instanceof PyFunction) {
    if (name === "__name__") return o.name;
    if (name === "__qualname__") return o.qualname;
    if (name === "__doc__") return o.code.doc ?? null;
    if (name === "__module__") return "__main__";
    if (name === "__defaults__") return o.defaults.length ? new PyTuple(o.defaults) : null;
    if (o.dict) {
      const v = o.dict.get(name);
      if (v !== undefined) return v;
    }
    if (name === "__annotations__") {
      const d = new PyDict();
      (o.dict ??= new Map()).set(name, d);
      return d;
    }
  }
  if (o instanceof PyBuiltin && name === "__name__") return o.name;
  if (o instanceof PyProperty && !o.native) {
    if (name === "fget") return o.fget;
    if (name === "fset") return o.fset;
    if (name === "fdel") return o.fdel;
    if (name === "__doc__") return o.fget instanceof PyFunction ? (o.fget.code.doc ?? null) : null;
  }
  if (o instanceof PyBoundMethod) {
    if (name === "__self__") return o.self;
    if (name === "__func__") return o.fn;
    if (name === "__name__") return o.fn.name;
    if (name === "__doc__" && o.fn instanceof PyFunction) return o.fn.code.doc ?? null;
  }
  if (o instanceof PyExcObj && name === "args") return new PyTuple(o.args);
  if (name === "__doc__") return null;
  throw attrErr(o, name);
}
/** runs a native metaclass's finalize on a class once its body is complete (at its first use) */
export function finalizeType(t: PyType): void {
  if (t.meta !== null && !t.finalized) {
    t.finalized = true;
    t.meta.finalize(t);
  }
}
function typeGetattr(t: PyType, name: string): any {
  if (t.meta !== null && !t.finalized) finalizeType(t);
  // type's own data descriptor comes before the class's attributes (np.ufunc's __name__ property is its instances')
  if (name === "__name__") return t.name;
  if (!FORBIDDEN.has(name)) {
    const a = t.lookup(name);
    if (a !== undefined) {
      if (userDescriptors.seen) {
        const r = descrGetClass(t, a);
        if (r !== NO_DESCR) return r;
      }
      if (a instanceof PyClassMethod) return new PyBoundMethod(t, a.fn);
      if (a instanceof PyStaticMethod) return a.fn;
      if (a instanceof PyProperty && a.native) return a;
      return a;
    }
  }
  switch (name) {
    case "__name__":
      return t.name;
    case "__dict__":
      // vars(cls) too: refused plainly rather than as a missing attribute
      throw exc(excTypes.get("NotImplementedError")!, "a class's __dict__ (a mappingproxy) is not available in this engine");
    case "__qualname__":
      return t.qualname ?? t.name;
    case "__module__":
      return t.module;
    case "__doc__":
      return null;
    case "__class__":
      return typeType;
    case "__bases__":
      return new PyTuple(t.bases.slice());
    case "__base__":
      return t.bases[0] ?? null;
    case "__abstractmethods__":
      if (t.abstractChecked) {
        const names = new PySet(true);
        for (const n of t.abstractMethods) names.map.set(n, n);
        return names;
      }
      break;
    case "__mro__":
      return new PyTuple(t.mro.slice());
    case "mro":
      return new PyBuiltin("mro", (args) => {
        if (args.length) throw typeError(`type.mro() takes no arguments (${args.length} given)`);
        return new PyList(t.mro.slice());
      });
  }
  throw missingAttr(`type object '${t.tpName ?? t.name}' has no attribute '${name}'`, t, name);
}
function superGetattr(s: PySuper, name: string): any {
  const mro = typeOf(s.self) instanceof PyType && s.self instanceof PyType ? s.self.mro : typeOf(s.self).mro;
  const i = mro.indexOf(s.cls);
  for (let j = i + 1; j < mro.length; j++) {
    const a = mro[j].dict.get(name);
    if (a !== undefined) {
      if (s.self instanceof PyType)
        return a instanceof PyClassMethod ? new PyBoundMethod(s.self, a.fn) : a instanceof PyStaticMethod ? a.fn : a;
      return bindAttr(a, s.self);
    }
  }
  if (name === "__init__") return new PyBoundMethod(s.self, objectInit);
  if (name === "__init_subclass__")
    // object.__init_subclass__: the end of a chain of cooperative hooks, which takes nothing more
    return new PyBuiltin("__init_subclass__", (args, kw) => {
      const owner = s.self instanceof PyType ? s.self.name : typeName(s.self);
      if (kw?.size) throw typeError(`${owner}.__init_subclass__() takes no keyword arguments`);
      if (args.length) throw typeError(`${owner}.__init_subclass__() takes no arguments (${args.length} given)`);
      return null;
    });
  throw attrError(`'super' object has no attribute '${name}'`);
}
export const objectInit = new PyMethodDescr("__init__", () => null);

const SET_FORBIDDEN = new Set([...FORBIDDEN, "__bases__", "__base__", "__mro__", "__class__", "__dict__", "__name__", "__qualname__"]);
export function setattr(o: any, name: string, v: any): void {
  if (o instanceof PyInstance || o?.__sub === true) {
    // the class's own __setattr__ (a Python method, or a frozen dataclass's native one) decides
    const hook = typeOf(o).lookup("__setattr__");
    if (hook !== undefined && hook !== objectSetattr) {
      callMethodObj(hook, o, [name, v]);
      return;
    }
  }
  genericSetattr(o, name, v);
}
/** object.__setattr__: stores past any __setattr__ the class defines */
export function genericSetattr(o: any, name: string, v: any): void {
  if (o instanceof PyInstance) {
    if (userDescriptors.seen && descrStore(o, name, "__set__", [v])) return;
    const a = o.cls.lookup(name);
    if (a instanceof PyProperty) {
      if (a.fset === null) throw attrError(`property '${name}' of '${o.cls.name}' object has no setter`);
      if (a.native) a.fset(o, v);
      else call(a.fset, [o, v], null);
      return;
    }
    if (o instanceof PyExcObj && name === "args") {
      o.args = iterToArray(v);
      return;
    }
    if (o instanceof PyExcObj && name === "__cause__") {
      o.cause = v;
      o.suppressContext = true;
      return;
    }
    if (o instanceof PyExcObj && name === "__suppress_context__") {
      o.suppressContext = truthy(v);
      return;
    }
    const slots = o.cls.slots;
    if (slots !== null && !slots.has(name)) {
      if (a !== undefined) throw attrError(`'${o.cls.name}' object attribute '${name}' is read-only`);
      throw attrErr(o, name);
    }
    o.dict.set(name, v);
    return;
  }
  if (o instanceof PyType && (!o.builtin || o.heap)) {
    if (SET_FORBIDDEN.has(name)) throw attrError(`cannot set '${name}'`);
    o.dict.set(name, v);
    typeVersion.v++;
    return;
  }
  if (o instanceof PyFunction) {
    if (!o.dict) o.dict = new Map();
    if (SET_FORBIDDEN.has(name)) throw attrError(`cannot set '${name}'`);
    o.dict.set(name, v);
    return;
  }
  if (o instanceof PyModule) {
    o.dict.set(name, v);
    return;
  }
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a instanceof PyProperty && a.fset) {
    if (a.native) a.fset(o, v);
    else call(a.fset, [o, v], null);
    return;
  }
  if (o?.__sub === true && o.attrs !== undefined) {
    o.attrs.set(name, v);
    return;
  }
  if (o instanceof PyType) throw typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
  if (a !== undefined) throw attrError(`'${t.tpName ?? t.name}' object attribute '${name}' is read-only`);
  throw attrError(`'${t.tpName ?? t.name}' object has no attribute '${name}'`);
}
export function delattr(o: any, name: string): void {
  if (o instanceof PyInstance) {
    const hook = o.cls.lookup("__delattr__");
    if (hook !== undefined && hook !== objectDelattr) {
      callMethodObj(hook, o, [name]);
      return;
    }
  }
  genericDelattr(o, name);
}
function genericDelattr(o: any, name: string): void {
  if (userDescriptors.seen && o instanceof PyInstance && descrStore(o, name, "__delete__", [])) return;
  const a = o instanceof PyInstance ? o.cls.lookup(name) : undefined;
  if (a instanceof PyProperty && !a.native) {
    if (a.fdel === null) throw attrError(`property '${name}' of '${o.cls.name}' object has no deleter`);
    call(a.fdel, [o], null);
    return;
  }
  if (o instanceof PyInstance || o instanceof PyModule || (o instanceof PyType && !o.builtin)) {
    const d = (o as any).dict as Map<string, any>;
    if (!d.delete(name)) throw attrErr(o, name);
    if (o instanceof PyType) typeVersion.v++;
    return;
  }
  throw attrErr(o, name);
}
function attrName(args: any[], n: number): string {
  if (args.length !== n)
    // CPython's wording differs by one leading space between the two slot wrappers
    throw typeError(n === 2 ? ` expected 2 arguments, got ${args.length}` : `expected 1 argument, got ${args.length}`);
  if (typeof args[0] !== "string") throw typeError(`attribute name must be string, not '${typeName(args[0])}'`);
  return args[0];
}
export const objectSetattr = new PyMethodDescr("__setattr__", (self, a) => {
  genericSetattr(self, attrName(a, 2), a[1]);
  return null;
});
export const objectDelattr = new PyMethodDescr("__delattr__", (self, a) => {
  genericDelattr(self, attrName(a, 1));
  return null;
});
export function hasattr(o: any, name: string): boolean {
  try {
    getattr(o, name);
    return true;
  } catch (e) {
    if (e instanceof PyExcObj && e.cls.isSubtype(excAttr())) return false;
    throw e;
  }
}
const excAttr = () => AttributeError;
