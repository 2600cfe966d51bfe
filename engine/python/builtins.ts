// Builtin functions and type constructors.
import { noteDescriptorClass, setNames } from "./objects/descriptors";
import { newClass } from "./objects/new-class";
import { sealAbstract } from "./objects/abstract";
import { applyMetaclass, classBodyValue, classMetaclass, initSubclass } from "./compiler/class-keywords";
import {
  PyType,
  PyFloat,
  PyList,
  PyTuple,
  PyDict,
  PyRange,
  PySlice,
  PyInstance,
  PyExcObj,
  PyFunction,
  PyBuiltin,
  PyBoundMethod,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyIterator,
  PyGenerator,
  PySuper,
  Ellipsis,
  NotImplemented,
  KW,
  PyMethodDescr,
  PyModule,
  PyBytes,
  typeVersion,
} from "./objects/core";
import * as T from "./objects/types";
import { typeOf, typeName } from "./objects/types";
import {
  repr,
  str,
  truthy,
  eq,
  compare,
  hashOf,
  idOf,
  getattr,
  setattr,
  delattr,
  hasattr,
  call,
  getIter,
  iterToArray,
  len,
  contains,
  isinstance,
  toNum,
  toIndex,
  toIntValue,
  floatToInt,
  binop,
  unary,
  isInt,
  callMethod,
  getitem,
  strRepr,
  callMethodObj,
  isNumber,
  INT_MAX_STR_DIGITS,
  intStrLimitError,
  intOfSubclass,
} from "./objects/ops";
import { asciiOf, formatValue } from "./objects/format";
import { floatRepr, normBig, roundHalfEven, intPow, bigMod } from "./objects/num";
import { excTypes, exc, typeError, valueError, EOFError, PermissionError, StopIteration, SystemExit, overflowError } from "./errors";
import { sortItems, dictUpdate, dictSet, noKw, nargs, setOf } from "./objects/methods";
import { PyUnion } from "./objects/union-type";
import { CTX } from "./context";
import { checkAlloc, chargeSteps, checkLimits } from "./limits";
import { bitLength, chargeBigModPow, chargeObjectOp, chargeString, chargedReplace } from "./charge";
import { typeError as tErr } from "./errors";

export const builtins = new Map<string, any>();
// a builtin whose implementation does not take keywords refuses them (CPython's wording) instead of dropping them
const fn = (name: string, f: (args: any[], kw: KW) => any) =>
  builtins.set(
    name,
    new PyBuiltin(
      name,
      f.length < 2
        ? (args, kw) => {
            if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
            return f(args, null);
          }
        : f,
    ),
  );
const kwget = (kw: KW, k: string, d: any) => (kw && kw.has(k) ? kw.get(k) : d);

// ---------------------------------------------------------------- I/O
fn("print", (args, kw) => {
  let sep = " ",
    end = "\n",
    file: any = null,
    flush = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "sep") {
        if (v !== null && typeof v !== "string") throw typeError(`sep must be None or a string, not ${typeName(v)}`);
        sep = v ?? " ";
      } else if (k === "end") {
        if (v !== null && typeof v !== "string") throw typeError(`end must be None or a string, not ${typeName(v)}`);
        end = v ?? "\n";
      } else if (k === "file") file = v;
      else if (k === "flush") flush = truthy(v);
      else throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  const parts = args.map((a) => (typeof a === "string" ? a : str(a)));
  const s = parts.join(sep) + end;
  if (file === null) CTX.write("stdout", s);
  else if (file instanceof PyInstance && (file as any).stream) CTX.write((file as any).stream, s);
  else {
    // another file object sees CPython's calls: one write per item, separator and end, then flush() if asked
    for (let i = 0; i < args.length; i++) {
      if (i) callMethod(file, "write", [sep], null);
      callMethod(file, "write", [parts[i]], null);
    }
    callMethod(file, "write", [end], null);
    if (flush) callMethod(file, "flush", [], null);
  }
  return null;
});
fn("input", () => {
  throw exc(EOFError, "EOF when reading a line");
});
fn("open", () => {
  throw exc(PermissionError, "[Errno 1] Operation not permitted: file access is disabled in this sandbox");
});
fn("vars", (args) => {
  if (args.length === 0) throw exc(excTypes.get("NotImplementedError")!, "vars() without an argument is not available in this sandbox");
  nargs("vars", args, 1, 1);
  try {
    return getattr(args[0], "__dict__");
  } catch (e) {
    if (e instanceof PyExcObj && e.cls.isSubtype(excTypes.get("AttributeError")!))
      throw typeError("vars() argument must have __dict__ attribute");
    throw e;
  }
});
for (const n of ["exec", "eval", "compile", "breakpoint", "globals", "locals", "memoryview", "help"]) {
  fn(n, () => {
    throw exc(excTypes.get("NotImplementedError")!, `${n}() is not available in this sandbox`);
  });
}
fn("__import__", (args) => CTX.importModule(String(args[0])));
fn("exit", (args) => {
  throw exc(SystemExit, args[0]);
});
fn("quit", (args) => {
  throw exc(SystemExit, args[0]);
});

// ---------------------------------------------------------------- type constructors
function ctor(t: PyType, f: (args: any[], kw: KW) => any) {
  t.ctor = (_cls, args, kw) => f(args, kw);
  builtins.set(t.name, t);
}
export function parseIntStr(s: string, base: number): number | bigint {
  const orig = s,
    origBase = base;
  chargeString(s.length * 8);
  s = s.trim();
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (base === 0) {
    if (/^0[xX]/.test(s)) {
      base = 16;
      s = s.slice(2);
    } else if (/^0[oO]/.test(s)) {
      base = 8;
      s = s.slice(2);
    } else if (/^0[bB]/.test(s)) {
      base = 2;
      s = s.slice(2);
    } else {
      // base 0 reads a literal: a decimal with a leading zero is only zeros ("00", "0_0")
      if (/^0+_?[0-9_]*$/.test(s) && /[1-9]/.test(s)) throw valueError(`invalid literal for int() with base 0: ${strRepr(orig)}`);
      base = 10;
    }
  } else if (base === 16 && /^0[xX]/.test(s)) s = s.slice(2);
  else if (base === 8 && /^0[oO]/.test(s)) s = s.slice(2);
  else if (base === 2 && /^0[bB]/.test(s)) s = s.slice(2);
  // one underscore may follow a prefix (0x_1f)
  if (s.length < orig.trim().replace(/^[+-]/, "").length && /^_[^_]/.test(s)) s = s.slice(1);
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  const clean = s.toLowerCase();
  const c2 = withoutUnderscores(clean);
  if (!clean.length || /^_|_$|__/.test(clean) || !new RegExp(`^[${digits}]*$`).test(c2))
    throw valueError(`invalid literal for int() with base ${origBase}: ${strRepr(orig)}`);
  // CPython 3.11 limits decimal (non-power-of-two base) conversions to 4300 digits
  if ((base & (base - 1)) !== 0 && c2.length > INT_MAX_STR_DIGITS) throw intStrLimitError(c2.length);
  let v: bigint;
  if (base === 10) v = BigInt(c2);
  else if (base === 2 || base === 8 || base === 16) v = BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + c2);
  else if (base === 4 || base === 32) {
    // digit by digit would be quadratic: rewrite in binary (linear)
    const w = base === 4 ? 2 : 5;
    v = BigInt("0b" + Array.from(c2, (ch) => digits.indexOf(ch).toString(2).padStart(w, "0")).join(""));
  } else {
    v = 0n;
    const B = BigInt(base);
    for (const ch of c2) v = v * B + BigInt(digits.indexOf(ch));
  }
  return normBig(neg ? -v : v);
}
ctor(T.intType, (args, kw) => {
  const baseArg = args.length > 1 ? args[1] : kwget(kw, "base", undefined);
  if (args[0] === undefined && baseArg !== undefined) throw typeError("int() missing string argument");
  const x = args.length ? args[0] : kwget(kw, "x", 0);
  if (baseArg !== undefined) {
    if (typeof x !== "string") throw typeError("int() can't convert non-string with explicit base");
    const base = toIndex(baseArg);
    if (base !== 0 && (base < 2 || base > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
    return parseIntStr(x, base);
  }
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === "string") return parseIntStr(x, 10);
  const t = typeOf(x);
  for (const m of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(m);
    if (f !== undefined) {
      const r = callMethodObj(f, x, []);
      return r instanceof PyFloat ? floatToInt(r.v) : r;
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
});
/** A numeric literal's digits: its underscores (checked by the caller) removed, charged per underscore. */
function withoutUnderscores(s: string): string {
  return s.includes("_") ? chargedReplace(s, /_/g, () => "") : s;
}
export function parseFloatStr(s: string): number {
  const t0 = s.trim().toLowerCase();
  // an underscore only between digits
  if (/(^|[^0-9])_|_($|[^0-9])/.test(t0)) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  const t = withoutUnderscores(t0);
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  return parseFloat(t);
}
ctor(T.floatType, (args) => {
  if (!args.length) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === "number" || typeof x === "boolean") return new PyFloat(Number(x));
  if (typeof x === "bigint") {
    const v = Number(x);
    if (!isFinite(v)) throw overflowError("int too large to convert to float");
    return new PyFloat(v);
  }
  if (typeof x === "string") return new PyFloat(parseFloatStr(x));
  const t = typeOf(x);
  const f = t.lookup("__float__") ?? t.lookup("__index__");
  if (f !== undefined) {
    const r = callMethodObj(f, x, []);
    return r instanceof PyFloat ? r : new PyFloat(toNum(r));
  }
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
});
ctor(T.boolType, (args) => (args.length ? truthy(args[0]) : false));
ctor(T.strType, (args) => {
  if (!args.length) return "";
  if (args.length > 1) {
    if (typeof args[0] === "string") throw typeError("decoding str is not supported");
    if (!(args[0] instanceof PyBytes)) throw typeError(`decoding to str: need a bytes-like object, ${typeName(args[0])} found`);
    throw exc(excTypes.get("NotImplementedError")!, "decoding bytes is not available: this sandbox has no bytes type");
  }
  return str(args[0]);
});
ctor(T.listType, (args) => {
  nargs("list", args, 0, 1);
  return new PyList(args.length ? iterToArray(args[0]) : []);
});
ctor(T.tupleType, (args) => {
  nargs("tuple", args, 0, 1);
  return args.length ? (args[0] instanceof PyTuple ? args[0] : new PyTuple(iterToArray(args[0]))) : new PyTuple([]);
});
ctor(T.dictType, (args, kw) => {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  const d = new PyDict();
  dictUpdate(d, args[0], kw);
  return d;
});
// __init__ of dict and list, for their subclasses (super().__init__(...), or no __init__ of their own)
def(T.dictType, "__init__", (self: PyDict, args, kw) => {
  nargs("dict", args, 0, 1);
  dictUpdate(self, args[0], kw);
  return null;
});
def(T.listType, "__init__", (self: PyList, args, kw) => {
  noKw("list", kw);
  nargs("list", args, 0, 1);
  self.items = args.length ? iterToArray(args[0]) : [];
  return null;
});
ctor(T.setType, (args) => {
  nargs("set", args, 0, 1);
  return setOf(args.length ? iterToArray(args[0]) : [], false);
});
ctor(T.frozensetType, (args) => {
  nargs("frozenset", args, 0, 1);
  return setOf(args.length ? iterToArray(args[0]) : [], true);
});
ctor(T.rangeType, (args, kw) => {
  noKw("range", kw);
  if (args.length < 1 || args.length > 3)
    throw typeError(args.length ? `range expected at most 3 arguments, got ${args.length}` : "range expected at least 1 argument, got 0");
  const ints = args.map((a) => {
    if (a instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    return toIndex(a);
  });
  // a range holds doubles: past 2**53 its bounds and length would be rounded (range(10**20, 10**20 + 5) was empty)
  if (ints.some((v) => typeof v === "bigint" || Math.abs(v) > 2 ** 53))
    throw exc(excTypes.get("NotImplementedError")!, "range() with an argument beyond 2**53 is not supported by this engine");
  const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
});
ctor(T.sliceType, (args) =>
  args.length === 1 ? new PySlice(null, args[0], null) : new PySlice(args[0] ?? null, args[1] ?? null, args[2] ?? null),
);
ctor(T.objectType, (args) => {
  if (args.length) throw typeError("object() takes no arguments");
  return new PyInstance(T.objectType);
});
ctor(T.typeType, (args) => {
  if (args.length === 1) return typeOf(args[0]);
  if (args.length === 3) {
    const bases = iterToArray(args[1]) as PyType[];
    const t = newClass(str(args[0]), bases.length ? bases : [T.objectType]);
    applyMetaclass(t, classMetaclass(new Map(), bases));
    t.module = "__main__";
    for (const [k, v] of (args[2] as PyDict).map.values()) t.dict.set(k, classBodyValue(k, v));
    typeVersion.v++;
    noteDescriptorClass(t);
    setNames(t);
    initSubclass(t, new Map());
    sealAbstract(t);
    return t;
  }
  throw typeError("type() takes 1 or 3 arguments");
});
ctor(
  T.propertyType,
  (args, kw) =>
    new PyProperty(args[0] ?? kwget(kw, "fget", null), args[1] ?? kwget(kw, "fset", null), false, args[2] ?? kwget(kw, "fdel", null)),
);
def(T.propertyType, "setter", (p: PyProperty, a) => new PyProperty(p.fget, a[0], false, p.fdel));
def(T.propertyType, "getter", (p: PyProperty, a) => new PyProperty(a[0], p.fset, false, p.fdel));
def(T.propertyType, "deleter", (p: PyProperty, a) => new PyProperty(p.fget, p.fset, false, a[0]));
ctor(T.staticmethodType, (args) => new PyStaticMethod(args[0]));
ctor(T.classmethodType, (args) => new PyClassMethod(args[0]));
ctor(T.superType, (args) => {
  if (args.length !== 2) throw exc(excTypes.get("RuntimeError")!, "super(): no arguments");
  return new PySuper(args[0], args[1]);
});
import { def } from "./objects/methods";
builtins.set("NotImplemented", NotImplemented);
builtins.set("Ellipsis", Ellipsis);
builtins.set("__name__", "__main__");
builtins.set("__debug__", true);
for (const [n, t] of excTypes) if (t.module === "builtins") builtins.set(n, t);
builtins.set("EnvironmentError", excTypes.get("OSError"));
builtins.set("IOError", excTypes.get("OSError"));

// ---------------------------------------------------------------- functions
fn("len", (args) => {
  if (args.length !== 1) throw typeError(`len() takes exactly one argument (${args.length} given)`);
  return len(args[0]);
});
fn("repr", (args) => {
  nargs("repr", args, 1, 1);
  return repr(args[0]);
});
fn("ascii", (args) => asciiOf(repr(args[0])));
fn("abs", (args) => {
  nargs("abs", args, 1, 1);
  const x = args[0];
  if (typeof x === "number") return Math.abs(x);
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x < 0n ? -x : x;
  const f = typeOf(x).lookup("__abs__");
  if (f !== undefined) return callMethodObj(f, x, []);
  throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
});
function minmax(name: string, isMax: boolean) {
  return (args: any[], kw: KW) => {
    const key = kwget(kw, "key", null);
    const hasDef = kw !== null && kw.has("default");
    if (kw)
      for (const k of kw.keys()) if (k !== "key" && k !== "default") throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (args.length > 1 && hasDef) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    // one iterable is consumed as it goes (a generator of 10**8 values needs no list of them)
    let i = 0;
    const it = args.length === 1 ? getIter(args[0]) : { next: () => (i < args.length ? args[i++] : undefined) };
    let best = it.next();
    if (best === undefined) {
      if (hasDef) return kw!.get("default");
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let bk = key !== null ? call(key, [best], null) : best,
      v;
    while ((v = it.next()) !== undefined) {
      const k = key !== null ? call(key, [v], null) : v;
      chargeObjectOp(k);
      if (truthy(compare(isMax ? ">" : "<", k, bk))) {
        best = v;
        bk = k;
      }
    }
    return best;
  };
}
fn("min", minmax("min", false));
fn("max", minmax("max", true));
fn("sum", (args, kw) => {
  nargs("sum", args, 1, 2);
  let acc = args.length > 1 ? args[1] : kwget(kw, "start", 0);
  if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const src = args[0];
  // the ints of a range add up to n·start + step·n(n−1)/2 exactly, as CPython's one-by-one int sum does
  if (
    src instanceof PyRange &&
    (typeof acc === "boolean" || typeof acc === "bigint" || (typeof acc === "number" && Number.isInteger(acc)))
  ) {
    const n = BigInt(src.length);
    return binop("+", acc, normBig(n * BigInt(src.start) + (BigInt(src.step) * n * (n - 1n)) / 2n));
  }
  // float accumulation like CPython (plain double addition); any other iterable is consumed as it goes
  if (src instanceof PyList || src instanceof PyTuple) {
    const items = src.items;
    for (let i = 0; i < items.length; i++) acc = binop("+", acc, items[i]);
    return acc;
  }
  const it = getIter(src);
  let v;
  while ((v = it.next()) !== undefined) acc = binop("+", acc, v);
  return acc;
});
fn("round", (args, kw) => {
  nargs("round", args, 1, 2);
  const x = intOfSubclass(args[0]) ?? args[0];
  const nd = args.length > 1 ? args[1] : kwget(kw, "ndigits", null);
  if (x instanceof PyFloat) {
    if (nd === null) {
      if (!isFinite(x.v))
        throw x.v !== x.v ? valueError("cannot convert float NaN to integer") : overflowError("cannot convert float infinity to integer");
      return floatToInt(roundHalfEven(x.v, 0));
    }
    return new PyFloat(roundHalfEven(x.v, toIndex(nd)));
  }
  if (isInt(x)) {
    const v = typeof x === "boolean" ? (x ? 1 : 0) : x;
    if (nd === null) return v;
    const n = toIndex(nd);
    if (n >= 0) return v;
    // 10**-n beyond every digit of v: rounds to 0 (without building the power)
    if (-n > bitLength(BigInt(v)) / 3 + 1) return 0;
    const p = BigInt(10) ** BigInt(-n);
    const b = BigInt(v);
    let q = b / p,
      r = b - q * p;
    if (r < 0n) {
      q -= 1n;
      r += p;
    }
    if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) q += 1n;
    return normBig(q * p);
  }
  const f = typeOf(x).lookup("__round__");
  if (f !== undefined) return callMethodObj(f, x, nd === null ? [] : [nd]);
  throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
});
fn("pow", (args0, kw) => {
  nargs("pow", args0, 2, 3);
  // instances of int subclasses (IntEnum members) as the ints they are
  const args = args0.map((a) => intOfSubclass(a) ?? a);
  if (args.length === 3 && args[2] !== null) {
    if (args.some((a) => a instanceof PyFloat)) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    // a native type's own three-argument __pow__ (decimal.Decimal)
    const own = args.some((a) => !isInt(a)) ? typeOf(args[0]).lookup("__pow__") : undefined;
    if (own instanceof PyMethodDescr) {
      const r = own.fn(args[0], [args[1], args[2]], null);
      if (r !== NotImplemented) return r;
      if (args.some((a) => a instanceof PyFloat)) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
      throw typeError(
        `unsupported operand type(s) for ** or pow(): '${typeName(args[0])}', '${typeName(args[1])}', '${typeName(args[2])}'`,
      );
    }
    const [b, e, m] = args.map((a) => BigInt(toIntValue(a)));
    if (m === 0n) throw valueError("pow() 3rd argument cannot be 0");
    let r = 1n,
      base = bigMod(b, m),
      ex = e;
    if (ex < 0n) {
      // modular inverse via extended Euclid
      let [r0, r1] = [bigMod(b, m < 0n ? -m : m), m < 0n ? -m : m],
        [s0, s1] = [1n, 0n];
      while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
      }
      if (r0 !== 1n) throw valueError("base is not invertible for the given modulus");
      base = bigMod(s0, m);
      ex = -ex;
    }
    const mBits = bitLength(m);
    chargeBigModPow(bitLength(ex), mBits);
    // the charge above is a prediction: a big modulus also reads the clock as it goes
    for (let i = 0; ex > 0n; i++) {
      if (ex & 1n) r = (r * base) % m;
      base = (base * base) % m;
      ex >>= 1n;
      if (mBits > 4096 && (i & 7) === 7) checkLimits();
    }
    return normBig(bigMod(r, m));
  }
  return binop("**", args[0], args[1]);
});
fn("divmod", (args) => {
  nargs("divmod", args, 2, 2);
  // a type's own __divmod__ / __rdivmod__ first (decimal's divmod(x, 0) raises once, not as // then %)
  const [a, b] = args;
  if (!isNumber(a) || !isNumber(b)) {
    let tried = false;
    for (const [x, y, name] of [
      [a, b, "__divmod__"],
      [b, a, "__rdivmod__"],
    ] as const) {
      const f = isNumber(x) ? undefined : typeOf(x).lookup(name);
      if (f === undefined || f === null) continue;
      tried = true;
      const r = callMethodObj(f, x, [y]);
      if (r !== NotImplemented) return r;
    }
    // only numbers fall back to // and % below: CPython's int and float (and their subclasses, IntEnum's members
    // here, which the engine does not derive from int) have divmod slots of their own; any other type without
    // __divmod__ is a divmod() TypeError, whatever // and % it has
    const numeric = (v: any) => isNumber(v) || typeOf(v).lookup("__index__") !== undefined || typeOf(v).lookup("__float__") !== undefined;
    if (tried || !numeric(a) || !numeric(b))
      throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  }
  if ((a instanceof PyFloat || b instanceof PyFloat) && isNumber(a) && isNumber(b) && toNum(b) === 0)
    throw exc(excTypes.get("ZeroDivisionError")!, "float divmod()");
  return new PyTuple([binop("//", a, b), binop("%", a, b)]);
});
fn("enumerate", (args, kw) => {
  const it = getIter(args[0] ?? kwget(kw, "iterable", undefined));
  const start = toIntValue(args.length > 1 ? args[1] : kwget(kw, "start", 0));
  // counts in doubles while they are exact, in BigInt past 2**53
  let i: number | bigint = start;
  return new PyIterator(() => {
    const v = it.next();
    if (v === undefined) return undefined;
    const n = i;
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : normBig(BigInt(i) + 1n);
    return new PyTuple([n, v]);
  }, "enumerate");
});
fn("zip", (args, kw) => {
  if (kw) for (const k of kw.keys()) if (k !== "strict") throw typeError(`'${k}' is an invalid keyword argument for zip()`);
  const strict = truthy(kwget(kw, "strict", false));
  const its = args.map(getIter);
  if (!its.length) return new PyIterator(() => undefined, "zip");
  return new PyIterator(() => {
    const out = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].next();
      if (v === undefined) {
        if (strict && i > 0)
          throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`);
        // the first ran out: under strict every other must end here too
        if (strict)
          for (let j = 1; j < its.length; j++)
            if (its[j].next() !== undefined)
              throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`);
        return undefined;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }, "zip");
});
fn("reversed", (args) => {
  nargs("reversed", args, 1, 1);
  const o = args[0];
  if (o instanceof PyList || o instanceof PyTuple || typeof o === "string" || o instanceof PyRange) {
    const items = iterToArray(o);
    let i = items.length - 1;
    return new PyIterator(
      () => (i >= 0 ? items[i--] : undefined),
      o instanceof PyList ? "list_reverseiterator" : o instanceof PyRange ? "range_iterator" : "reversed",
    );
  }
  const r = typeOf(o).lookup("__reversed__");
  if (r !== undefined) return callMethodObj(r, o, []);
  if (o instanceof PyDict) {
    const items = iterToArray(o);
    let i = items.length - 1;
    return new PyIterator(() => (i >= 0 ? items[i--] : undefined), "dict_reversekeyiterator");
  }
  if (typeOf(o).lookup("__len__") && typeOf(o).lookup("__getitem__")) {
    let i = len(o) - 1;
    return new PyIterator(() => (i >= 0 ? getitem(o, i--) : undefined), "reversed");
  }
  throw typeError(`'${typeName(o)}' object is not reversible`);
});
fn("sorted", (args, kw) => {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  if (kw)
    for (const k of kw.keys()) if (k !== "key" && k !== "reverse") throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  const items = iterToArray(args[0]);
  return new PyList(sortItems(items, kwget(kw, "key", null), truthy(kwget(kw, "reverse", false))));
});
fn("map", (args) => {
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const f = args[0];
  const its = args.slice(1).map(getIter);
  return new PyIterator(() => {
    const vs = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].next();
      if (v === undefined) return undefined;
      vs[i] = v;
    }
    return call(f, vs, null);
  }, "map");
});
fn("filter", (args) => {
  nargs("filter", args, 2, 2);
  const f = args[0];
  const it = getIter(args[1]);
  return new PyIterator(() => {
    for (;;) {
      const v = it.next();
      if (v === undefined) return undefined;
      if (f === null ? truthy(v) : truthy(call(f, [v], null))) return v;
    }
  }, "filter");
});
fn("isinstance", (args) => {
  nargs("isinstance", args, 2, 2);
  return isinstance(args[0], args[1]);
});
fn("issubclass", (args) => {
  nargs("issubclass", args, 2, 2);
  const [a, b] = args;
  if (!(a instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (b instanceof PyTuple || b instanceof PyUnion)
    return (b instanceof PyUnion ? b.args : b.items).some((t) => t instanceof PyType && a.isSubtype(t));
  if (!(b instanceof PyType)) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return a.isSubtype(b);
});
fn("any", (args) => {
  nargs("any", args, 1, 1);
  const it = getIter(args[0]);
  let v;
  while ((v = it.next()) !== undefined) if (truthy(v)) return true;
  return false;
});
fn("all", (args) => {
  nargs("all", args, 1, 1);
  const it = getIter(args[0]);
  let v;
  while ((v = it.next()) !== undefined) if (!truthy(v)) return false;
  return true;
});
const attrName = (v: any) => {
  if (typeof v !== "string") throw typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v;
};
fn("hasattr", (args) => {
  nargs("hasattr", args, 2, 2);
  return hasattr(args[0], attrName(args[1]));
});
fn("getattr", (args) => {
  nargs("getattr", args, 2, 3);
  if (args.length === 3) {
    try {
      return getattr(args[0], attrName(args[1]));
    } catch (e) {
      if (e instanceof PyExcObj && e.cls.isSubtype(excTypes.get("AttributeError")!)) return args[2];
      throw e;
    }
  }
  return getattr(args[0], attrName(args[1]));
});
fn("setattr", (args) => {
  nargs("setattr", args, 3, 3);
  setattr(args[0], attrName(args[1]), args[2]);
  return null;
});
fn("delattr", (args) => {
  nargs("delattr", args, 2, 2);
  delattr(args[0], attrName(args[1]));
  return null;
});
fn("id", (args) => {
  nargs("id", args, 1, 1);
  return idOf(args[0]);
});
fn("hash", (args) => {
  nargs("hash", args, 1, 1);
  return hashOf(args[0]);
});
fn("iter", (args) => {
  nargs("iter", args, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  const [f, sentinel] = args;
  if (!callable(f)) throw typeError("iter(v, w): v must be callable");
  let done = false;
  return new PyIterator(() => {
    if (done) return undefined;
    const v = call(f, [], null);
    if (truthy(eq(v, sentinel))) {
      done = true;
      return undefined;
    }
    return v;
  }, "callable_iterator");
});
fn("next", (args) => {
  nargs("next", args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator)) {
    const nx = typeOf(it).lookup("__next__");
    if (nx === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
    try {
      return callMethodObj(nx, it, []);
    } catch (e) {
      if (args.length > 1 && e instanceof PyExcObj && e.cls.isSubtype(StopIteration)) return args[1];
      throw e;
    }
  }
  const v = it.next();
  if (v === undefined) {
    if (args.length > 1) return args[1];
    throw it instanceof PyGenerator && it.returnValue !== null ? exc(StopIteration, it.returnValue) : exc(StopIteration);
  }
  return v;
});
fn("chr", (args) => {
  const i = toIndex(args[0]);
  if (i < 0 || i > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
});
fn("ord", (args) => {
  const s = args[0];
  if (typeof s !== "string") throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  const cps = Array.from(s);
  if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return cps[0].codePointAt(0)!;
});
const radix = (p: string, r: number) => (args: any[]) => {
  nargs(p === "0x" ? "hex" : p === "0o" ? "oct" : "bin", args, 1, 1);
  const v = toIntValue(args[0]);
  const neg = v < 0;
  const a = neg ? -(v as any) : v;
  if (typeof a === "bigint") chargeString(bitLength(a) / Math.log2(r));
  return (neg ? "-" : "") + p + a.toString(r);
};
fn("hex", radix("0x", 16));
fn("oct", radix("0o", 8));
fn("bin", radix("0b", 2));
fn("callable", (args) => callable(args[0]));
function callable(v: any): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    v instanceof PyMethodDescr ||
    typeOf(v).lookup("__call__") !== undefined
  );
}
fn("format", (args) => {
  nargs("format", args, 1, 2);
  return formatValue(args[0], args.length > 1 ? args[1] : "");
});
fn("dir", (args) => {
  if (args.length === 0) throw exc(excTypes.get("NotImplementedError")!, "dir() without an argument is not available in this sandbox");
  nargs("dir", args, 1, 1);
  const o = args[0];
  const names = new Set<string>();
  if (o instanceof PyInstance) for (const k of o.dict.keys()) names.add(k);
  if (o instanceof PyModule) {
    o.pending?.();
    for (const k of o.dict.keys()) names.add(k);
  }
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  return new PyList([...names].sort());
});
void eq;
void contains;
void unary;
void checkAlloc;
void chargeSteps;
void floatRepr;
void intPow;
void dictSet;
void tErr;
