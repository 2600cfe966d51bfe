// The decimal module (the common part): Decimal built from int, str, float (its exact binary value) and tuples;
// CPython's str/repr; arithmetic, comparisons and hashing with ints (and floats, compared exactly); quantize and the
// eight rounding modes; sqrt, exp, ln, log10; format(); contexts (getcontext, setcontext, localcontext, Context) with
// flags and trapped signals raised as CPython's _decimal raises them. The numbers live in decimal-number.ts, exp/ln/
// log10 in decimal-math.ts, format() in decimal-format.ts, contexts in decimal-context.ts.
// What is not implemented (non-integral powers, pow() with a modulo, most of the spec's other operations) raises
// NotImplementedError or AttributeError rather than answering differently from CPython.
import { PyModule, PyFloat, PyTuple, PyList, PyBuiltin, PyClassMethod, PyProperty, NotImplemented, type KW } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { def } from "../../objects/methods";
import { keyOf, toIntValue, isInt, call } from "../../objects/ops";
import { exc, typeError, valueError, overflowError, NotImplementedError } from "../../errors";
import { fnOf, nativeType, arg, onlyKw, nativeCopy } from "./util";
import { fromFloat } from "./rational";
import { fractionType } from "./fractions";
import { makeCollections } from "./collections";
import * as N from "./decimal-number";
import { formatDecimal } from "./decimal-format";
import * as M from "./decimal-math";
import { PyDecimal, FINITE, INF, NAN, SNAN, dec } from "./decimal-number";
import {
  PyContext,
  contextType,
  commit,
  signal,
  getContext,
  setContext,
  contextArg,
  roundingArg,
  setField,
  CONTEXT_FIELDS,
  SIGNAL_TYPES,
  CONDITION_TYPES,
  DecimalException,
  newState,
  contextOf,
} from "./decimal-context";

export const decimalType = nativeType("Decimal", [objectType], "decimal");
decimalType.tpName = "decimal.Decimal";
(PyDecimal.prototype as any).pyType = decimalType;

// ---------------------------------------------------------------- conversions
/** The exact Decimal of an int. */
function fromInt(v: any): PyDecimal {
  const b = BigInt(toIntValue(v));
  return dec(b < 0n ? 1 : 0, b < 0n ? -b : b, 0);
}
/** The exact Decimal of a float (its binary value written out in decimal). */
function fromFloatExact(x: number): PyDecimal {
  if (x !== x) return new PyDecimal(0, 0n, 0, NAN);
  if (!isFinite(x)) return N.inf(x < 0 ? 1 : 0);
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  const q = fromFloat(Math.abs(x));
  // n / 2^k == n * 5^k / 10^k
  let k = 0;
  for (let d = q.d; d > 1n; d >>= 1n) k++;
  return dec(sign, q.n * 5n ** BigInt(k), -k);
}
function fromString(s: string, c: PyContext): PyDecimal {
  const d = N.parseDecimal(s);
  if (d) return d;
  signal(c, "ConversionSyntax");
  return N.nan();
}
function fromTuple(items: any[]): PyDecimal {
  if (items.length !== 3) throw valueError("argument must be a sequence of length 3");
  const [s, digits, e] = items;
  if (!(s === 0 || s === 1 || s === false || s === true)) throw valueError("sign must be an integer with the value 0 or 1");
  const sign = (s === 1 || s === true ? 1 : 0) as 0 | 1;
  if (e === "F") return N.inf(sign);
  const ds = digits instanceof PyTuple || digits instanceof PyList ? digits.items : null;
  if (ds === null) throw valueError("coefficient must be a tuple of digits");
  let text = "";
  for (const x of ds) {
    if (!isInt(x) || typeof x === "boolean" || Number(x) < 0 || Number(x) > 9) throw valueError("coefficient must be a tuple of digits");
    text += String(x);
  }
  const coef = BigInt(text || "0");
  if (e === "n" || e === "N") return new PyDecimal(sign, coef, 0, e === "n" ? NAN : SNAN);
  if (typeof e === "string") throw valueError("string argument in the third position must be 'F', 'n' or 'N'");
  if (!isInt(e) || typeof e === "boolean") throw valueError("exponent must be an integer");
  return dec(sign, coef, Number(toIntValue(e)));
}
/** Decimal(value): exact, whatever the context's precision. */
function construct(v: any, c: PyContext): PyDecimal {
  if (v instanceof PyDecimal) return v;
  if (isInt(v)) return fromInt(v);
  if (typeof v === "string") return fromString(v, c);
  if (v instanceof PyFloat) {
    signal(c, "FloatOperation");
    return fromFloatExact(v.v);
  }
  if (v instanceof PyTuple || v instanceof PyList) return fromTuple(v.items);
  throw typeError(`conversion from ${typeName(v)} to Decimal is not supported`);
}
decimalType.ctor = (_cls, a, kw) => {
  onlyKw("Decimal", kw, ["value", "context"]);
  const v = arg("Decimal", a, kw, 0, "value", "0");
  const c = contextArg(arg("Decimal", a, kw, 1, "context", null));
  return construct(v, c);
};
/** An operand of an arithmetic operator: a Decimal or an int, else null (the operator returns NotImplemented). */
const operand = (v: any): PyDecimal | null => (v instanceof PyDecimal ? v : isInt(v) ? fromInt(v) : null);
/** An operand of a Context method or a Decimal method's argument: ints convert, other types raise TypeError. */
function convert(v: any): PyDecimal {
  const d = operand(v);
  if (d) return d;
  throw typeError(`conversion from ${typeName(v)} to Decimal is not supported`);
}

// ---------------------------------------------------------------- str, repr
const toStr = (d: PyDecimal, c = getContext()) => N.toSci(d, false, c.capitals);
def(decimalType, "__str__", (d: PyDecimal) => toStr(d));
def(decimalType, "__repr__", (d: PyDecimal) => `Decimal('${toStr(d)}')`);
def(decimalType, "to_eng_string", (d: PyDecimal, a, kw) =>
  N.toSci(d, true, contextArg(arg("to_eng_string", a, kw, 0, "context", null)).capitals),
);
def(decimalType, "__format__", (d: PyDecimal, a) => {
  if (typeof a[0] !== "string") throw typeError(`format() argument 2 must be str, not ${typeName(a[0])}`);
  if (a[0] === "") return toStr(d);
  const c = contextArg(a[1] ?? null);
  return formatDecimal(d, a[0], c.rounding, c.capitals);
});

// ---------------------------------------------------------------- arithmetic operators
type Op = (a: PyDecimal, b: PyDecimal, c: N.Ctx, st: N.Status) => PyDecimal;
/** Runs `op` in context `c`: its conditions become flags, and trapped ones raise. */
function run<T>(c: PyContext, f: (st: N.Status) => T): T {
  const st: N.Status = new Set();
  const r = f(st);
  commit(c, st);
  return r;
}
const binary = (op: Op) => (a: PyDecimal, b: PyDecimal, c: PyContext) => run(c, (st) => op(a, b, c, st));
const OPS: Record<string, Op> = {
  add: N.add,
  sub: N.sub,
  mul: N.mul,
  truediv: N.div,
  floordiv: N.floorDiv,
  mod: N.mod,
  pow: N.power,
};
for (const [name, op] of Object.entries(OPS)) {
  const f = binary(op);
  def(decimalType, `__${name}__`, (d: PyDecimal, a) => {
    if (name === "pow" && a.length > 1 && a[1] !== null) return powMod(d, a[0], a[1]);
    const o = operand(a[0]);
    return o ? f(d, o, getContext()) : NotImplemented;
  });
  def(decimalType, `__r${name}__`, (d: PyDecimal, a) => {
    const o = operand(a[0]);
    return o ? f(o, d, getContext()) : NotImplemented;
  });
}
/** pow(Decimal, exponent, modulo): ints convert, other types leave it to the other operands (NotImplemented) */
function powMod(d: PyDecimal, e: any, m: any): any {
  const x = operand(e),
    y = operand(m);
  if (!x || !y) return NotImplemented;
  const c = getContext();
  return run(c, (st) => N.powerMod(d, x, y, c, st));
}
const divmodOf = (a: PyDecimal, b: PyDecimal, c: PyContext) => new PyTuple(run(c, (st) => N.divmod(a, b, c, st)));
def(decimalType, "__divmod__", (d: PyDecimal, a) => {
  const o = operand(a[0]);
  return o ? divmodOf(d, o, getContext()) : NotImplemented;
});
def(decimalType, "__rdivmod__", (d: PyDecimal, a) => {
  const o = operand(a[0]);
  return o ? divmodOf(o, d, getContext()) : NotImplemented;
});

function minus(d: PyDecimal, c: PyContext): PyDecimal {
  return run(c, (st) => {
    if (d.special) return N.checkNaNs(d, null, c, st) ?? N.negate(d);
    const r = d.isZero && c.rounding !== "ROUND_FLOOR" ? dec(0, 0n, d.exp) : N.negate(d);
    return N.fix(r, c, st);
  });
}
function plus(d: PyDecimal, c: PyContext): PyDecimal {
  return run(c, (st) => {
    if (d.special) return N.checkNaNs(d, null, c, st) ?? d;
    const r = d.isZero && c.rounding !== "ROUND_FLOOR" ? dec(0, 0n, d.exp) : d;
    return N.fix(r, c, st);
  });
}
const absOf = (d: PyDecimal, c: PyContext) => (d.sign && !d.isNaN ? minus(d, c) : plus(d, c));
def(decimalType, "__neg__", (d: PyDecimal) => minus(d, getContext()));
def(decimalType, "__pos__", (d: PyDecimal) => plus(d, getContext()));
def(decimalType, "__abs__", (d: PyDecimal) => absOf(d, getContext()));
def(decimalType, "__bool__", (d: PyDecimal) => d.kind !== FINITE || d.coef !== 0n);

// ---------------------------------------------------------------- comparisons and hashing
/** a - b's sign for a Decimal and an int, float or Fraction; null when `o` is not comparable (NotImplemented). */
function compareWith(d: PyDecimal, o: any, c: PyContext, ordering: boolean): number | "nan" | null {
  let x: PyDecimal;
  if (o instanceof PyFloat) {
    // == and != with a float only flag FloatOperation; an ordering raises it when trapped
    if (ordering) signal(c, "FloatOperation");
    else c.flags.add("FloatOperation");
    x = fromFloatExact(o.v);
  } else if (o instanceof PyDecimal || isInt(o)) x = operand(o)!;
  else if (o !== null && typeof o === "object" && (o as any).pyType === fractionType) {
    if (d.isNaN) return nanCompare(d, null, c, ordering);
    if (d.kind === INF) return d.sign ? -1 : 1;
    // d = ±coef·10^exp against n/den
    const { n, d: den } = o as { n: bigint; d: bigint };
    let lhs = (d.sign ? -d.coef : d.coef) * den,
      rhs = n;
    if (d.exp >= 0) lhs = N.mulBig(lhs, N.pow10(d.exp));
    else rhs = N.mulBig(rhs, N.pow10(-d.exp));
    return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
  } else return null;
  if (d.isNaN || x.isNaN) return nanCompare(d, x, c, ordering);
  return N.compareValues(d, x);
}
/** A comparison with a NaN: ordering (or a signaling NaN) is an invalid operation; the result is "unequal". */
function nanCompare(a: PyDecimal, b: PyDecimal | null, c: PyContext, ordering: boolean): "nan" {
  if (ordering || a.kind === SNAN || b?.kind === SNAN) signal(c, "InvalidOperation");
  return "nan";
}
for (const [name, test, ordering] of [
  ["__eq__", (k: number) => k === 0, false],
  ["__ne__", (k: number) => k !== 0, false],
  ["__lt__", (k: number) => k < 0, true],
  ["__le__", (k: number) => k <= 0, true],
  ["__gt__", (k: number) => k > 0, true],
  ["__ge__", (k: number) => k >= 0, true],
] as const)
  def(decimalType, name, (d: PyDecimal, a) => {
    const k = compareWith(d, a[0], getContext(), ordering);
    if (k === null) return NotImplemented;
    if (k === "nan") return name === "__ne__";
    return test(k);
  });

const HASH_P = (1n << 61n) - 1n;
function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
/** CPython's hash of a Decimal: equal to the hash of an equal int or float */
function pyHash(d: PyDecimal): number | bigint {
  if (d.kind === SNAN) throw typeError("Cannot hash a signaling NaN value");
  if (d.kind === NAN) return keyOfNaN(d);
  if (d.kind === INF) return d.sign ? -314159 : 314159;
  const expHash = d.exp >= 0 ? modPow(10n, BigInt(d.exp), HASH_P) : modPow(modPow(10n, HASH_P - 2n, HASH_P), BigInt(-d.exp), HASH_P);
  let h = ((d.coef % HASH_P) * expHash) % HASH_P;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}
const nanIds = new WeakMap<PyDecimal, number>();
let nextNanId = 1;
function keyOfNaN(d: PyDecimal): number {
  if (!nanIds.has(d)) nanIds.set(d, nextNanId++ * 7919);
  return nanIds.get(d)!;
}
(decimalType as any).hashValue = pyHash;
/** The dict key: that of the equal int or float when there is one, so 1 == Decimal(1) share an entry. */
def(decimalType, "__hash__", (d: PyDecimal) => {
  if (d.kind === SNAN) throw typeError("Cannot hash a signaling NaN value");
  if (d.kind === NAN) return d;
  if (d.kind === INF) return keyOf(new PyFloat(d.sign ? -Infinity : Infinity));
  if (d.isZero) return 0;
  if (N.isIntegral(d) && d.adjusted() < 100_000) return keyOf(intOut(N.intValue(d)));
  if (d.adjusted() < 310 && d.adjusted() > -330) {
    const x = Number(toStr(d));
    const back = fromFloatExact(x);
    if (N.compareValues(back, d) === 0) return keyOf(new PyFloat(x));
  }
  const n = N.normalize(d, { prec: d.digits(), rounding: "ROUND_HALF_EVEN", Emin: -(2 ** 52), Emax: 2 ** 52, clamp: 0 }, new Set());
  return `\u0001D${n.sign}:${n.coef}:${n.exp}`;
});
const intOut = (x: bigint) => (x <= BigInt(Number.MAX_SAFE_INTEGER) && x >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);

// ---------------------------------------------------------------- int, float, round
function toInt(d: PyDecimal, mode: N.Rounding): number | bigint {
  if (d.isNaN) throw valueError("cannot convert NaN to integer");
  if (d.kind === INF) throw overflowError("cannot convert Infinity to integer");
  const r = N.rescale(d, Math.max(0, d.exp), mode);
  return intOut(N.intValue(r));
}
def(decimalType, "__int__", (d: PyDecimal) => toInt(d, "ROUND_DOWN"));
def(decimalType, "__trunc__", (d: PyDecimal) => toInt(d, "ROUND_DOWN"));
def(decimalType, "__floor__", (d: PyDecimal) => toInt(d, "ROUND_FLOOR"));
def(decimalType, "__ceil__", (d: PyDecimal) => toInt(d, "ROUND_CEILING"));
def(decimalType, "__float__", (d: PyDecimal) => {
  if (d.kind === SNAN) throw valueError("cannot convert signaling NaN to float");
  if (d.kind === NAN) return new PyFloat(d.sign ? -NaN : NaN);
  if (d.kind === INF) return new PyFloat(d.sign ? -Infinity : Infinity);
  const x = Number(N.toSci(d, false, 1));
  return new PyFloat(d.sign && x === 0 ? -0 : x);
});
def(decimalType, "__round__", (d: PyDecimal, a) => {
  if (!a.length) return toInt(d, "ROUND_HALF_EVEN");
  const nd = a[0];
  if (!isInt(nd)) throw typeError("optional arg must be an integer");
  const c = getContext();
  return run(c, (st) => N.quantize(d, dec(0, 1n, -Number(toIntValue(nd))), c.rounding, c, st));
});

// ---------------------------------------------------------------- methods
const ctxOf = (fname: string, a: any[], kw: KW, i: number) => contextArg(arg(fname, a, kw, i, "context", null));
const roundingOr = (v: any, c: PyContext) => (v === null ? c.rounding : roundingArg(v));
def(decimalType, "quantize", (d: PyDecimal, a, kw) => {
  onlyKw("quantize", kw, ["exp", "rounding", "context"]);
  const e = convert(arg("quantize", a, kw, 0, "exp"));
  const c = ctxOf("quantize", a, kw, 2);
  const mode = roundingOr(arg("quantize", a, kw, 1, "rounding", null), c);
  return run(c, (st) => N.quantize(d, e, mode, c, st));
});
for (const [name, exact] of [
  ["to_integral_value", false],
  ["to_integral", false],
  ["to_integral_exact", true],
] as const)
  def(decimalType, name, (d: PyDecimal, a, kw) => {
    onlyKw(name, kw, ["rounding", "context"]);
    const c = ctxOf(name, a, kw, 1);
    const mode = roundingOr(arg(name, a, kw, 0, "rounding", null), c);
    return run(c, (st) => N.toIntegral(d, mode, c, st, exact));
  });
def(decimalType, "sqrt", (d: PyDecimal, a, kw) => {
  const c = ctxOf("sqrt", a, kw, 0);
  return run(c, (st) => N.sqrt(d, c, st));
});
def(decimalType, "normalize", (d: PyDecimal, a, kw) => {
  const c = ctxOf("normalize", a, kw, 0);
  return run(c, (st) => N.normalize(d, c, st));
});
for (const [name, f] of Object.entries({ exp: M.exp, ln: M.ln, log10: M.log10 })) {
  def(decimalType, name, (d: PyDecimal, a, kw) => {
    const c = ctxOf(name, a, kw, 0);
    return run(c, (st) => f(d, c, st));
  });
  def(contextType, name, (c: PyContext, a) => run(c, (st) => f(convert(a[0]), c, st)));
}
def(decimalType, "remainder_near", (d: PyDecimal, a, kw) => {
  const o = convert(arg("remainder_near", a, kw, 0, "other"));
  const c = ctxOf("remainder_near", a, kw, 1);
  return run(c, (st) => N.remainderNear(d, o, c, st));
});
for (const [name, least] of [
  ["max", false],
  ["min", true],
] as const) {
  def(decimalType, name, (d: PyDecimal, a, kw) => {
    const o = convert(arg(name, a, kw, 0, "other"));
    const c = ctxOf(name, a, kw, 1);
    return run(c, (st) => N.maxMin(d, o, least, c, st));
  });
  def(contextType, name, (c: PyContext, a) => run(c, (st) => N.maxMin(convert(a[0]), convert(a[1]), least, c, st)));
}
def(decimalType, "fma", (d: PyDecimal, a, kw) => {
  const b = convert(arg("fma", a, kw, 0, "other"));
  const x = convert(arg("fma", a, kw, 1, "third"));
  const c = ctxOf("fma", a, kw, 2);
  return run(c, (st) => N.fma(d, b, x, c, st));
});
def(decimalType, "logb", (d: PyDecimal, a, kw) => {
  const c = ctxOf("logb", a, kw, 0);
  return run(c, (st) => {
    if (d.isNaN) return N.checkNaNs(d, null, c, st)!;
    if (d.kind === INF) return N.inf(0);
    if (d.isZero) {
      st.add("DivisionByZero");
      return N.inf(1);
    }
    return N.fix(fromInt(d.adjusted()), c, st);
  });
});
for (const [name, down] of [
  ["next_plus", false],
  ["next_minus", true],
] as const)
  def(decimalType, name, (d: PyDecimal, a, kw) => {
    const c = ctxOf(name, a, kw, 0);
    return run(c, (st) => N.nextToward(d, down, c, st));
  });
for (const name of ["next_toward", "scaleb"])
  def(decimalType, name, () => {
    throw exc(NotImplementedError, `Decimal.${name}() is not supported by this engine`);
  });
def(decimalType, "adjusted", (d: PyDecimal) => d.adjusted());
def(decimalType, "as_tuple", (d: PyDecimal) => {
  const digits = d.kind === INF ? [0] : d.kind !== FINITE && d.coef === 0n ? [] : [...N.digitsOf(d.coef)].map(Number);
  const exp = d.kind === INF ? "F" : d.kind === NAN ? "n" : d.kind === SNAN ? "N" : d.exp;
  return call(decimalTupleType(), [d.sign, new PyTuple(digits), exp], null);
});
def(decimalType, "as_integer_ratio", (d: PyDecimal) => {
  if (d.isNaN) throw valueError("cannot convert NaN to integer ratio");
  if (d.kind === INF) throw overflowError("cannot convert Infinity to integer ratio");
  const fr = call(fractionType, [intOut(d.sign ? -d.coef : d.coef), intOut(N.pow10(Math.max(0, -d.exp)))], null) as any;
  let num: bigint = fr.n,
    den: bigint = fr.d;
  if (d.exp > 0) num = N.mulBig(num, N.pow10(d.exp));
  return new PyTuple([intOut(num), intOut(den)]);
});
def(decimalType, "copy_abs", (d: PyDecimal) => new PyDecimal(0, d.coef, d.exp, d.kind));
def(decimalType, "copy_negate", (d: PyDecimal) => N.negate(d));
def(decimalType, "copy_sign", (d: PyDecimal, a) => new PyDecimal(convert(a[0]).sign, d.coef, d.exp, d.kind));
const isKind: Record<string, (d: PyDecimal) => boolean> = {
  is_nan: (d) => d.isNaN,
  is_qnan: (d) => d.kind === NAN,
  is_snan: (d) => d.kind === SNAN,
  is_infinite: (d) => d.kind === INF,
  is_finite: (d) => d.kind === FINITE,
  is_zero: (d) => d.isZero,
  is_signed: (d) => d.sign === 1,
  is_canonical: () => true,
};
for (const [name, f] of Object.entries(isKind)) def(decimalType, name, (d: PyDecimal) => f(d));
def(decimalType, "is_normal", (d: PyDecimal, a, kw) => d.kind === FINITE && !d.isZero && d.adjusted() >= ctxOf("is_normal", a, kw, 0).Emin);
def(
  decimalType,
  "is_subnormal",
  (d: PyDecimal, a, kw) => d.kind === FINITE && !d.isZero && d.adjusted() < ctxOf("is_subnormal", a, kw, 0).Emin,
);
def(decimalType, "compare", (d: PyDecimal, a, kw) => {
  const o = convert(arg("compare", a, kw, 0, "other"));
  const c = ctxOf("compare", a, kw, 1);
  return run(c, (st) => N.checkNaNs(d, o, c, st) ?? fromInt(N.compareValues(d, o)));
});
def(decimalType, "conjugate", (d: PyDecimal) => d);
decimalType.dict.set("real", new PyProperty((d: PyDecimal) => d, null, true));
decimalType.dict.set("imag", new PyProperty(() => dec(0, 0n, 0), null, true));
def(decimalType, "same_quantum", (d: PyDecimal, a, kw) => {
  const o = convert(arg("same_quantum", a, kw, 0, "other"));
  if (d.special || o.special) return (d.isNaN && o.isNaN) || (d.kind === INF && o.kind === INF);
  return d.exp === o.exp;
});
nativeCopy.set(contextType, (c: PyContext) => c.copy());
decimalType.dict.set(
  "from_float",
  new PyClassMethod(
    new PyBuiltin("from_float", (a) => {
      const x = a[1];
      if (isInt(x)) return fromInt(x);
      if (!(x instanceof PyFloat)) throw typeError("argument must be int or float");
      return fromFloatExact(x.v);
    }),
  ),
);

let tupleType: any = null;
function decimalTupleType(): any {
  tupleType ??= call(makeCollections().dict.get("namedtuple"), ["DecimalTuple", "sign digits exponent"], new Map([["module", "decimal"]]));
  return tupleType;
}

// ---------------------------------------------------------------- Context construction and methods
contextType.ctor = (_cls, a, kw) => {
  const c = new PyContext();
  if (kw)
    for (const k of kw.keys()) if (!CONTEXT_FIELDS.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for this function`);
  if (a.length > CONTEXT_FIELDS.length) throw typeError(`Context() takes at most ${CONTEXT_FIELDS.length} arguments`);
  CONTEXT_FIELDS.forEach((name, i) => {
    const v = arg("Context", a, kw, i, name, null);
    if (v !== null) setField(c, name, v);
  });
  return c;
};
def(contextType, "copy", (c: PyContext) => c.copy());
def(contextType, "__copy__", (c: PyContext) => c.copy());
def(contextType, "clear_flags", (c: PyContext) => (c.flags.clear(), null));
def(contextType, "clear_traps", (c: PyContext) => (c.traps.clear(), null));
def(contextType, "Etiny", (c: PyContext) => N.etiny(c));
def(contextType, "Etop", (c: PyContext) => N.etop(c));
def(contextType, "create_decimal", (c: PyContext, a) => {
  const v = a.length ? a[0] : "0";
  const d =
    typeof v === "string" ? fromString(v, c) : v instanceof PyFloat ? (signal(c, "FloatOperation"), fromFloatExact(v.v)) : construct(v, c);
  return run(c, (st) => N.fix(d, c, st));
});
def(contextType, "create_decimal_from_float", (c: PyContext, a) => {
  const v = a[0];
  if (!(v instanceof PyFloat) && !isInt(v)) throw typeError("argument must be int or float");
  const d = v instanceof PyFloat ? fromFloatExact(v.v) : fromInt(v);
  return run(c, (st) => N.fix(d, c, st));
});
const CTX_BINARY: Record<string, Op> = {
  add: N.add,
  subtract: N.sub,
  multiply: N.mul,
  divide: N.div,
  divide_int: N.floorDiv,
  remainder: N.mod,
};
def(contextType, "power", (c: PyContext, a, kw) => {
  const x = convert(arg("power", a, kw, 0, "a"));
  const y = convert(arg("power", a, kw, 1, "b"));
  const m = arg("power", a, kw, 2, "modulo", null);
  return run(c, (st) => (m === null ? N.power(x, y, c, st) : N.powerMod(x, y, convert(m), c, st)));
});
for (const [name, op] of Object.entries(CTX_BINARY))
  def(contextType, name, (c: PyContext, a) => {
    if (a.length !== 2) throw typeError(`${name}() takes exactly 2 arguments (${a.length} given)`);
    return run(c, (st) => op(convert(a[0]), convert(a[1]), c, st));
  });
def(contextType, "divmod", (c: PyContext, a) => divmodOf(convert(a[0]), convert(a[1]), c));
def(contextType, "sqrt", (c: PyContext, a) => run(c, (st) => N.sqrt(convert(a[0]), c, st)));
def(contextType, "abs", (c: PyContext, a) => absOf(convert(a[0]), c));
def(contextType, "minus", (c: PyContext, a) => minus(convert(a[0]), c));
def(contextType, "plus", (c: PyContext, a) => plus(convert(a[0]), c));
def(contextType, "normalize", (c: PyContext, a) => run(c, (st) => N.normalize(convert(a[0]), c, st)));
def(contextType, "quantize", (c: PyContext, a) => run(c, (st) => N.quantize(convert(a[0]), convert(a[1]), c.rounding, c, st)));
def(contextType, "to_integral_value", (c: PyContext, a) => run(c, (st) => N.toIntegral(convert(a[0]), c.rounding, c, st, false)));
def(contextType, "to_sci_string", (c: PyContext, a) => N.toSci(convert(a[0]), false, c.capitals));
def(contextType, "to_eng_string", (c: PyContext, a) => N.toSci(convert(a[0]), true, c.capitals));

// ---------------------------------------------------------------- localcontext
const managerType = nativeType("ContextManager", [objectType], "decimal");
managerType.tpName = "decimal.ContextManager";
class ContextManager {
  saved: PyContext | null = null;
  constructor(public ctx: PyContext) {}
}
(ContextManager.prototype as any).pyType = managerType;
def(managerType, "__enter__", (m: ContextManager) => {
  m.saved = getContext();
  setContext(m.ctx);
  return m.ctx;
});
def(managerType, "__exit__", (m: ContextManager) => {
  if (m.saved) setContext(m.saved);
  return false;
});

export function makeDecimal(): PyModule {
  const m = new PyModule("decimal");
  newState(m);
  const fn = fnOf(m);
  m.dict.set("Decimal", decimalType);
  m.dict.set("Context", contextType);
  m.dict.set("DecimalException", DecimalException);
  for (const [n, t] of Object.entries({ ...SIGNAL_TYPES, ...CONDITION_TYPES })) m.dict.set(n, t);
  for (const r of N.ROUNDINGS) m.dict.set(r, r);
  m.dict.set("MAX_PREC", 999999999999999999n);
  m.dict.set("MAX_EMAX", 999999999999999999n);
  m.dict.set("MIN_EMIN", -999999999999999999n);
  m.dict.set("MIN_ETINY", -1999999999999999997n);
  m.dict.set("HAVE_THREADS", true);
  m.dict.set("HAVE_CONTEXTVAR", true);
  m.dict.set("DefaultContext", new PyContext());
  m.dict.set("BasicContext", contextOf(9, "ROUND_HALF_UP", ["Clamped", "InvalidOperation", "DivisionByZero", "Overflow", "Underflow"]));
  m.dict.set("ExtendedContext", contextOf(9, "ROUND_HALF_EVEN", []));
  fn("getcontext", (a) => {
    if (a.length) throw typeError(`getcontext() takes no arguments (${a.length} given)`);
    return getContext();
  });
  fn("setcontext", (a) => {
    setContext(a[0]);
    return null;
  });
  fn("localcontext", (a, kw) => {
    const base = contextArg(arg("localcontext", a, kw, 0, "ctx", null));
    const c = base.copy();
    if (kw)
      for (const [k, v] of kw) {
        if (k === "ctx") continue;
        if (!CONTEXT_FIELDS.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for this function`);
        setField(c, k, v);
      }
    return new ContextManager(c);
  });
  return m;
}
