// np.gcd / np.lcm: NumPy's integer loops (there are no bool or float ones). gcd is that of |a| and |b|; lcm is
// |a| / gcd · |b|, both taken exactly and then wrapped to the dtype's width as NumPy's C arithmetic wraps them
// (np.gcd(np.int8(-128), 0) is -128, np.lcm(np.int8(100), 3) is 44). int64 and uint64 elements are doubles here: a
// result past 2**53 is computed in BigInt and then held exactly or refused (exactI64 / exactUint64), never rounded.
import { type DType, EXACT_INT, NPError, castValue, exactI64, isInt } from "./core";

const I64_MIN = -(2 ** 63);

/** gcd of two integer-valued doubles: Euclid on doubles is exact (% of doubles is exact), |-2**63| included */
function gcdAbs(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
/** |a| / gcd · |b| exactly (a BigInt past 2**53) */
function lcmExact(a: number, b: number): number | bigint {
  const g = gcdAbs(a, b);
  if (g === 0) return 0;
  const x = Math.abs(a),
    y = Math.abs(b);
  if (x < EXACT_INT && y < EXACT_INT) {
    const r = (x / g) * y;
    if (r < EXACT_INT) return r;
  }
  return (BigInt(x) / BigInt(g)) * BigInt(y);
}
/** a 64-bit result held as a double: wrapped to int64 (uint64's wrap is the same bits; exactUint64 refuses the rest) */
const held64 = (w: bigint): number => exactI64(BigInt.asIntN(64, w));

/** int64 / uint64 kernels */
export const gcdI64 = (a: number, b: number): number => {
  const g = gcdAbs(a, b);
  return g === 2 ** 63 ? I64_MIN : g; // gcd(-2**63, 0) wraps onto -2**63
};
export const lcmI64 = (a: number, b: number): number => {
  const r = lcmExact(a, b);
  return typeof r === "number" ? r : held64(r);
};
/** the narrower integers (operands below 2**32): exact, or its low 32 bits; the typed-array store wraps the rest */
export const gcdNarrow = gcdAbs;
export const lcmNarrow = (a: number, b: number): number => {
  const r = lcmExact(a, b);
  return typeof r === "number" ? r : Number(BigInt.asIntN(32, r));
};

/** the kernel of gcd or lcm in integer dtype dt, its result in dt (for reductions, where nothing stores it between steps) */
export function gcdLcmKernel(name: string, dt: DType): (a: number, b: number) => number {
  if (!isInt(dt)) throw new TypeError(`gcdLcmKernel: ${dt}`);
  const wide = dt === "int64" || dt === "uint64";
  const k = name === "gcd" ? (wide ? gcdI64 : gcdNarrow) : wide ? lcmI64 : lcmNarrow;
  if (dt === "uint64")
    return (a, b) => {
      const r = k(a, b);
      if (r < 0 || r > Number.MAX_SAFE_INTEGER)
        throw new NPError(
          "NotImplementedError",
          "a uint64 result below 0 or above 2**53 (NumPy wraps it modulo 2**64) is not supported by this engine; use int64 or float64",
        );
      return r;
    };
  return wide ? k : (a, b) => castValue(k(a, b), dt);
}

const DTYPE_CLASS: Partial<Record<DType, string>> = {
  bool: "BoolDType",
  int8: "Int8DType",
  uint8: "UInt8DType",
  int16: "Int16DType",
  uint16: "UInt16DType",
  int32: "Int32DType",
  uint32: "UInt32DType",
  int64: "Int64DType",
  uint64: "UInt64DType",
  float16: "Float16DType",
  float32: "Float32DType",
  float64: "Float64DType",
  object: "ObjectDType",
};
/** NumPy's name of an operand's DType class in a no-loop error: a Python int or float has its own (a bool has not) */
export function dtypeClassName(dt: DType | null, weak: 0 | "int" | "float" | "bool" = 0): string {
  if (dt === null) return "None";
  const name = weak === "int" ? "_PyLongDType" : weak === "float" ? "_PyFloatDType" : (DTYPE_CLASS[dt] ?? `${dt}DType`);
  return `<class 'numpy.dtypes.${name}'>`;
}
/** NumPy's error for gcd/lcm operands without an integer loop (bools, floats, int64 with uint64) */
export function noIntLoop(name: string, x: string, y: string): NPError {
  return new NPError("UFuncTypeError", `ufunc '${name}' did not contain a loop with signature matching types (${x}, ${y}) -> None`);
}
