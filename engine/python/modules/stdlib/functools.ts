// The functools module: reduce, partial, lru_cache / cache (with cache_info and cache_clear), wraps,
// update_wrapper, cmp_to_key, total_ordering and cached_property, with CPython's reprs and messages.
import {
  PyModule,
  PyBuiltin,
  PyType,
  PyTuple,
  PyDict,
  PyFunction,
  PyProperty,
  PyMethodDescr,
  PyInstance,
  KW,
  NotImplemented,
  typeVersion,
} from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { call, getIter, keyOf, repr, truthy, compare, getattr, setattr, toIndex, callMethodObj, hexId } from "../../objects/ops";
import { def, dictSet } from "../../objects/methods";
import { chargeExtend, BYTES } from "../../charge";
import { typeError, valueError } from "../../errors";
import { fnOf, nativeType, arg } from "./util";

// ---------------------------------------------------------------- partial
const partialType = nativeType("partial", [objectType], "functools");
class PyPartial {
  constructor(
    public func: any,
    public args: any[],
    public kw: Map<string, any>,
  ) {}
}
(PyPartial.prototype as any).pyType = partialType;
partialType.ctor = (_c, a, kw) => {
  if (!a.length) throw typeError("type 'partial' takes at least one argument");
  let [f, ...pre] = a;
  let k = new Map(kw ?? []);
  if (f instanceof PyPartial) {
    pre = [...f.args, ...pre];
    k = new Map([...f.kw, ...k]);
    f = f.func;
  }
  if (!callable(f)) throw typeError("the first argument must be callable");
  return new PyPartial(f, pre, k);
};
const callable = (f: any) =>
  f instanceof PyFunction ||
  f instanceof PyBuiltin ||
  f instanceof PyType ||
  (typeof f === "object" && f !== null && !!typeOfAny(f).lookup("__call__"));
import { typeOf as typeOfAny } from "../../objects/types";
def(partialType, "__call__", (p: PyPartial, a, kw) => {
  let k: KW = p.kw.size ? p.kw : null;
  if (kw && kw.size) {
    k = new Map(p.kw);
    for (const [x, y] of kw) k.set(x, y);
  }
  return call(p.func, [...p.args, ...a], k);
});
partialType.dict.set("func", new PyProperty((p: PyPartial) => p.func, null, true));
partialType.dict.set("args", new PyProperty((p: PyPartial) => new PyTuple(p.args), null, true));
partialType.dict.set(
  "keywords",
  new PyProperty(
    (p: PyPartial) => {
      const d = new PyDict();
      for (const [k, v] of p.kw) dictSet(d, k, v);
      return d;
    },
    null,
    true,
  ),
);
def(
  partialType,
  "__repr__",
  (p: PyPartial) => `functools.partial(${[repr(p.func), ...p.args.map(repr), ...[...p.kw].map(([k, v]) => `${k}=${repr(v)}`)].join(", ")})`,
);

// ---------------------------------------------------------------- lru_cache
let cacheInfoType: PyType | null = null;
const lruType = nativeType("_lru_cache_wrapper", [objectType], "functools");
class PyLru {
  /** bound like a function when stored on a class (ops.bindAttr), as CPython's wrapper is a descriptor */
  readonly bindable = true;
  cache = new Map<any, any>();
  hits = 0;
  misses = 0;
  constructor(
    public func: any,
    public maxsize: number | null,
    public typed: boolean,
  ) {}
}
(PyLru.prototype as any).pyType = lruType;
def(lruType, "__call__", (w: PyLru, a, kw) => {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, a, kw);
  }
  const parts = a.slice();
  if (kw && kw.size) {
    parts.push(KW_MARK);
    for (const [k, v] of kw) parts.push(k, v);
  }
  if (w.typed) for (const x of [...parts]) parts.push(typeName(x));
  const key = parts.length === 1 && (typeof parts[0] === "number" || typeof parts[0] === "string") ? parts[0] : keyOf(new PyTuple(parts));
  if (w.cache.has(key)) {
    w.hits++;
    const v = w.cache.get(key);
    if (w.maxsize !== null) {
      w.cache.delete(key);
      w.cache.set(key, v);
    }
    return v;
  }
  w.misses++;
  const v = call(w.func, a, kw);
  if (!w.cache.has(key)) {
    w.cache.set(key, v);
    chargeExtend(w.cache.size, 1, BYTES.dictEntry);
    if (w.maxsize !== null && w.cache.size > w.maxsize) w.cache.delete(w.cache.keys().next().value);
  }
  return v;
});
const KW_MARK = "\u0001kwmark";
def(lruType, "cache_info", (w: PyLru) => call(cacheInfo(), [w.hits, w.misses, w.maxsize, w.cache.size], null));
def(lruType, "cache_clear", (w: PyLru) => {
  w.cache.clear();
  w.hits = w.misses = 0;
  return null;
});
lruType.dict.set("__wrapped__", new PyProperty((w: PyLru) => w.func, null, true));
lruType.dict.set("__name__", new PyProperty((w: PyLru) => getattr(w.func, "__name__"), null, true));
lruType.dict.set("__qualname__", new PyProperty((w: PyLru) => getattr(w.func, "__qualname__"), null, true));
lruType.dict.set("__doc__", new PyProperty((w: PyLru) => getattr(w.func, "__doc__"), null, true));
def(lruType, "__repr__", (w: PyLru) => `<functools._lru_cache_wrapper object at ${hexId(w)}>`);
function cacheInfo(): PyType {
  if (!cacheInfoType)
    cacheInfoType = call(namedtupleFn(), ["CacheInfo", "hits misses maxsize currsize"], new Map([["module", "functools"]])) as PyType;
  return cacheInfoType;
}
import { makeCollections } from "./collections";
const namedtupleFn = () => makeCollections().dict.get("namedtuple");

function lruCache(a: any[], kw: KW): any {
  const first = arg("lru_cache", a, kw, 0, "maxsize", 128);
  const typed = truthy(arg("lru_cache", a, kw, 1, "typed", false));
  if (first instanceof PyFunction || first instanceof PyBuiltin || first instanceof PyPartial) return new PyLru(first, 128, typed);
  if (first !== null && typeof first !== "number" && typeof first !== "boolean")
    throw typeError("Expected first argument to be an integer, a callable, or None");
  const maxsize = first === null ? null : Math.max(0, toIndex(first));
  return new PyBuiltin("decorating_function", (b) => new PyLru(b[0], maxsize, typed));
}

// ---------------------------------------------------------------- wraps / update_wrapper
const ASSIGNED = ["__module__", "__name__", "__qualname__", "__doc__"];
function updateWrapper(wrapper: any, wrapped: any): any {
  if (wrapper instanceof PyFunction) {
    const name = attrOr(wrapped, "__name__"),
      qual = attrOr(wrapped, "__qualname__");
    if (typeof name === "string") wrapper.name = name;
    if (typeof qual === "string") wrapper.qualname = qual;
    if (!wrapper.dict) wrapper.dict = new Map();
    const doc = attrOr(wrapped, "__doc__");
    if (doc !== undefined) wrapper.code = Object.assign(Object.create(Object.getPrototypeOf(wrapper.code)), wrapper.code, { doc });
    if (wrapped instanceof PyFunction && wrapped.dict) for (const [k, v] of wrapped.dict) if (!wrapper.dict.has(k)) wrapper.dict.set(k, v);
    wrapper.dict.set("__wrapped__", wrapped);
    return wrapper;
  }
  for (const n of ASSIGNED) {
    const v = attrOr(wrapped, n);
    if (v !== undefined)
      try {
        setattr(wrapper, n, v);
      } catch {
        /* read-only on this wrapper, as CPython skips missing ones */
      }
  }
  try {
    setattr(wrapper, "__wrapped__", wrapped);
  } catch {
    /* wrappers without a __dict__ */
  }
  return wrapper;
}
function attrOr(o: any, name: string): any {
  try {
    return getattr(o, name);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- cmp_to_key
const keyType = nativeType("KeyWrapper", [objectType], "functools");
class PyCmpKey {
  constructor(
    public obj: any,
    public cmp: any,
  ) {}
}
(PyCmpKey.prototype as any).pyType = keyType;
keyType.dict.set("__hash__", null);
for (const [name, op] of [
  ["__lt__", "<"],
  ["__gt__", ">"],
  ["__le__", "<="],
  ["__ge__", ">="],
  ["__eq__", "=="],
] as const)
  def(keyType, name, (k: PyCmpKey, a) => {
    if (!(a[0] instanceof PyCmpKey)) throw typeError("other argument must be K instance");
    return compare(op, call(k.cmp, [k.obj, a[0].obj], null), 0);
  });
keyType.dict.set("obj", new PyProperty((k: PyCmpKey) => k.obj, null, true));

// ---------------------------------------------------------------- total_ordering
type Derive = (self: any, other: any, root: (x: any, y: any) => any) => any;
const not = (r: any) => (r === NotImplemented ? r : !truthy(r));
const eqOf = (a: any, b: any) => truthy(compare("==", a, b));
const DERIVED: Record<string, Record<string, Derive>> = {
  __lt__: {
    __gt__: (a, b, lt) => {
      const r = lt(a, b);
      return r === NotImplemented ? r : !truthy(r) && !eqOf(a, b);
    },
    __le__: (a, b, lt) => {
      const r = lt(a, b);
      return r === NotImplemented ? r : truthy(r) || eqOf(a, b);
    },
    __ge__: (a, b, lt) => not(lt(a, b)),
  },
  __le__: {
    __ge__: (a, b, le) => {
      const r = le(a, b);
      return r === NotImplemented ? r : !truthy(r) || eqOf(a, b);
    },
    __lt__: (a, b, le) => {
      const r = le(a, b);
      return r === NotImplemented ? r : truthy(r) && !eqOf(a, b);
    },
    __gt__: (a, b, le) => not(le(a, b)),
  },
  __gt__: {
    __lt__: (a, b, gt) => {
      const r = gt(a, b);
      return r === NotImplemented ? r : !truthy(r) && !eqOf(a, b);
    },
    __ge__: (a, b, gt) => {
      const r = gt(a, b);
      return r === NotImplemented ? r : truthy(r) || eqOf(a, b);
    },
    __le__: (a, b, gt) => not(gt(a, b)),
  },
  __ge__: {
    __le__: (a, b, ge) => {
      const r = ge(a, b);
      return r === NotImplemented ? r : !truthy(r) || eqOf(a, b);
    },
    __gt__: (a, b, ge) => {
      const r = ge(a, b);
      return r === NotImplemented ? r : truthy(r) && !eqOf(a, b);
    },
    __lt__: (a, b, ge) => not(ge(a, b)),
  },
};
function totalOrdering(a: any[]): any {
  const cls = a[0];
  if (!(cls instanceof PyType)) throw typeError("total_ordering expects a class");
  const defined = (n: string) => {
    for (const t of cls.mro) {
      if (t === objectType) return false;
      if (t.dict.has(n)) return true;
    }
    return false;
  };
  const roots = ["__lt__", "__le__", "__gt__", "__ge__"].filter(defined);
  if (!roots.length) throw valueError("must define at least one ordering operation: < > <= >=");
  const root = roots.sort().reverse()[0];
  const rootFn = cls.lookup(root);
  const callRoot = (x: any, y: any) => callMethodObj(rootFn, x, [y]);
  for (const [name, derive] of Object.entries(DERIVED[root]))
    if (!roots.includes(name)) cls.dict.set(name, new PyMethodDescr(name, (self, args) => derive(self, args[0], callRoot)));
  typeVersion.v++;
  return cls;
}

// ---------------------------------------------------------------- cached_property
function cachedProperty(a: any[]): PyProperty {
  const f = a[0];
  const name = f instanceof PyFunction ? f.name : String(getattr(f, "__name__"));
  return new PyProperty(
    (self: any) => {
      const v = call(f, [self], null);
      if (self instanceof PyInstance) self.dict.set(name, v);
      return v;
    },
    null,
    true,
  );
}

export function makeFunctools(): PyModule {
  const m = new PyModule("functools");
  const fn = fnOf(m);
  fn("reduce", (a) => {
    if (a.length < 2 || a.length > 3)
      throw typeError(`reduce expected at ${a.length < 2 ? "least 2" : "most 3"} arguments, got ${a.length}`);
    const it = getIter(a[1]);
    let acc: any = a.length > 2 ? a[2] : it.next();
    if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
    let x;
    while ((x = it.next()) !== undefined) acc = call(a[0], [acc, x], null);
    return acc;
  });
  m.dict.set("partial", partialType);
  fn("lru_cache", lruCache);
  fn("cache", (a) => new PyLru(a[0], null, false));
  fn("wraps", (a) => {
    const wrapped = a[0];
    return new PyBuiltin("wraps", (b) => updateWrapper(b[0], wrapped));
  });
  fn("update_wrapper", (a, kw) => updateWrapper(arg("update_wrapper", a, kw, 0, "wrapper"), arg("update_wrapper", a, kw, 1, "wrapped")));
  fn("cmp_to_key", (a) => {
    const cmp = a[0];
    return new PyBuiltin("K", (b) => new PyCmpKey(b[0], cmp));
  });
  fn("total_ordering", totalOrdering);
  fn("cached_property", cachedProperty);
  m.dict.set("WRAPPER_ASSIGNMENTS", new PyTuple(ASSIGNED));
  return m;
}
