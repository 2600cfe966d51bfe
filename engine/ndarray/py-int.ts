// A Python int past 2**53 (a bigint: smaller ones are JS numbers) entering NumPy storage. int64 and uint64 elements are
// doubles here, so a value no double holds is refused (NotImplementedError) rather than rounded; a value outside the
// dtype raises NumPy's OverflowError, with NumPy's message.
import { type DType, NPError, INT_BOUNDS, isFloat, isInt, itemsize, castValue, uint64Unsupported } from "./core";

const LONG_MIN = -(2n ** 63n),
  LONG_END = 2n ** 63n,
  ULONG_END = 2n ** 64n,
  SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The dtype np.array gives a Python int: int64, uint64 in [2**63, 2**64), object beyond both. */
export function pyIntDType(v: bigint): DType {
  if (v >= LONG_MIN && v < LONG_END) return "int64";
  return v >= 0n && v < ULONG_END ? "uint64" : "object";
}

const notHeld = (v: bigint) =>
  new NPError(
    "NotImplementedError",
    `the int64 value ${v} is beyond 2**53, where this engine cannot hold integers exactly (NumPy would store it); use Python ints or float64`,
  );
const tooLarge = () => new NPError("OverflowError", "Python int too large to convert to C long");

/** A Python int as an element of numeric dtype `dt` (np.array(…, dtype), setitem, a ufunc's weak operand): exact or raising. */
export function pyIntElement(v: bigint, dt: DType): number {
  if (isFloat(dt)) {
    const x = Number(v);
    if (x - x !== 0) throw new NPError("OverflowError", "int too large to convert to float");
    return castValue(x, dt);
  }
  if (dt === "bool") return v === 0n ? 0 : 1;
  if (!isInt(dt)) throw new TypeError(`pyIntElement: ${dt} is not a numeric dtype`);
  const bits = itemsize(dt) * 8,
    unsigned = dt[0] === "u";
  // NumPy converts through C long, and for uint32/uint64 through unsigned long long when long overflows
  if (!(v >= LONG_MIN && v < LONG_END) && !(unsigned && bits >= 32 && v >= 0n && v < ULONG_END)) throw tooLarge();
  if ((unsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v)) !== v)
    throw new NPError("OverflowError", `Python integer ${v} out of bounds for ${dt}`);
  if (unsigned && v > SAFE) throw uint64Unsupported();
  const x = Number(v);
  if (BigInt(x) !== v) throw notHeld(v);
  return x;
}

/** np.uint64(v): the scalar keeps any value a double holds exactly, np.uint64(2**63) too (its arithmetic past 2**53
 *  is refused by exactUint64); arrays hold uint64 only up to 2**53 */
export function pyIntUint64Scalar(v: bigint): number {
  if (v < 0n || v >= ULONG_END) return pyIntElement(v, "uint64");
  const x = Number(v);
  if (BigInt(x) !== v) throw uint64Unsupported();
  return x;
}

/** A Python float stored into an integer dtype (setitem, np.int64(1e19)): NumPy stores int(v), a Python int. */
export function pyFloatAsInt(v: number, dt: DType): number {
  if (v !== v) throw new NPError("ValueError", "cannot convert float NaN to integer");
  if (v - v !== 0) throw new NPError("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(v) + 0;
  if (!Number.isSafeInteger(t)) return pyIntElement(BigInt(t), dt);
  const r = INT_BOUNDS[dt]!;
  if (t < r[0] || t > r[1]) throw new NPError("OverflowError", `Python integer ${t} out of bounds for ${dt}`);
  return t;
}

/** np.where's conversion: C long or unsigned long long, then wrapped to dt's width (np.where(c, 2**63, 0) is -2**63). */
export function pyIntWrapped(v: bigint, dt: DType): number {
  if (!isInt(dt)) return pyIntElement(v, dt);
  if (!(v >= LONG_MIN && v < ULONG_END)) throw tooLarge();
  const bits = itemsize(dt) * 8;
  return pyIntElement(dt[0] === "u" ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v), dt);
}

const f64 = new Float64Array(1),
  i64 = new BigInt64Array(f64.buffer);
/** the double next to d (not 0, finite) away from zero, or toward it */
function nextDouble(d: number, away: boolean): number {
  f64[0] = d;
  i64[0] += away ? 1n : -1n;
  return f64[0]!;
}

/**
 * A Python int compared with integer elements (all doubles): a double that makes `x op v` (or `v op x` when the int
 * is the left operand) come out as with v itself for every double x. Between the doubles lo < v < hi around an
 * inexact v, x < v is x < hi, x <= v is x <= lo; == and != compare with NaN (never equal).
 */
export function pyIntCompared(v: bigint, op: string, intOnLeft: boolean): number {
  const d = Number(v);
  if (d - d !== 0 || BigInt(d) === v) return d;
  const other = nextDouble(d, BigInt(d) < v === d > 0);
  const lo = Math.min(d, other),
    hi = Math.max(d, other);
  switch (op) {
    case "less":
    case "greater_equal":
      return intOnLeft ? lo : hi;
    case "less_equal":
    case "greater":
      return intOnLeft ? hi : lo;
    case "equal":
    case "not_equal":
      return NaN;
    default:
      return d; // isclose and the like compare as floats, as NumPy's do
  }
}
