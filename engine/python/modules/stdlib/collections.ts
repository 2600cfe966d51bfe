// The collections module: Counter, defaultdict, OrderedDict (dicts with their own type and CPython 3.11's reprs),
// deque, namedtuple (a tuple with its own type) and ChainMap.
import { PyModule, PyBuiltin, PyType, PyDict, PyList, PyTuple, PyProperty, PyClassMethod, KW, NotImplemented } from "../../objects/core";
import { dictType, objectType, tupleType, typeOf, typeName } from "../../objects/types";
import {
  call,
  iterToArray,
  getIter,
  keyOf,
  repr,
  toIndex,
  binop,
  truthy,
  compare,
  eq,
  contains,
  getitem,
  setitem,
  len,
} from "../../objects/ops";
import { def, dictSet, dictUpdate, sortItems } from "../../objects/methods";
import { applyCollectionsSignatures } from "./collections-signatures";
import { chargeContainer, chargeExtend, chargeLoop, BYTES } from "../../charge";
import { typeError, valueError, indexError, exc, KeyError, RuntimeError, NotImplementedError } from "../../errors";
import { typeVersion } from "../../objects/core";
import { fnOf, typedDict, nativeType, arg, lazyIter, nativeCopy } from "./util";

const dictRepr = (d: PyDict) => repr(plain(d));
/** a plain dict holding the same entries (for repr and views) */
function plain(d: PyDict): PyDict {
  const r = new PyDict();
  chargeContainer(d.map.size, BYTES.dictEntry);
  for (const [k, e] of d.map) r.map.set(k, [e[0], e[1]]);
  return r;
}
/** a copy of `d` with the same Python type and hooks */
function sameKind(d: PyDict): PyDict {
  const r = plain(d);
  for (const f of ["pyType", "missing", "factory"]) if (Object.hasOwn(d, f)) (r as any)[f] = (d as any)[f];
  return r;
}
/** `d | other` and `d |= other` for the dict subclasses (the result keeps d's type), and fromkeys likewise */
function defMerge(t: PyType): void {
  t.dict.set(
    "fromkeys",
    new PyClassMethod(
      new PyBuiltin("fromkeys", (a) => {
        const d = call(a[0], [], null) as PyDict;
        const v = a.length > 2 ? a[2] : null;
        for (const k of iterToArray(a[1])) dictSet(d, k, v);
        return d;
      }),
    ),
  );
  def(t, "__or__", (d: PyDict, a) => {
    if (!(a[0] instanceof PyDict)) return NotImplemented;
    const r = sameKind(d);
    dictUpdate(r, a[0], null);
    return r;
  });
  def(t, "__ior__", (d: PyDict, a) => {
    dictUpdate(d, a[0], null);
    return d;
  });
  def(t, "copy", (d: PyDict) => sameKind(d));
}

// ---------------------------------------------------------------- defaultdict
const defaultdictType = nativeType("defaultdict", [dictType], "collections");
/** defaultdict's `missing` hook, called as a method of the dict (so copies carrying it stay correct) */
function defaultMissing(this: PyDict, k: any): any {
  const factory = (this as any).factory;
  if (factory === null) throw exc(KeyError, k);
  const v = call(factory, [], null);
  dictSet(this, k, v);
  return v;
}
defaultdictType.ctor = (_c, a, kw) => {
  const d = typedDict(defaultdictType);
  const factory = a.length ? a[0] : null;
  if (factory !== null && typeOf(factory).lookup("__call__") === undefined && !(factory instanceof PyType) && typeof factory !== "object")
    throw typeError("first argument must be callable or None");
  (d as any).factory = factory;
  (d as any).missing = defaultMissing;
  dictUpdate(d, a[1], kw);
  return d;
};
def(defaultdictType, "__repr__", (d: PyDict) => `defaultdict(${repr((d as any).factory)}, ${dictRepr(d)})`);
defaultdictType.dict.set(
  "default_factory",
  new PyProperty(
    (d: PyDict) => (d as any).factory,
    (d: PyDict, v: any) => {
      (d as any).factory = v;
    },
    true,
  ),
);
def(defaultdictType, "__missing__", (d: PyDict, a) => defaultMissing.call(d, a[0]));
defMerge(defaultdictType);

// ---------------------------------------------------------------- Counter
const counterType = nativeType("Counter", [dictType], "collections");
const isCounter = (v: any) => v instanceof PyDict && (v as any).pyType === counterType;
function newCounter(): PyDict {
  const d = typedDict(counterType);
  (d as any).missing = () => 0;
  return d;
}
const countOf = (d: PyDict, k: any) => {
  const e = d.map.get(keyOf(k));
  return e ? e[1] : 0;
};
/** Counter.update / subtract: counts from a mapping are added, an iterable counts its elements */
function counterAdd(d: PyDict, src: any, sign: 1 | -1): void {
  if (src === undefined || src === null) return;
  const op = sign > 0 ? "+" : "-";
  if (src instanceof PyDict) {
    chargeExtend(d.map.size + src.map.size, src.map.size, BYTES.dictEntry);
    for (const [k, e] of src.map) {
      const cur = d.map.get(k);
      if (cur) cur[1] = binop(op, cur[1], e[1]);
      else d.map.set(k, [e[0], sign > 0 ? e[1] : binop("-", 0, e[1])]);
    }
    return;
  }
  const it = getIter(src);
  let x,
    n = 0;
  while ((x = it.next()) !== undefined) {
    const k = keyOf(x);
    const cur = d.map.get(k);
    if (cur) cur[1] = binop(op, cur[1], 1);
    else {
      d.map.set(k, [x, sign]);
      chargeExtend(d.map.size, 1, BYTES.dictEntry);
    }
    if ((++n & 0xfff) === 0) chargeLoop(4096 * 16);
  }
}
counterType.ctor = (_c, a, kw) => {
  if (a.length > 1) throw typeError(`expected at most 1 argument, got ${a.length}`);
  const d = newCounter();
  counterAdd(d, a[0], 1);
  if (kw) for (const [k, v] of kw) dictSet(d, k, binop("+", countOf(d, k), v));
  return d;
};
function byCount(d: PyDict): PyTuple[] {
  const items = [...d.map.values()].map(([k, v]) => new PyTuple([k, v]));
  return sortItems(items, new PyBuiltin("key", (x) => (x[0] as PyTuple).items[1]), true);
}
def(counterType, "update", (d: PyDict, a, kw) => {
  counterAdd(d, a[0], 1);
  if (kw) for (const [k, v] of kw) dictSet(d, k, binop("+", countOf(d, k), v));
  return null;
});
def(counterType, "subtract", (d: PyDict, a, kw) => {
  counterAdd(d, a[0], -1);
  if (kw) for (const [k, v] of kw) dictSet(d, k, binop("-", countOf(d, k), v));
  return null;
});
def(counterType, "most_common", (d: PyDict, a, kw) => {
  const n = arg("most_common", a, kw, 0, "n", null);
  const sorted = byCount(d);
  return new PyList(n === null ? sorted : sorted.slice(0, Math.max(0, toIndex(n))));
});
def(counterType, "elements", (d: PyDict) => {
  const entries = [...d.map.values()];
  return lazyIter("itertools.chain", function* () {
    for (const [k, v] of entries) {
      const n = toIndex(v);
      for (let i = 0; i < n; i++) yield k;
    }
  });
});
def(counterType, "total", (d: PyDict) => {
  let s: any = 0;
  for (const [, v] of d.map.values()) s = binop("+", s, v);
  return s;
});
def(counterType, "copy", (d: PyDict) => {
  const r = newCounter();
  for (const [k, e] of d.map) r.map.set(k, [e[0], e[1]]);
  return r;
});
def(counterType, "__missing__", () => 0);
counterType.dict.set(
  "fromkeys",
  new PyClassMethod(
    new PyBuiltin("fromkeys", () => {
      throw exc(NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    }),
  ),
);
def(counterType, "__delitem__", (d: PyDict, a) => {
  d.map.delete(keyOf(a[0]));
  return null;
});
def(counterType, "__repr__", (d: PyDict) => {
  if (!d.map.size) return "Counter()";
  let items: PyTuple[];
  try {
    items = byCount(d);
  } catch {
    items = [...d.map.values()].map(([k, v]) => new PyTuple([k, v]));
  }
  return `Counter({${items.map((t) => repr(t.items[0]) + ": " + repr(t.items[1])).join(", ")}})`;
});
(counterType as any).dictEq = (a: PyDict, b: PyDict) => {
  for (const e of a.map.values()) if (!eq(e[1], countOf(b, e[0]))) return false;
  for (const [k, e] of b.map) if (!a.map.has(k) && !eq(e[1], 0)) return false;
  return true;
};
const pos = (v: any) => truthy(compare(">", v, 0));
const neg = (v: any) => truthy(compare("<", v, 0));
/** Counter arithmetic: keep positive results; `both` combines counts of keys in self, `onlyOther` keys only in other */
function counterOp(name: string, both: (x: any, y: any) => any, onlyOther: ((y: any) => any) | null): void {
  def(counterType, name, (d: PyDict, a) => {
    const o = a[0];
    if (!isCounter(o)) return NotImplemented;
    const r = newCounter();
    for (const [k, e] of d.map) {
      const v = both(e[1], countOf(o, e[0]));
      if (pos(v)) r.map.set(k, [e[0], v]);
    }
    if (onlyOther)
      for (const [k, e] of (o as PyDict).map)
        if (!d.map.has(k)) {
          const v = onlyOther(e[1]);
          if (pos(v)) r.map.set(k, [e[0], v]);
        }
    return r;
  });
}
counterOp(
  "__add__",
  (x, y) => binop("+", x, y),
  (y) => y,
);
counterOp(
  "__sub__",
  (x, y) => binop("-", x, y),
  (y) => binop("-", 0, y),
);
counterOp(
  "__or__",
  (x, y) => (truthy(compare("<", x, y)) ? y : x),
  (y) => y,
);
counterOp("__and__", (x, y) => (truthy(compare("<", x, y)) ? x : y), null);
/** in place: CPython updates self then drops the non-positive counts */
function counterIop(name: string, op: string): void {
  def(counterType, name, (d: PyDict, a) => {
    const r = binop(op, d, a[0]) as PyDict;
    d.map.clear();
    for (const [k, e] of r.map) d.map.set(k, e);
    return d;
  });
}
counterIop("__iadd__", "+");
counterIop("__isub__", "-");
counterIop("__ior__", "|");
counterIop("__iand__", "&");
def(counterType, "__pos__", (d: PyDict) => {
  const r = newCounter();
  for (const [k, e] of d.map) if (pos(e[1])) r.map.set(k, [e[0], e[1]]);
  return r;
});
def(counterType, "__neg__", (d: PyDict) => {
  const r = newCounter();
  for (const [k, e] of d.map) if (neg(e[1])) r.map.set(k, [e[0], binop("-", 0, e[1])]);
  return r;
});

// ---------------------------------------------------------------- OrderedDict
const ordereddictType = nativeType("OrderedDict", [dictType], "collections");
ordereddictType.ctor = (_c, a, kw) => {
  if (a.length > 1) throw typeError(`expected at most 1 arguments, got ${a.length}`);
  const d = typedDict(ordereddictType);
  dictUpdate(d, a[0], kw);
  return d;
};
def(ordereddictType, "__repr__", (d: PyDict) =>
  d.map.size ? `OrderedDict(${repr(new PyList([...d.map.values()].map(([k, v]) => new PyTuple([k, v]))))})` : "OrderedDict()",
);
def(ordereddictType, "move_to_end", (d: PyDict, a, kw) => {
  const key = arg("move_to_end", a, kw, 0, "key");
  const last = truthy(arg("move_to_end", a, kw, 1, "last", true));
  const k = keyOf(key);
  const e = d.map.get(k);
  if (!e) throw exc(KeyError, key);
  d.map.delete(k);
  if (last) d.map.set(k, e);
  else {
    chargeLoop(d.map.size);
    const rest = [...d.map];
    d.map.clear();
    d.map.set(k, e);
    for (const [kk, ee] of rest) d.map.set(kk, ee);
  }
  return null;
});
def(ordereddictType, "popitem", (d: PyDict, a, kw) => {
  const last = truthy(arg("popitem", a, kw, 0, "last", true));
  if (!d.map.size) throw exc(KeyError, "dictionary is empty");
  let k: any;
  if (last) {
    chargeLoop(d.map.size);
    for (const kk of d.map.keys()) k = kk;
  } else k = d.map.keys().next().value;
  const e = d.map.get(k)!;
  d.map.delete(k);
  return new PyTuple([e[0], e[1]]);
});
(ordereddictType as any).dictEq = (a: PyDict, b: PyDict) => {
  if (a.map.size !== b.map.size) return false;
  const ib = b.map.values();
  for (const e of a.map.values()) {
    const f = ib.next().value!;
    if (!eq(e[0], f[0]) || !eq(e[1], f[1])) return false;
  }
  return true;
};
defMerge(ordereddictType);

// ---------------------------------------------------------------- deque
const dequeType = nativeType("deque", [objectType], "collections");
class PyDeque {
  /** bumped by every mutation: an iterator that sees it change raises RuntimeError */
  version = 0;
  constructor(
    public items: any[],
    public maxlen: number | null,
  ) {}
}
(PyDeque.prototype as any).pyType = dequeType;
dequeType.dict.set("__hash__", null);
const D = (v: any): PyDeque => {
  if (!(v instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received a '${typeName(v)}'`);
  return v;
};
dequeType.ctor = (_c, a, kw) => {
  const ml = arg("deque", a, kw, 1, "maxlen", null);
  if (ml !== null && toIndex(ml) < 0) throw valueError("maxlen must be non-negative");
  const src = arg("deque", a, kw, 0, "iterable", null);
  const dq = new PyDeque(src === null ? [] : iterToArray(src), ml === null ? null : toIndex(ml));
  trim(dq, false);
  return dq;
};
/** keep at most maxlen items, dropping from the other end than the one just added to */
function trim(dq: PyDeque, addedLeft: boolean): void {
  dq.version++;
  if (dq.maxlen === null || dq.items.length <= dq.maxlen) return;
  const extra = dq.items.length - dq.maxlen;
  if (addedLeft) dq.items.splice(dq.maxlen, extra);
  else dq.items.splice(0, extra);
}
const dqIndex = (dq: PyDeque, k: any) => {
  if (
    typeof k !== "number" &&
    typeof k !== "boolean" &&
    typeof k !== "bigint" &&
    !(typeof k === "object" && k !== null && typeOf(k).lookup("__index__"))
  )
    throw typeError(`sequence index must be integer, not '${typeName(k)}'`);
  let i = toIndex(k);
  if (i < 0) i += dq.items.length;
  if (i < 0 || i >= dq.items.length) throw indexError("deque index out of range");
  return i;
};
const findIn = (dq: PyDeque, x: any, start = 0, stop = dq.items.length) => {
  chargeLoop(dq.items.length);
  const v = dq.version;
  for (let i = start; i < Math.min(stop, dq.items.length); i++) {
    const r = dq.items[i] === x || eq(dq.items[i], x);
    if (dq.version !== v) throw exc(RuntimeError, "deque mutated during iteration");
    if (r) return i;
  }
  return -1;
};
def(dequeType, "append", (dq, a) => {
  D(dq).items.push(a[0]);
  chargeExtend(dq.items.length, 1);
  trim(dq, false);
  return null;
});
def(dequeType, "appendleft", (dq, a) => {
  D(dq).items.unshift(a[0]);
  chargeExtend(dq.items.length, 1);
  trim(dq, true);
  return null;
});
def(dequeType, "pop", (dq) => {
  if (!D(dq).items.length) throw indexError("pop from an empty deque");
  dq.version++;
  return dq.items.pop();
});
def(dequeType, "popleft", (dq) => {
  if (!D(dq).items.length) throw indexError("pop from an empty deque");
  dq.version++;
  return dq.items.shift();
});
def(dequeType, "extend", (dq, a) => {
  const xs = iterToArray(a[0]);
  chargeExtend(D(dq).items.length + xs.length, xs.length);
  for (const x of xs) dq.items.push(x);
  trim(dq, false);
  return null;
});
def(dequeType, "extendleft", (dq, a) => {
  const xs = iterToArray(a[0]);
  chargeExtend(D(dq).items.length + xs.length, xs.length);
  dq.items.unshift(...xs.reverse());
  trim(dq, true);
  return null;
});
def(dequeType, "clear", (dq) => {
  D(dq).items.length = 0;
  dq.version++;
  return null;
});
def(dequeType, "copy", (dq) => {
  chargeContainer(D(dq).items.length);
  return new PyDeque(dq.items.slice(), dq.maxlen);
});
def(dequeType, "count", (dq, a) => {
  chargeLoop(D(dq).items.length);
  let n = 0;
  for (const x of dq.items) if (x === a[0] || eq(x, a[0])) n++;
  return n;
});
def(dequeType, "index", (dq, a) => {
  const n = D(dq).items.length;
  // start and stop as a slice's, negatives from the end
  const bound = (v: any, d: number) => {
    if (v === undefined) return d;
    const i = toIndex(v);
    return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  };
  const i = findIn(dq, a[0], bound(a[1], 0), bound(a[2], n));
  if (i < 0) throw valueError(`${repr(a[0])} is not in deque`);
  return i;
});
def(dequeType, "remove", (dq, a) => {
  const i = findIn(D(dq), a[0]);
  if (i < 0) throw valueError(`${repr(a[0])} is not in deque`);
  dq.items.splice(i, 1);
  dq.version++;
  return null;
});
def(dequeType, "insert", (dq, a) => {
  D(dq);
  if (dq.maxlen !== null && dq.items.length >= dq.maxlen) throw indexError("deque already at its maximum size");
  let i = toIndex(a[0]);
  const n = dq.items.length;
  if (i < 0) i = Math.max(0, i + n);
  else i = Math.min(i, n);
  dq.items.splice(i, 0, a[1]);
  dq.version++;
  chargeLoop(n);
  return null;
});
def(dequeType, "reverse", (dq) => {
  chargeLoop(D(dq).items.length);
  dq.items.reverse();
  dq.version++;
  return null;
});
def(dequeType, "rotate", (dq, a) => {
  const n = D(dq).items.length;
  let k = a.length ? toIndex(a[0]) : 1;
  if (n <= 1) return null;
  k = ((k % n) + n) % n;
  chargeLoop(n);
  if (k) dq.items.unshift(...dq.items.splice(n - k, k));
  dq.version++;
  return null;
});
dequeType.dict.set("maxlen", new PyProperty((dq: PyDeque) => dq.maxlen, null, true));
def(dequeType, "__len__", (dq) => D(dq).items.length);
def(dequeType, "__bool__", (dq) => D(dq).items.length > 0);
def(dequeType, "__contains__", (dq, a) => findIn(D(dq), a[0]) >= 0);
def(dequeType, "__iter__", (dq) => {
  const v = D(dq).version;
  let i = 0;
  return lazyIter("_collections._deque_iterator", function* () {
    while (i < dq.items.length) {
      if (dq.version !== v) throw exc(RuntimeError, "deque mutated during iteration");
      yield dq.items[i++];
    }
    if (dq.version !== v) throw exc(RuntimeError, "deque mutated during iteration");
  });
});
def(dequeType, "__reversed__", (dq) => {
  const items = D(dq).items;
  let i = items.length;
  return lazyIter("_collections._deque_reverse_iterator", function* () {
    while (i > 0) yield items[--i];
  });
});
def(dequeType, "__getitem__", (dq, a) => D(dq).items[dqIndex(dq, a[0])]);
def(dequeType, "__setitem__", (dq, a) => {
  D(dq).items[dqIndex(dq, a[0])] = a[1];
  return null;
});
def(dequeType, "__delitem__", (dq, a) => {
  D(dq).items.splice(dqIndex(dq, a[0]), 1);
  dq.version++;
  return null;
});
def(dequeType, "__eq__", (dq, a) => {
  const o = a[0];
  if (!(o instanceof PyDeque)) return NotImplemented;
  return D(dq).items.length === o.items.length && dq.items.every((x: any, i: number) => eq(x, o.items[i]));
});
def(dequeType, "__ne__", (dq, a) => {
  const o = a[0];
  if (!(o instanceof PyDeque)) return NotImplemented;
  return !(D(dq).items.length === o.items.length && dq.items.every((x: any, i: number) => eq(x, o.items[i])));
});
for (const [name, op] of [
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__gt__", ">"],
  ["__ge__", ">="],
] as const)
  def(dequeType, name, (dq, a) =>
    a[0] instanceof PyDeque ? compare(op, new PyList(D(dq).items), new PyList(a[0].items)) : NotImplemented,
  );
def(dequeType, "__add__", (dq, a) => {
  if (!(a[0] instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeName(a[0])}") to deque`);
  chargeContainer(D(dq).items.length + a[0].items.length);
  const r = new PyDeque(dq.items.concat(a[0].items), dq.maxlen);
  trim(r, false);
  return r;
});
def(dequeType, "__iadd__", (dq, a) => {
  const xs = iterToArray(a[0]);
  chargeExtend(D(dq).items.length + xs.length, xs.length);
  dq.items.push(...xs);
  trim(dq, false);
  return dq;
});
def(dequeType, "__mul__", (dq, a) => {
  const n = Math.max(0, toIndex(a[0]));
  const total = D(dq).maxlen === null ? dq.items.length * n : Math.min(dq.items.length * n, dq.maxlen);
  chargeContainer(total);
  const out: any[] = [];
  // with a maxlen only the last `total` items survive: build just those
  for (let i = dq.items.length * n - total; i < dq.items.length * n; i++) out.push(dq.items[i % dq.items.length]);
  return new PyDeque(out, dq.maxlen);
});
def(dequeType, "__repr__", (dq) => `deque(${repr(new PyList(D(dq).items))}${dq.maxlen !== null ? `, maxlen=${dq.maxlen}` : ""})`);

// ---------------------------------------------------------------- namedtuple
const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const classOf = (self: PyTuple): PyType => (self as any).pyType;

function namedtuple(a: any[], kw: KW): PyType {
  const typename = arg("namedtuple", a, kw, 0, "typename");
  const spec = arg("namedtuple", a, kw, 1, "field_names");
  const rename = truthy(kw?.get("rename") ?? false);
  const defaults = kw?.get("defaults") ?? null;
  const module = kw?.get("module") ?? "__main__";
  const name = String(typename);
  let fields: string[] =
    typeof spec === "string"
      ? spec.replace(/,/g, " ").split(/\s+/).filter(Boolean)
      : iterToArray(spec).map((f) => {
          if (typeof f !== "string") throw typeError("Type names and field names must be strings");
          return f;
        });
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((f, i) => {
      const bad = !IDENT.test(f) || KEYWORDS.has(f) || f.startsWith("_") || seen.has(f);
      seen.add(f);
      return bad ? `_${i}` : f;
    });
  }
  for (const f of [name, ...fields]) {
    if (!IDENT.test(f)) throw valueError(`Type names and field names must be valid identifiers: ${repr(f)}`);
    if (KEYWORDS.has(f)) throw valueError(`Type names and field names cannot be a keyword: ${repr(f)}`);
  }
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.startsWith("_") && !rename) throw valueError(`Field names cannot start with an underscore: ${repr(f)}`);
    if (seen.has(f)) throw valueError(`Encountered duplicate field name: ${repr(f)}`);
    seen.add(f);
  }
  const dflt = defaults === null ? [] : iterToArray(defaults);
  if (dflt.length > fields.length) throw typeError("Got more default values than field names");
  const firstDefault = fields.length - dflt.length;
  const t = new PyType(name, [tupleType]);
  t.module = String(module);
  t.heap = true;
  // of the class asked for: a subclass's instances are the subclass's
  const make = (items: any[], cls: PyType) => {
    const r = new PyTuple(items);
    (r as any).pyType = cls;
    return r;
  };
  const ctorName = `${name}.__new__`;
  t.ctor = (c, args, kwargs) => {
    if (args.length > fields.length)
      throw typeError(`${ctorName}() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
    const items = args.slice();
    if (kwargs)
      for (const k of kwargs.keys()) {
        const i = fields.indexOf(k);
        if (i < 0) throw typeError(`${ctorName}() got an unexpected keyword argument '${k}'`);
        if (i < args.length) throw typeError(`${ctorName}() got multiple values for argument '${k}'`);
      }
    const missing: string[] = [];
    for (let i = args.length; i < fields.length; i++) {
      const v = kwargs?.get(fields[i]);
      if (v !== undefined) items[i] = v;
      else if (i >= firstDefault) items[i] = dflt[i - firstDefault];
      else missing.push(fields[i]);
    }
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list =
        names.length === 1 ? names[0] : names.slice(0, -1).join(", ") + (names.length > 2 ? "," : "") + " and " + names[names.length - 1];
      throw typeError(`${ctorName}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
    }
    return make(items, c);
  };
  fields.forEach((f, i) => t.dict.set(f, new PyProperty((self: PyTuple) => self.items[i], null, true)));
  def(t, "__repr__", (self: PyTuple) => `${classOf(self).name}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(", ")})`);
  def(t, "_asdict", (self: PyTuple) => {
    const d = new PyDict();
    fields.forEach((f, i) => dictSet(d, f, self.items[i]));
    return d;
  });
  def(t, "_replace", (self: PyTuple, _a, kw2) => {
    const items = self.items.slice();
    if (kw2)
      for (const [k, v] of kw2) {
        const i = fields.indexOf(k);
        if (i < 0) throw valueError(`Got unexpected field names: ${repr(new PyList([...kw2.keys()].filter((x) => !fields.includes(x))))}`);
        items[i] = v;
      }
    return make(items, classOf(self));
  });
  t.dict.set(
    "_make",
    new PyClassMethod(
      new PyBuiltin("_make", (args) => {
        const items = iterToArray(args[1]);
        if (items.length !== fields.length) throw typeError(`Expected ${fields.length} arguments, got ${items.length}`);
        return make(items, args[0] instanceof PyType ? args[0] : t);
      }),
    ),
  );
  t.dict.set("_fields", new PyTuple(fields));
  t.dict.set("__doc__", `${name}(${fields.join(", ")})`);
  const fd = new PyDict();
  dflt.forEach((v, i) => dictSet(fd, fields[firstDefault + i], v));
  t.dict.set("_field_defaults", fd);
  t.dict.set("__match_args__", new PyTuple(fields));
  typeVersion.v++;
  return t;
}

// ---------------------------------------------------------------- ChainMap
const chainmapType = nativeType("ChainMap", [objectType], "collections");
class PyChainMap {
  constructor(public maps: any[]) {}
}
(PyChainMap.prototype as any).pyType = chainmapType;
chainmapType.dict.set("__hash__", null);
const C = (v: any): PyChainMap => {
  if (!(v instanceof PyChainMap)) throw typeError("descriptor requires a 'collections.ChainMap' object");
  return v;
};
chainmapType.ctor = (_c, a) => new PyChainMap(a.length ? a.slice() : [new PyDict()]);
/** the merged view as a plain dict: keys in CPython's order (last map first), values from the first map that has them */
function merged(cm: PyChainMap): PyDict {
  const d = new PyDict();
  for (let i = cm.maps.length - 1; i >= 0; i--)
    for (const k of iterToArray(cm.maps[i])) {
      if (!d.map.has(keyOf(k))) dictSet(d, k, null);
    }
  for (const e of d.map.values()) e[1] = cmGet(cm, e[0]);
  return d;
}
const NOT_FOUND = Symbol("missing");
function cmGet(cm: PyChainMap, k: any): any {
  for (const m of cm.maps) if (contains(m, k)) return getitem(m, k);
  return NOT_FOUND;
}
def(chainmapType, "__getitem__", (cm, a) => {
  const v = cmGet(C(cm), a[0]);
  if (v !== NOT_FOUND) return v;
  throw exc(KeyError, a[0]);
});
def(chainmapType, "get", (cm, a) => {
  const v = cmGet(C(cm), a[0]);
  return v === NOT_FOUND ? (a.length > 1 ? a[1] : null) : v;
});
def(chainmapType, "__setitem__", (cm, a) => {
  setitem(C(cm).maps[0], a[0], a[1]);
  return null;
});
const firstHas = (cm: PyChainMap, k: any) => {
  if (!contains(cm.maps[0], k)) throw exc(KeyError, `Key not found in the first mapping: ${repr(k)}`);
};
def(chainmapType, "__delitem__", (cm, a) => {
  firstHas(C(cm), a[0]);
  call(getattrOf(cm.maps[0], "__delitem__"), [a[0]], null);
  return null;
});
def(chainmapType, "pop", (cm, a) => {
  if (!contains(C(cm).maps[0], a[0])) {
    if (a.length > 1) return a[1];
    firstHas(cm, a[0]);
  }
  return call(getattrOf(cm.maps[0], "pop"), [a[0]], null);
});
def(chainmapType, "__contains__", (cm, a) => C(cm).maps.some((m) => contains(m, a[0])));
def(chainmapType, "__len__", (cm) => merged(C(cm)).map.size);
def(chainmapType, "__iter__", (cm) => getIter(new PyList(iterToArray(merged(C(cm))))));
def(chainmapType, "keys", (cm) => call(getattrOf(merged(C(cm)), "keys"), [], null));
def(chainmapType, "values", (cm) => call(getattrOf(merged(C(cm)), "values"), [], null));
def(chainmapType, "items", (cm) => call(getattrOf(merged(C(cm)), "items"), [], null));
def(chainmapType, "new_child", (cm, a, kw) => {
  const m = arg("new_child", a, kw, 0, "m", null);
  return new PyChainMap([m === null ? new PyDict() : m, ...C(cm).maps]);
});
chainmapType.dict.set("parents", new PyProperty((cm: PyChainMap) => new PyChainMap(cm.maps.slice(1)), null, true));
chainmapType.dict.set("maps", new PyProperty((cm: PyChainMap) => new PyList(cm.maps), null, true));
def(chainmapType, "__repr__", (cm) => `ChainMap(${C(cm).maps.map(repr).join(", ")})`);
def(chainmapType, "__eq__", (cm, a) =>
  a[0] instanceof PyChainMap || a[0] instanceof PyDict
    ? eq(merged(C(cm)), a[0] instanceof PyChainMap ? merged(a[0]) : a[0])
    : NotImplemented,
);
def(chainmapType, "__bool__", (cm) => C(cm).maps.some((m) => len(m) > 0));
import { getattr as getattrOf } from "../../objects/ops";

nativeCopy.set(dequeType, (dq: PyDeque, each) => new PyDeque(dq.items.map(each), dq.maxlen));
nativeCopy.set(chainmapType, (cm: PyChainMap, each) => new PyChainMap(cm.maps.map(each)));

export function makeCollections(): PyModule {
  applyCollectionsSignatures(dequeType, counterType);
  const m = new PyModule("collections");
  m.dict.set("defaultdict", defaultdictType);
  m.dict.set("Counter", counterType);
  m.dict.set("OrderedDict", ordereddictType);
  m.dict.set("deque", dequeType);
  m.dict.set("ChainMap", chainmapType);
  fnOf(m)("namedtuple", namedtuple);
  return m;
}
