// Float-only element-wise functions missing from ops.ts. They reuse binary()'s broadcasting and 'float' type resolution
// (bool/int8 → float16, …); a kernel sees double values and its result is rounded once to the result dtype.
// heaviside, frexp, ldexp, nextafter and spacing are exact for every float dtype. float_power, logaddexp2 and sinc go
// through Math.pow / Math.log1p / 2 ** t / the engine's sin, which differ from NumPy's C math in the last bit for a few
// percent of inputs (logaddexp2 computes in float32 steps for float32, as NumPy's loop does).
import {
  NDArray,
  NPScalar,
  DType,
  emptyArray,
  typeError,
  isFloat,
  kindOf,
  astype,
  charge,
  castValue,
  fpCondition,
  getErrState,
} from "./core";
import { binary, BinOp, Operand, broadcastShapes, broadcastTo, multiply, where3, unary } from "./ops";
import { asarray } from "./creation";

type K = (a: number, b: number) => number;
const op = (name: string, f: K): BinOp => ({ name, rule: "float", code: 0, f });
/** 0-size stand-in of an operand: binary() on it resolves the dtype without touching the data */
const probe = (x: Operand) => (x instanceof NDArray ? emptyArray(x.dtype, [0]) : x);
/** the result dtype of a float ufunc for these operands */
function floatType(name: string, x: Operand, y: Operand): DType {
  for (const v of [x, y])
    if ((v instanceof NDArray || v instanceof NPScalar) && v.dtype === "object")
      throw typeError(
        `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      );
  return binary(
    op(name, () => 0),
    probe(x),
    probe(y),
  ).dtype;
}

const f32 = new Float32Array(1),
  u32 = new Uint32Array(f32.buffer),
  f64 = new Float64Array(1),
  u64 = new BigUint64Array(f64.buffer);
/** the next float64 after x toward +inf (up) or -inf */
function step64(x: number, up: boolean): number {
  if (x === 0) return up ? 5e-324 : -5e-324;
  f64[0] = x;
  u64[0] += x > 0 === up ? 1n : -1n;
  return f64[0]!;
}
function step32(x: number, up: boolean): number {
  if (x === 0) return up ? 1.401298464324817e-45 : -1.401298464324817e-45;
  f32[0] = x;
  u32[0] += x > 0 === up ? 1 : -1;
  return f32[0]!;
}
/** the next float16 after x (p = 11 significand bits, smallest normal 2**-14, largest finite 65504) */
function step16(x: number, up: boolean): number {
  if (x === 0) return up ? 2 ** -24 : -(2 ** -24);
  if (x === Infinity || x === -Infinity) return x > 0 ? 65504 : -65504; // toward the finite values
  const a = Math.abs(x),
    e = Math.max(Math.floor(Math.log2(a)), -14);
  let ulp = 2 ** (e - 10);
  if (x > 0 !== up && a === 2 ** e && e > -14) ulp /= 2;
  const r = x + (up ? ulp : -ulp);
  return r === 0 ? x * 0 : Math.abs(r) > 65504 ? r * Infinity : r; // -tiny steps up to -0, as the bits do
}
const stepFor = (ct: string) => (ct === "float64" ? step64 : ct === "float32" ? step32 : step16);
let overflow = false,
  invalid = false,
  divzero = false;
/** NumPy's 'overflow encountered in <name>' when a finite input gave an infinite result (and float16 spacing's
 * 'invalid value' for an infinite input) */
const check = (name: string, r: NDArray | NPScalar) => {
  if (overflow) fpCondition(getErrState().over, `overflow encountered in ${name}`);
  if (invalid) fpCondition(getErrState().invalid, `invalid value encountered in ${name}`);
  if (divzero) fpCondition(getErrState().divide, `divide by zero encountered in ${name}`);
  overflow = invalid = divzero = false;
  return r;
};
const flag = (a: number, r: number) => {
  if (r === Infinity || r === -Infinity) overflow ||= Number.isFinite(a);
  return r;
};
const nextafter =
  (step: (x: number, up: boolean) => number): K =>
  (a, b) =>
    a !== a || b !== b ? NaN : a === b ? b : flag(a, step(a, b > a));
/** spacing(x) = nextafter(x, sign(x)*inf) - x (NumPy: inf and nan give nan; for float16 always toward +inf) */
const spacing =
  (step: (x: number, up: boolean) => number): K =>
  (a) =>
    a !== a
      ? NaN
      : a === Infinity || a === -Infinity
        ? ((invalid ||= step === step16), NaN)
        : flag(a, step(a, step === step16 || !(a < 0)) - a);

/** musl's scalbn: x * 2**n with a single rounding */
export function ldexp64(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) {
      y *= 2 ** 1023;
      n = Math.min(n - 1023, 1023);
    }
  } else if (n < -1022) {
    y *= 2 ** -969; // 2**-1022 * 2**53: stays exact until the last multiply
    n += 969;
    if (n < -1022) {
      y *= 2 ** -969;
      n = Math.max(n + 969, -1022);
    }
  }
  return y * 2 ** n;
}
function frexpParts(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = ldexp64(x, -e);
  while (Math.abs(m) >= 1) (m /= 2), e++;
  while (Math.abs(m) < 0.5) (m *= 2), e--;
  return [m, e];
}

const LOG2E = Math.LOG2E;
/** npy_logaddexp2: the larger plus log2(1 + 2**-|x-y|); `r` rounds every step to the loop's type (float32 for
 * float16/float32, as NumPy's loops compute) */
const logaddexp2 =
  (r: (v: number) => number): K =>
  (x, y) => {
    if (x === y) return r(x + 1); // equal infinities
    const t = r(x - y);
    if (t > 0) return r(x + r(r(LOG2E) * r(Math.log1p(r(2 ** -t)))));
    if (t <= 0) return r(y + r(r(LOG2E) * r(Math.log1p(r(2 ** t)))));
    return t; // nan
  };
function powChecked(a: number, b: number): number {
  if (a === 1 || b === 0 || (a === -1 && Math.abs(b) === Infinity)) return 1;
  const r = Math.pow(a, b);
  if (r !== r) invalid ||= a === a && b === b;
  else if (r === Infinity || r === -Infinity) {
    if (a === 0) divzero = true;
    else overflow ||= Number.isFinite(a) && Number.isFinite(b);
  }
  return r;
}
const asF64 = (v: Operand) =>
  v instanceof NDArray ? astype(v, "float64", false) : v instanceof NPScalar ? new NPScalar("float64", Number(v.value)) : v;

/** np.sinc as NumPy's Python code computes it: pi*x, where(x, x, eps), sin(y)/y */
export function sinc(x0: Operand): NDArray | NPScalar {
  const x = multiply(Math.PI, x0 instanceof NDArray ? x0 : asarray(x0)); // Math.PI: a weak Python float
  const eps = ({ float16: 0.0009765625, float32: 1.1920928955078125e-7 } as Record<string, number>)[x.dtype] ?? 2.220446049250313e-16;
  const y = where3(x, x, eps);
  return binary(
    op("divide", (a, b) => a / b),
    unary("sin", y),
    y,
  ); // y is a float: the quotient keeps its dtype
}

export function floatUfunc(name: string, x: Operand, y: Operand): NDArray | NPScalar {
  const ct = floatType(name, x, y);
  switch (name) {
    case "heaviside":
      return binary(
        op(name, (a, b) => (a !== a ? a : a < 0 ? 0 : a > 0 ? 1 : b)),
        x,
        y,
      );
    case "float_power":
      overflow = invalid = divzero = false;
      // float64 only (NumPy has no float32 loop); Math.pow, as np.power's float loop in ops.ts
      return check(name, binary(op(name, powChecked), asF64(x), asF64(y)));
    case "logaddexp2": {
      overflow = invalid = divzero = false;
      const k = logaddexp2(ct === "float64" ? (v) => v : Math.fround);
      // C's ordered comparison of a NaN raises the 'invalid' flag
      return check(
        name,
        binary(
          op(name, (a, b) => ((invalid ||= a !== a || b !== b), k(a, b))),
          x,
          y,
        ),
      );
    }
    case "nextafter":
      overflow = false;
      return check(name, binary(op(name, nextafter(stepFor(ct))), x, y));
    default:
      overflow = false;
      return check(name, binary(op(name, spacing(stepFor(ct))), x, x));
  }
}
export function frexp(x: Operand): [NDArray | NPScalar, NDArray | NPScalar] {
  floatType("frexp", x, x);
  const m = binary(
    op("frexp", (a) => frexpParts(a)[0]),
    x,
    x,
  );
  const e = binary(
    op("frexp", (a) => frexpParts(a)[1]),
    x,
    x,
  );
  return [m, e instanceof NDArray ? astype(e, "int32") : new NPScalar("int32", Number(e.value))];
}
export function ldexp(x: Operand, n: Operand): NDArray | NPScalar {
  const nt = (n instanceof NDArray ? n : asarray(n)).dtype;
  if (isFloat(nt) || kindOf(nt) === "O" || nt === "uint64")
    throw typeError(
      "ufunc 'ldexp' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  const ct = floatType("ldexp", x, x);
  const arr = (v: Operand) => (v instanceof NDArray ? v : asarray(v));
  const xa = arr(x),
    na = arr(n);
  const shape = broadcastShapes(xa.shape, na.shape);
  const xb = broadcastTo(xa, shape),
    nb = broadcastTo(na, shape);
  const out = emptyArray(ct, shape);
  charge(out.size);
  overflow = false;
  for (let i = 0; i < out.size; i++) {
    const a = Number(xb.getFlat(i));
    out.data[i] = flag(a, castValue(ldexp64(a, Number(nb.getFlat(i))), ct));
  }
  return check("ldexp", shape.length ? out : new NPScalar(ct, out.data[0]));
}
