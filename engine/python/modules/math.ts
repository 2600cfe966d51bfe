// The math module.
import { PyModule, PyFloat, PyBuiltin, KW, PyTuple } from "../objects/core";
import { toNum, toIntValue, isInt, floatToInt, iterToArray, callMethodObj } from "../objects/ops";
import { typeOf } from "../objects/types";
import { valueError, overflowError, typeError, zeroDiv } from "../errors";
import { normBig } from "../objects/num";
import { chargeSteps, checkAlloc } from "../limits";
import { bitLength, chargeBigDivOf, chargeBigMul, chargeBigMulOf, chargeArithmetic, mulNs, predictNative } from "../charge";
import { nargs } from "../objects/methods";
import { glibcExp } from "../../random/glibc-exp";
import { glibcLog } from "../../random/glibc-log";
import { glibcPow } from "../../random/glibc-pow";
import { erf, erfc, gamma, lgamma } from "./math-special";
import { applyMathSignatures } from "./math-signatures";

/**
 * CPython's loghelper: log(float(n)) for an int that fits a double; for a larger one log(m) + log(2)·e with
 * n = m·2**e, 0.5 <= m < 1.
 */
function logOf(v: any, f: (x: number) => number = glibcLog): number {
  if (isInt(v) && typeof v === "bigint") {
    if (v <= 0n) throw valueError("math domain error");
    const asFloat = Number(v);
    if (Number.isFinite(asFloat)) return f(asFloat);
    // the exact bit length (charge.ts's bitLength rounds up to a hex digit, which shifts the rounding)
    const hex = v.toString(16);
    const e = (hex.length - 1) * 4 + parseInt(hex[0], 16).toString(2).length;
    const m = Number(v >> BigInt(e - 64)) / 2 ** 64;
    return f(m) + f(2) * e;
  }
  const x = toNum(v);
  if (x !== x || x === Infinity) return x;
  if (x <= 0) throw valueError("math domain error");
  return f(x);
}

/** CPython's math.fsum: Shewchuk's exact partial sums, correctly rounded */
function fsum(items: any[]): number {
  const p: number[] = [];
  let special = 0,
    infSum = 0;
  for (const v of items) {
    let x = toNum(v);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (infSum !== infSum) throw valueError("-inf + inf in fsum");
    return special;
  }
  let n = p.length,
    hi = 0,
    lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // round half to even across the remaining partials
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

export function makeMath(): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  const F = (x: number) => new PyFloat(x);
  const fn = (name: string, f: (args: any[], kw: KW) => any) => d.set(name, new PyBuiltin(name, f));
  const domain = () => valueError("math domain error");
  const f1 = (name: string, f: (x: number) => number, check?: (x: number) => boolean) =>
    fn(name, (a) => {
      if (a.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${a.length} given)`);
      const x = toNum(a[0]);
      if (check && !check(x)) throw domain();
      const r = f(x);
      if (r !== r && x === x) throw domain();
      if (!isFinite(r) && isFinite(x)) throw overflowError("math range error");
      return F(r);
    });
  d.set("pi", F(Math.PI));
  d.set("e", F(Math.E));
  d.set("tau", F(2 * Math.PI));
  d.set("inf", F(Infinity));
  d.set("nan", F(NaN));
  f1("sqrt", Math.sqrt, (x) => x >= 0 || x !== x);
  f1("exp", glibcExp);
  f1("exp2", (x) => glibcPow(2, x));
  f1("cbrt", Math.cbrt);
  f1("expm1", Math.expm1);
  f1("sin", Math.sin);
  f1("cos", Math.cos);
  f1("tan", Math.tan);
  f1("asin", Math.asin, (x) => x >= -1 && x <= 1);
  f1("acos", Math.acos, (x) => x >= -1 && x <= 1);
  f1("atan", Math.atan);
  f1("sinh", Math.sinh);
  f1("cosh", Math.cosh);
  f1("tanh", Math.tanh);
  f1("asinh", Math.asinh);
  f1("acosh", Math.acosh, (x) => x >= 1);
  f1("atanh", Math.atanh, (x) => x > -1 && x < 1);
  fn("log10", (a) => F(logOf(a[0], Math.log10)));
  fn("log2", (a) => F(logOf(a[0], Math.log2)));
  f1("log1p", Math.log1p, (x) => x > -1);
  f1("fabs", Math.abs);
  f1("degrees", (x) => (x * 180) / Math.PI);
  f1("radians", (x) => (x * Math.PI) / 180);
  f1("erf", erf);
  f1("erfc", erfc);
  f1("gamma", gamma);
  f1("lgamma", lgamma);
  fn("log", (a, kw) => {
    if (kw && kw.size) throw typeError("log() takes no keyword arguments");
    if (a.length < 1 || a.length > 2) throw typeError("math.log requires 1 to 2 arguments");
    const num = logOf(a[0]);
    if (a.length === 1) return F(num);
    const den = logOf(a[1]);
    if (den === 0) throw zeroDiv("float division by zero");
    return F(num / den);
  });
  fn("pow", (a) => {
    const x = toNum(a[0]),
      y = toNum(a[1]);
    if (x === 0 && y < 0) throw domain();
    if (x < 0 && !Number.isInteger(y)) throw domain();
    const r = glibcPow(x, y);
    if (!isFinite(r) && isFinite(x) && isFinite(y)) throw overflowError("math range error");
    return F(r);
  });
  fn("atan2", (a) => F(Math.atan2(toNum(a[0]), toNum(a[1]))));
  fn("hypot", (a) => F(vectorNorm(a.map((v) => Math.abs(toNum(v))))));
  fn("copysign", (a) => {
    const x = Math.abs(toNum(a[0])),
      y = toNum(a[1]);
    return F(y < 0 || Object.is(y, -0) ? -x : x);
  });
  fn("fmod", (a) => {
    const y = toNum(a[1]);
    if (y === 0) throw domain();
    return F(toNum(a[0]) % y);
  });
  const toIntRes = (a: any[], f: (x: number) => number, name: string) => {
    const x = a[0];
    if (isInt(x)) return typeof x === "boolean" ? +x : x;
    if (!(x instanceof PyFloat)) {
      const m = typeOf(x).lookup("__" + name + "__");
      if (m !== undefined) return callMethodObj(m, x, []);
    }
    return floatToInt(f(toNum(x)));
  };
  fn("floor", (a) => toIntRes(a, Math.floor, "floor"));
  fn("ceil", (a) => toIntRes(a, Math.ceil, "ceil"));
  fn("trunc", (a) => toIntRes(a, Math.trunc, "trunc"));
  fn("isnan", (a) => {
    const x = toNum(a[0]);
    return x !== x;
  });
  fn("isinf", (a) => {
    const x = toNum(a[0]);
    return x === Infinity || x === -Infinity;
  });
  fn("isfinite", (a) => isFinite(toNum(a[0])));
  fn("isclose", (a) => {
    const x = toNum(a[0]),
      y = toNum(a[1]);
    const rt = a[2] !== undefined ? toNum(a[2]) : 1e-9,
      at = a[3] !== undefined ? toNum(a[3]) : 0;
    if (rt < 0 || at < 0) throw valueError("tolerances must be non-negative");
    if (x === y) return true;
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
    const diff = Math.abs(x - y);
    return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
  });
  fn("factorial", (a) => {
    const n = Number(toIntValue(a[0]));
    if (n < 0) throw valueError("factorial() not defined for negative values");
    if (n > 20000) checkAlloc(n * 2);
    // the i-th product costs about the size of r (log2(i!) ≈ i·log2 i bits): n²·log2(n)/128 ns in all
    if (n > 1000) predictNative((n * n * Math.log2(n)) / 128);
    let r = 1n;
    for (let i = 2; i <= n; i++) {
      r *= BigInt(i);
      chargeSteps(1 + ((i * Math.log2(i)) >>> 6));
    }
    return normBig(r);
  });
  const gcd2 = (x: bigint, y: bigint) => {
    x = x < 0n ? -x : x;
    y = y < 0n ? -y : y;
    while (y) {
      chargeBigDivOf(x, y);
      [x, y] = [y, x % y];
    }
    return x;
  };
  fn("gcd", (a) => normBig(a.map((v) => BigInt(toIntValue(v))).reduce(gcd2, 0n)));
  fn("lcm", (a) =>
    normBig(
      a
        .map((v) => BigInt(toIntValue(v)))
        .reduce((x, y) => {
          if (x === 0n || y === 0n) return 0n;
          chargeBigMulOf(x, y);
          const p = x * y;
          return (p < 0n ? -p : p) / gcd2(x, y);
        }, 1n),
    ),
  );
  /** Π (n - i) for i < k, divided step by step by (i + 1) when `divide`: comb and perm. */
  const fallingProduct = (n: bigint, k: bigint, divide: boolean): bigint => {
    const nBits = bitLength(n),
      kk = Number(k);
    predictNative(kk * mulNs((kk * nBits) / 2, nBits) * (divide ? 2 : 1));
    let r = 1n;
    for (let i = 0n; i < k; i++) {
      chargeBigMul(bitLength(r), nBits);
      r *= n - i;
      if (divide) r /= i + 1n;
    }
    return r;
  };
  fn("comb", (a) => {
    nargs("comb", a, 2, 2);
    const n = BigInt(toIntValue(a[0])),
      k0 = BigInt(toIntValue(a[1]));
    if (n < 0n || k0 < 0n) throw valueError(n < 0n ? "n must be a non-negative integer" : "k must be a non-negative integer");
    if (k0 > n) return 0;
    return normBig(fallingProduct(n, k0 < n - k0 ? k0 : n - k0, true));
  });
  fn("perm", (a) => {
    nargs("perm", a, 1, 2);
    const n = BigInt(toIntValue(a[0])),
      k = a.length > 1 && a[1] !== null ? BigInt(toIntValue(a[1])) : n;
    if (n < 0n || k < 0n) throw valueError(n < 0n ? "n must be a non-negative integer" : "k must be a non-negative integer");
    if (k > n) return 0;
    return normBig(fallingProduct(n, k, false));
  });
  fn("isqrt", (a) => {
    nargs("isqrt", a, 1, 1);
    const n = BigInt(toIntValue(a[0]));
    if (n < 0n) throw valueError("isqrt() argument must be nonnegative");
    if (n < 2n) return normBig(n);
    // Newton's iteration from above: x > isqrt(n) until it stops decreasing
    let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
    for (;;) {
      chargeBigDivOf(n, x);
      const y = (x + n / x) >> 1n;
      if (y >= x) return normBig(x);
      x = y;
    }
  });
  fn("fsum", (a) => F(fsum(chargeArithmetic(iterToArray(a[0])))));
  fn("prod", (a) => {
    let r: any = a[1] ?? 1;
    for (const v of chargeArithmetic(iterToArray(a[0]))) r = binopMul(r, v);
    return r;
  });
  fn("dist", (a) => {
    const p = iterToArray(a[0]).map(toNum),
      q = iterToArray(a[1]).map(toNum);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    return F(vectorNorm(p.map((x, i) => Math.abs(x - q[i]))));
  });
  fn("modf", (a) => {
    const x = toNum(a[0]);
    const i = Math.trunc(x);
    return new PyTuple([F(x - i), F(i)]);
  });
  fn("frexp", (a) => {
    const x = toNum(a[0]);
    if (x === 0 || !isFinite(x)) return new PyTuple([F(x), 0]);
    let e = Math.ceil(Math.log2(Math.abs(x)));
    let mm = x / Math.pow(2, e);
    if (Math.abs(mm) >= 1) {
      mm /= 2;
      e++;
    }
    if (Math.abs(mm) < 0.5) {
      mm *= 2;
      e--;
    }
    return new PyTuple([F(mm), e]);
  });
  fn("ldexp", (a) => {
    if (!isInt(a[1])) throw typeError("Expected an int as second argument to ldexp.");
    const x = toNum(a[0]),
      e = Number(a[1]);
    // in two steps: 2**e alone under- or overflows before x scales it back (ldexp(0.5, 1024))
    const r = x * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
    if (!isFinite(r) && isFinite(x)) throw overflowError("math range error");
    return F(r);
  });
  fn("remainder", (a) => {
    const x = toNum(a[0]),
      y = toNum(a[1]);
    if (x !== x || y !== y) return F(NaN);
    if (!isFinite(x) || y === 0) throw domain();
    if (!isFinite(y)) return F(x);
    // CPython's m_remainder: x - n*y with n the integer nearest x/y, ties to even, exactly
    const ax = Math.abs(x),
      ay = Math.abs(y);
    const m = ax % ay,
      c = ay - m;
    const r = m < c ? m : m > c ? -c : m - 2 * ((0.5 * (ax - m)) % ay);
    return F(x < 0 || Object.is(x, -0) ? -r : r);
  });
  fn("nextafter", (a) => F(nextAfter(toNum(a[0]), toNum(a[1]))));
  fn("ulp", (a) => {
    const x = Math.abs(toNum(a[0]));
    if (x !== x || x === Infinity) return F(x);
    const n = nextAfter(x, Infinity);
    return F(n === Infinity ? x - nextAfter(x, 0) : n - x);
  });
  applyMathSignatures(m);
  return m;
}
import { binop } from "../objects/ops";

/** a·b as hi + lo exactly (Dekker's product with Veltkamp's split: what fma gives CPython) */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = 134217729 * a,
    ah = ca - (ca - a),
    al = a - ah;
  const cb = 134217729 * b,
    bh = cb - (cb - b),
    bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
/** CPython's vector_norm (math.hypot, math.dist) of absolute values: lossless scaling, exact squares, compensated
 *  sums and a corrected square root, so the last bit agrees (Math.hypot's often does not) */
function vectorNorm(vec: number[]): number {
  let max = 0,
    nan = false;
  for (const v of vec) {
    if (v !== v) nan = true;
    else if (v > max) max = v;
  }
  if (max === Infinity) return max;
  if (nan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let e = Math.floor(Math.log2(max)) + 1;
  // frexp's exponent: 0.5 <= max·2**-e < 1 (log2 may land one off near a power of two)
  if (max * 2 ** -e >= 1) e++;
  else if (max * 2 ** -e < 0.5) e--;
  if (e < -1023) return 2 ** -1022 * vectorNorm(vec.map((v) => v / 2 ** -1022));
  const scale = 2 ** -e;
  let csum = 1,
    frac1 = 0,
    frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    const [hi, lo] = twoProduct(x, x);
    const sum = csum + hi;
    frac2 += csum - sum + hi;
    csum = sum;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [hi, lo] = twoProduct(-h, h);
  const sum = csum + hi;
  frac2 += csum - sum + hi;
  csum = sum;
  frac1 += lo;
  h += (csum - 1 + (frac1 + frac2)) / (2 * h);
  return h / scale;
}

function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] += y > x === x > 0 ? 1n : -1n;
  return b[0];
}
const binopMul = (a: any, b: any) => binop("*", a, b);
