// The fractions module: Fraction over BigInts with CPython's constructor forms, reprs, mixed arithmetic (with a
// float the result is a float, as in CPython), comparisons, rounding and limit_denominator.
import { PyModule, PyFloat, PyTuple, PyProperty, PyClassMethod, PyBuiltin, NotImplemented } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { binop, toIntValue, keyOf } from "../../objects/ops";
import { def } from "../../objects/methods";
import { bindPy } from "../numpy/signature";
import { typeError, valueError, exc, ZeroDivisionError, overflowError } from "../../errors";
import { nativeType } from "./util";
import { bitLength, chargeBigPow } from "../../charge";
import { Q, q, add, sub, mul, div, cmp, fromFloat, toFloat } from "./rational";

export const fractionType = nativeType("Fraction", [objectType], "fractions");
class PyFraction {
  constructor(
    public n: bigint,
    public d: bigint,
  ) {}
}
(PyFraction.prototype as any).pyType = fractionType;
const F = (x: Q) => new PyFraction(x.n, x.d);
const big = (v: any) => BigInt(toIntValue(v));
const isIntLike = (v: any) => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
const intOut = (x: bigint) => (x <= BigInt(Number.MAX_SAFE_INTEGER) && x >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
const zeroDiv = (n: bigint) => exc(ZeroDivisionError, `Fraction(${n}, 0)`);

function fromFloatChecked(x: number): Q {
  if (x !== x) throw valueError("cannot convert NaN to integer ratio");
  if (!isFinite(x)) throw overflowError("cannot convert Infinity to integer ratio");
  return fromFloat(x);
}
const LITERAL = /^\s*([-+]?)(?=\d|\.\d)(\d*(?:_\d+)*)(?:(?:\/(\d+(?:_\d+)*))?|(?:\.(\d*(?:_\d+)*))?(?:[eE]([-+]?\d+(?:_\d+)*))?)\s*$/;
function parse(s: string): Q {
  const m = LITERAL.exec(s);
  if (!m) throw valueError(`Invalid literal for Fraction: '${s}'`);
  const clean = (x: string) => x.replace(/_/g, "");
  let n = BigInt(clean(m[2] || "0"));
  let d = 1n;
  if (m[3] !== undefined) {
    d = BigInt(clean(m[3]));
    if (d === 0n) throw zeroDiv(n);
  } else {
    if (m[4] !== undefined) {
      const frac = clean(m[4]);
      n = n * 10n ** BigInt(frac.length) + BigInt(frac || "0");
      d = 10n ** BigInt(frac.length);
    }
    if (m[5] !== undefined) {
      const e = Number(clean(m[5]));
      if (e >= 0) n *= 10n ** BigInt(e);
      else d *= 10n ** BigInt(-e);
    }
  }
  return q(m[1] === "-" ? -n : n, d);
}
function toQ(v: any): Q | null {
  if (v instanceof PyFraction) return { n: v.n, d: v.d };
  if (isIntLike(v)) return { n: big(v), d: 1n };
  return null;
}
fractionType.ctor = (_c, a, kw) => {
  const num = a.length ? a[0] : (kw?.get("numerator") ?? 0);
  const den = a.length > 1 ? a[1] : (kw?.get("denominator") ?? null);
  if (den === null) {
    const r = toQ(num);
    if (r) return F(r);
    if (num instanceof PyFloat) return F(fromFloatChecked(num.v));
    if (typeof num === "string") return F(parse(num));
    throw typeError("argument should be a string or a Rational instance");
  }
  const x = toQ(num),
    y = toQ(den);
  if (!x || !y) throw typeError("both arguments should be Rational instances");
  if (y.n === 0n) throw zeroDiv(x.n * y.d);
  return F(div(x, y));
};
def(fractionType, "__repr__", (f: PyFraction) => `Fraction(${f.n}, ${f.d})`);
def(fractionType, "__str__", (f: PyFraction) => (f.d === 1n ? `${f.n}` : `${f.n}/${f.d}`));
fractionType.dict.set("numerator", new PyProperty((f: PyFraction) => intOut(f.n), null, true));
fractionType.dict.set("denominator", new PyProperty((f: PyFraction) => intOut(f.d), null, true));

/** `f op other` (reflected when `rev`): Fractions and ints stay exact, a float makes the result a float */
function arith(op: string, f: PyFraction, other: any, rev: boolean): any {
  if (other instanceof PyFloat) return rev ? binop(op, other, new PyFloat(toFloat(f))) : binop(op, new PyFloat(toFloat(f)), other);
  const o = toQ(other);
  if (!o) return NotImplemented;
  const [x, y] = rev ? [o, { n: f.n, d: f.d }] : [{ n: f.n, d: f.d }, o];
  const nonzero = () => {
    if (y.n === 0n) throw zeroDiv(x.n * y.d);
  };
  switch (op) {
    case "+":
      return F(add(x, y));
    case "-":
      return F(sub(x, y));
    case "*":
      return F(mul(x, y));
    case "/":
      nonzero();
      return F(div(x, y));
    case "//": {
      nonzero();
      const r = div(x, y);
      return intOut(floorDiv(r.n, r.d));
    }
    case "%": {
      nonzero();
      const r = div(x, y);
      const k = floorDiv(r.n, r.d);
      return F(sub(x, mul(y, { n: k, d: 1n })));
    }
  }
  return NotImplemented;
}
const floorDiv = (n: bigint, d: bigint) => {
  const k = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? k - 1n : k;
};
for (const [name, op] of [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
]) {
  def(fractionType, `__${name}__`, (f: PyFraction, a) => arith(op, f, a[0], false));
  def(fractionType, `__r${name}__`, (f: PyFraction, a) => arith(op, f, a[0], true));
}
for (const [name, reflected] of [
  ["__divmod__", false],
  ["__rdivmod__", true],
] as const)
  def(fractionType, name, (f: PyFraction, a) => {
    const k = arith("//", f, a[0], reflected);
    return k === NotImplemented ? k : new PyTuple([k, arith("%", f, a[0], reflected)]);
  });
def(fractionType, "__pow__", (f: PyFraction, a) => {
  const e = a[0];
  if (e instanceof PyFraction && e.d === 1n) return powInt(f, e.n);
  if (isIntLike(e)) return powInt(f, big(e));
  if (e instanceof PyFloat || e instanceof PyFraction)
    return binop("**", new PyFloat(toFloat(f)), e instanceof PyFraction ? new PyFloat(toFloat(e)) : e);
  return NotImplemented;
});
function powInt(f: PyFraction, e: bigint): PyFraction {
  // the result has about |e| times the bits of numerator and denominator: refused up front when it cannot fit
  const bits = (bitLength(f.n) + bitLength(f.d)) * Number(e < 0n ? -e : e);
  if ((f.n !== 0n && f.n !== 1n && f.n !== -1n) || f.d !== 1n) chargeBigPow(bits);
  if (e >= 0n) return F(q(f.n ** e, f.d ** e));
  if (f.n === 0n) throw zeroDiv(f.d ** -e);
  return F(q(f.d ** -e, f.n ** -e));
}
def(fractionType, "__rpow__", (f: PyFraction, a) => {
  const b = a[0];
  if (f.d === 1n && isIntLike(b)) return powInt(F({ n: big(b), d: 1n }), f.n);
  if (isIntLike(b) || b instanceof PyFloat) return binop("**", b, new PyFloat(toFloat(f)));
  return NotImplemented;
});
function order(f: PyFraction, o: any): number | null {
  if (o instanceof PyFloat) {
    if (o.v !== o.v) return null;
    if (!isFinite(o.v)) return o.v > 0 ? -1 : 1;
    return cmp(f, fromFloat(o.v));
  }
  const x = toQ(o);
  return x ? cmp(f, x) : null;
}
for (const [name, test] of [
  ["__lt__", (c: number) => c < 0],
  ["__le__", (c: number) => c <= 0],
  ["__gt__", (c: number) => c > 0],
  ["__ge__", (c: number) => c >= 0],
] as const)
  def(fractionType, name, (f: PyFraction, a) => {
    const c = order(f, a[0]);
    return c === null ? (a[0] instanceof PyFloat ? false : NotImplemented) : test(c);
  });
def(fractionType, "__eq__", (f: PyFraction, a) => {
  const c = order(f, a[0]);
  return c === null ? (a[0] instanceof PyFloat ? false : NotImplemented) : c === 0;
});
def(fractionType, "__hash__", (f: PyFraction) => {
  if (f.d === 1n) return keyOf(intOut(f.n));
  const x = toFloat(f);
  return cmp(f, fromFloat(x)) === 0 ? keyOf(new PyFloat(x)) : `\u0001Q${f.n}/${f.d}`;
});
def(fractionType, "__neg__", (f: PyFraction) => new PyFraction(-f.n, f.d));
def(fractionType, "__pos__", (f: PyFraction) => f);
def(fractionType, "__abs__", (f: PyFraction) => new PyFraction(f.n < 0n ? -f.n : f.n, f.d));
def(fractionType, "__bool__", (f: PyFraction) => f.n !== 0n);
def(fractionType, "__float__", (f: PyFraction) => new PyFloat(toFloat(f)));
def(fractionType, "__int__", (f: PyFraction) => intOut(f.n / f.d));
def(fractionType, "__trunc__", (f: PyFraction) => intOut(f.n / f.d));
def(fractionType, "__floor__", (f: PyFraction) => intOut(floorDiv(f.n, f.d)));
def(fractionType, "__ceil__", (f: PyFraction) => intOut(-floorDiv(-f.n, f.d)));
def(fractionType, "__round__", (f: PyFraction, a) => {
  const nd = a.length ? a[0] : null;
  const halfEven = (n: bigint, d: bigint) => {
    const fl = floorDiv(n, d);
    const r2 = 2n * (n - fl * d);
    return r2 > d || (r2 === d && (fl & 1n) === 1n) ? fl + 1n : fl;
  };
  if (nd === null) return intOut(halfEven(f.n, f.d));
  const k = big(nd);
  chargeBigPow(Math.abs(Number(k)) * 3.33);
  const shift = 10n ** (k < 0n ? -k : k);
  return k >= 0n ? F(q(halfEven(f.n * shift, f.d), shift)) : F(q(halfEven(f.n, f.d * shift) * shift, 1n));
});
def(fractionType, "as_integer_ratio", (f: PyFraction) => new PyTuple([intOut(f.n), intOut(f.d)]));
def(fractionType, "limit_denominator", (f: PyFraction, a, kw) => {
  const m = bindPy(
    { name: "Fraction.limit_denominator", positional: ["self", "max_denominator"], required: 1 },
    [f, ...a],
    kw,
  ).max_denominator;
  const max = m === undefined ? 1000000n : big(m);
  if (max < 1n) throw valueError("max_denominator should be at least 1");
  if (f.d <= max) return f;
  // CPython's continued-fraction search
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let n = f.n,
    d = f.d;
  for (;;) {
    const a2 = floorDiv(n, d);
    const q2 = q0 + a2 * q1;
    if (q2 > max) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a2 * p1, q2];
    [n, d] = [d, n - a2 * d];
  }
  const k = (max - q0) / q1;
  const b1 = q(p0 + k * p1, q0 + k * q1),
    b2 = q(p1, q1);
  const self = { n: f.n, d: f.d };
  const dist = (b: Q) => {
    const x = sub(b, self);
    return x.n < 0n ? { n: -x.n, d: x.d } : x;
  };
  return F(cmp(dist(b2), dist(b1)) <= 0 ? b2 : b1);
});
fractionType.dict.set(
  "from_float",
  new PyClassMethod(
    new PyBuiltin("from_float", (a) => {
      const x = a[1];
      if (isIntLike(x)) return F({ n: big(x), d: 1n });
      if (!(x instanceof PyFloat)) throw typeError(`Fraction.from_float() only takes floats, not ${typeName(x)}`);
      return F(fromFloatChecked(x.v));
    }),
  ),
);

export function makeFractions(): PyModule {
  const m = new PyModule("fractions");
  m.dict.set("Fraction", fractionType);
  return m;
}
