// Core operations: calling.
import { checkInstantiable } from "../abstract";
import { objectNew } from "../object-new";
import {
  PyType,
  PyList,
  PyDict,
  PyInstance,
  PyExcObj,
  PyFunction,
  PyBuiltin,
  PyMethodDescr,
  PyBoundMethod,
  PyStaticMethod,
  PyClassMethod,
  PyModule,
  PySuper,
  KW,
  PyFastCall,
} from "../core";
import { typeOf, typeName, listType, dictType, objectType } from "../types";
import { typeError } from "../../errors";
import { bindAttr, finalizeType, getattr, objectInit } from "./attributes";
import { keyOf } from "./hashing";
export function callMethodObj(f: any, self: any, args: any[]): any {
  if (f instanceof PyMethodDescr) return f.fn(self, args, null);
  if (f instanceof PyFunction) return f.code.call(f, [self, ...args], null);
  return call(bindAttr(f, self), args, null);
}

export function call(f: any, args: any[], kw: KW): any {
  if (f instanceof PyFunction) return f.code.call(f, args, kw);
  if (f instanceof PyBuiltin) return f.fn(args, kw);
  if (f instanceof PyFastCall) return f.fn(args, kw);
  if (f instanceof PyBoundMethod) {
    const fn = f.fn;
    if (fn instanceof PyMethodDescr) return fn.fn(f.self, args, kw);
    if (fn instanceof PyFunction) {
      const a = new Array(args.length + 1);
      a[0] = f.self;
      for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
      return fn.code.call(fn, a, kw);
    }
    return call(fn, [f.self, ...args], kw);
  }
  if (f instanceof PyType) return callType(f, args, kw);
  if (f instanceof PyMethodDescr) {
    if (args.length === 0) throw typeError(`unbound method ${f.name}() needs an argument`);
    const owner = f.ownerType;
    if (owner && !typeOf(args[0]).mro.includes(owner))
      throw typeError(
        `descriptor '${f.name}' for '${owner.tpName ?? owner.name}' objects doesn't apply to a '${typeName(args[0])}' object`,
      );
    return f.fn(args[0], args.slice(1), kw);
  }
  if (f instanceof PyStaticMethod || f instanceof PyClassMethod) return call(f.fn, args, kw);
  const t = typeOf(f);
  const c = t.lookup("__call__");
  if (c !== undefined) {
    if (c instanceof PyMethodDescr) return c.fn(f, args, kw);
    return call(c, [f, ...args], kw);
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not callable`);
}

/**
 * An instance of a class deriving from dict or list (`class Config(dict)`): the builtin object itself, so every
 * builtin accepts it, typed as the subclass (own pyType), with `__sub` marking it and `attrs` its instance
 * attributes. Methods the subclass defines are found through its MRO; the dunders it overrides that the fast
 * paths would bypass are checked with subOverride (repr, str, getitem, setitem) or wired here (__missing__).
 */
function newBuiltinSubclass(cls: PyType, base: PyType): any {
  const o: any = base === dictType ? new PyDict() : new PyList([]);
  o.pyType = cls;
  o.__sub = true;
  o.attrs = new Map<string, any>();
  const missing = cls.lookup("__missing__");
  if (base === dictType && missing !== undefined) o.missing = (k: any) => callMethodObj(missing, o, [k]);
  return o;
}
/** the method `name` as the builtin subclass of `o` overrides it (a class above the builtin base defines it) */
export function subOverride(o: any, name: string): any {
  for (const c of (o.pyType as PyType).mro) {
    if (c.builtin) return undefined;
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
/** obj.__dict__ / vars(obj): a dict of the instance's attributes; item assignment and update() write through */
export function attrDict(owner: Map<string, any>, hidden: Set<string> | null = null): PyDict {
  const d: any = new PyDict();
  for (const [k, v] of owner) if (hidden === null || !hidden.has(k)) d.map.set(keyOf(k), [k, v]);
  d.__sub = true;
  d.attrOwner = owner;
  return d;
}

export function callType(cls: PyType, args: any[], kw: KW): any {
  if (cls.meta !== null) {
    finalizeType(cls);
    return cls.meta.call(cls, args, kw);
  }
  if (cls.builtin) {
    if (cls.ctor) return cls.ctor(cls, args, kw);
    for (const t of cls.mro) if (t.ctor) return t.ctor(cls, args, kw);
    throw typeError(`cannot create '${cls.name}' instances`);
  }
  if (cls.abstractChecked) checkInstantiable(cls);
  let obj: any;
  let base: PyType | null = null;
  for (const t of cls.mro)
    if (t.builtin && t.ctor) {
      base = t;
      break;
    }
  if (base === null || base === objectType) obj = new PyInstance(cls);
  else if (cls.isException) obj = new PyExcObj(cls, args);
  else if (base === dictType || base === listType) obj = newBuiltinSubclass(cls, base);
  else if (base.heap) obj = base.ctor!(cls, args, kw);
  else throw typeError(`subclassing builtin type '${base.name}' is not supported`);
  const nw = cls.lookup("__new__");
  if ((nw instanceof PyStaticMethod && nw !== objectNew) || nw instanceof PyFunction) {
    obj = call(nw instanceof PyStaticMethod ? nw.fn : nw, [cls, ...args], kw);
    if (!(obj instanceof PyInstance) || !obj.cls.isSubtype(cls)) return obj;
  }
  const init = cls.lookup("__init__");
  if (init instanceof PyFunction) {
    const r = init.code.call(init, [obj, ...args], kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init instanceof PyMethodDescr && init !== objectInit) {
    init.fn(obj, args, kw);
  } else if ((args.length || (kw && kw.size)) && base === objectType) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

export function callMethod(o: any, name: string, args: any[], kw: KW): any {
  if (o instanceof PyModule) {
    // module function call (np.dot(...)): same as call(getattr(o, name), ...) for builtins, without the detours
    const v = o.dict.get(name);
    if (v instanceof PyBuiltin || v instanceof PyFastCall) return v.fn(args, kw);
  }
  if (!(o instanceof PyInstance && o.dict.has(name)) && !(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper)) {
    const t = typeOf(o);
    const a = t.lookup(name);
    if (a instanceof PyMethodDescr) return a.fn(o, args, kw);
    if (a instanceof PyFunction) {
      const full = new Array(args.length + 1);
      full[0] = o;
      for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
      return a.code.call(a, full, kw);
    }
  }
  return call(getattr(o, name), args, kw);
}
