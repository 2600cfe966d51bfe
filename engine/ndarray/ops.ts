// Elementwise ufuncs with broadcasting and NumPy 2 / NEP 50 type promotion.
import {
  DType,
  NDArray,
  NPScalar,
  PyScalar,
  NPError,
  emptyArray,
  kindOf,
  isFloat,
  isInt,
  typeError,
  valueError,
  charge,
  castValue,
  copyArray,
  forEachOffset,
  astype,
  fpCondition,
  getErrState,
  INT_BOUNDS,
  castCopyInto,
  ascontig,
  isStr,
  exactUint64,
  EXACT_INT,
  exactI64,
  chargeNs,
  NS_PER_OP,
  sameShape,
} from "./core";
export { EXACT_INT, exactI64 } from "./core";
import { f16round } from "./float16";
import { chargeFmod } from "./fmod-cost";
import { NS_PER_ELEMENT } from "./costs";
import { scratchArray, scratchF64 } from "./scratch";
import { flatAAF64, flatASF64, flatSAF64, nonFiniteF64, rowF64, unaryF64 } from "./f64-loops";
import { isStrOperand, strBinary, strUnaryError, strWhere, numStrWidth, strDType } from "./strings";
import { expf, logf, tanhf } from "./f32math";
import { pyIntCompared, pyIntDType, pyIntElement, pyIntWrapped } from "./py-int";
import { gcdI64, gcdNarrow, lcmI64, lcmNarrow, dtypeClassName, noIntLoop } from "./gcd-lcm";

export type Operand = NDArray | NPScalar | PyScalar | number | boolean | bigint;
type Weak = 0 | "int" | "float" | "bool";

// ------------------------------------------------------------------ promotion
// np.promote_types for every pair of numeric dtypes, recorded from NumPy: rows/columns in PROMO_ORDER, each cell the
// PROMO_ORDER index (hex) of the result
const PROMO_ORDER: DType[] = [
  "bool",
  "int8",
  "uint8",
  "int16",
  "uint16",
  "int32",
  "uint32",
  "int64",
  "uint64",
  "float16",
  "float32",
  "float64",
];
const PROMO = [
  "0123456789ab",
  "11335577b9ab",
  "2323456789ab",
  "33335577baab",
  "454545678aab",
  "55555577bbbb",
  "676767678bbb",
  "77777777bbbb",
  "8b8b8b8b8bbb",
  "999aabbbb9ab",
  "aaaaabbbbaab",
  "bbbbbbbbbbbb",
];

export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if (a === "object" || b === "object") return "object";
  if (isStr(a) || isStr(b)) return strDType(Math.max(numStrWidth(a), numStrWidth(b)));
  const i = PROMO_ORDER.indexOf(a),
    j = PROMO_ORDER.indexOf(b);
  if (i < 0 || j < 0) throw typeError(`The DType ${a} could not be promoted by ${b}.`);
  return PROMO_ORDER[Number.parseInt(PROMO[i][j], 16)];
}

/** result dtype when combining an array/strong dtype with a weak Python scalar */
export function weakResult(dt: DType, w: Weak): DType {
  if (w === "bool" || w === 0) return dt;
  if (dt === "object") return dt;
  if (w === "int") return dt === "bool" ? "int64" : dt;
  return isFloat(dt) ? dt : "float64";
}

export function weakDefault(w: Weak): DType {
  return w === "int" ? "int64" : w === "float" ? "float64" : "bool";
}

export function resultType(...ops: Operand[]): DType {
  let strong: DType | null = null;
  let weak: Weak = 0;
  for (const o of ops) {
    const r = classify(o);
    if (r.weak) {
      if (weak === 0 || weakRank(r.weak) > weakRank(weak)) weak = r.weak;
    } else strong = strong === null ? r.dtype : promoteTypes(strong, r.dtype);
  }
  if (strong === null) return weakDefault(weak);
  return weakResult(strong, weak);
}
const weakRank = (w: Weak) => (w === "bool" ? 1 : w === "int" ? 2 : w === "float" ? 3 : 0);

/** can_cast(from, to, 'same_kind') */
export function canCastSameKind(from: DType, to: DType): boolean {
  if (from === to || to === "object") return true;
  const kf = kindOf(from),
    kt = kindOf(to);
  const rank = { b: 0, u: 1, i: 2, f: 3, U: 4, O: 5 } as const;
  if (kf === "u" && kt === "i") return true;
  if (kf === kt) return true;
  if (kf === "i" && kt === "u") return false;
  return rank[kf] < rank[kt];
}
/** can_cast(from, to, 'safe') */
export function canCastSafe(from: DType, to: DType): boolean {
  return promoteTypes(from, to) === to;
}

interface Cls {
  arr: NDArray | null;
  val: any;
  dtype: DType;
  weak: Weak;
  /** a Python int past 2**53 (val is its nearest double): it enters a computation through pyIntElement */
  big?: bigint;
}
export function classify(o: Operand): Cls {
  if (o instanceof NDArray) return { arr: o, val: 0, dtype: o.dtype, weak: 0 };
  if (typeof o === "number")
    return { arr: null, val: o, dtype: Number.isInteger(o) ? "int64" : "float64", weak: Number.isInteger(o) ? "int" : "float" };
  if (o instanceof NPScalar) return { arr: null, val: o.value, dtype: o.dtype, weak: 0 };
  if (typeof o === "boolean") return { arr: null, val: o ? 1 : 0, dtype: "bool", weak: "bool" };
  if (o instanceof PyScalar) return { arr: null, val: o.value, dtype: weakDefault(o.kind), weak: o.kind };
  if (typeof o === "bigint") return { arr: null, val: Number(o), dtype: pyIntDType(o), weak: "int", big: o };
  throw typeError(`unsupported operand type: '${o === undefined ? "unknown" : typeof o}'`);
}
/** a scalar operand's value in its own dtype (a Python int past 2**53 exactly, or refused) */
export function scalarValue(c: Cls): any {
  if (c.big === undefined) return c.val;
  return c.dtype === "object" ? c.big : pyIntElement(c.big, c.dtype);
}

/** a Python int past 2**53 as a binary ufunc's operand computed in ct: exact (or compared exactly), or refused */
function bigOperand(v: bigint, op: BinOp, ct: DType, left: boolean): number {
  if (op.rule === "logic") return Number(v); // only its truth counts
  if (op.rule === "cmp" && isInt(ct)) return pyIntCompared(v, op.name, left);
  return pyIntElement(v, ct);
}
function checkWeakInt(v: number, dt: DType): void {
  const r = INT_BOUNDS[dt];
  if (r && (v < r[0] || v > r[1])) throw new NPError("OverflowError", `Python integer ${fmtInt(v)} out of bounds for ${dt}`);
}
function fmtInt(v: number): string {
  if (Math.abs(v) < 1e21) return v.toFixed(0);
  return BigInt(v).toString();
}

// ------------------------------------------------------------------ broadcasting
export function shapeStr(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`;
}
export function shapeRepr(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`;
}

export function broadcastShapes(...shapes: number[][]): number[] {
  let nd = 0;
  for (const s of shapes) if (s.length > nd) nd = s.length;
  const out = new Array(nd).fill(1);
  for (const s of shapes) {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i],
        o = out[off + i];
      if (d === o || d === 1) continue;
      if (o === 1) out[off + i] = d;
      else throw valueError(`operands could not be broadcast together with shapes ${shapes.map(shapeStr).join(" ")} `);
    }
  }
  return out;
}
function bcast2(a: number[], b: number[]): number[] {
  const la = a.length,
    lb = b.length;
  if (la === lb) {
    let same = true;
    for (let i = 0; i < la; i++)
      if (a[i] !== b[i]) {
        same = false;
        break;
      }
    if (same) return a.slice();
  }
  return broadcastShapes(a, b);
}

/** strides of `a` broadcast to `shape` (0 on broadcast dims) */
export function bstrides(a: NDArray, shape: number[]): number[] {
  const nd = shape.length,
    off = nd - a.shape.length;
  const st = new Array(nd);
  for (let i = 0; i < nd; i++) {
    if (i < off) st[i] = 0;
    else st[i] = a.shape[i - off] === 1 && shape[i] !== 1 ? 0 : a.strides[i - off];
  }
  return st;
}

export function broadcastTo(a: NDArray, shape: number[]): NDArray {
  if (shape.some((d) => d < 0)) throw valueError("all elements of broadcast shape must be non-negative");
  if (a.ndim > shape.length) throw valueError("input operand has more dimensions than allowed by the axis remapping");
  const off = shape.length - a.ndim;
  if (a.shape.some((d, i) => d !== 1 && d !== shape[off + i]))
    throw valueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(a.shape)}  and requested shape ${shapeStr(shape)}`,
    );
  const v = new NDArray(a.dtype, shape.slice(), a.data, bstrides(a, shape), a.offset, a);
  v.writeable = false;
  return v;
}

// ------------------------------------------------------------------ FP error flags
export const FP_DIVZERO = 1,
  FP_OVERFLOW = 2,
  FP_INVALID = 4;
// NumPy names a warning "… in scalar divide" only for a Python operator on NumPy scalars (np.float64(1) / 0), never
// for a ufunc call (np.divide(np.float64(1), 0), np.log(0.0)); integer overflow is checked only on that operator path.
let scalarCtx = false;
let operatorNext = false;
/** Runs `f`, whose first binary/unary call is a Python operator's (operators.ts), not a ufunc call. */
export function asOperator<T>(f: () => T): T {
  operatorNext = true;
  try {
    return f();
  } finally {
    operatorNext = false;
  }
}
/** While set, the FP flags raised are collected here instead of warned about (collectFP). */
let fpCollect: { flags: number; scalar: boolean } | null = null;
export function emitFP(flags: number, name: string): void {
  if (fpCollect !== null) {
    fpCollect.flags |= flags;
    fpCollect.scalar ||= scalarCtx;
    return;
  }
  const n = scalarCtx ? "scalar " + name : name;
  const errState = getErrState();
  if (flags & FP_DIVZERO) fpCondition(errState.divide, `divide by zero encountered in ${n}`);
  if (flags & FP_OVERFLOW) fpCondition(errState.over, `overflow encountered in ${n}`);
  if (flags & FP_INVALID) fpCondition(errState.invalid, `invalid value encountered in ${n}`);
}
/** The flags of a reduce/accumulate loop, raised once and named after the method ("overflow encountered in reduce"). */
export function emitLoopFP(flags: number, method: string): void {
  scalarCtx = false;
  emitFP(flags, method);
}
let intFlags = 0;
/**
 * Runs `f` and then raises the FP flags it gave once, as one loop of the ufunc `name` (in NumPy's order: divide,
 * overflow, invalid), "scalar <name>" when they were raised by a scalar operator: NumPy's divmod is one loop that
 * computes the quotient and the remainder together ("divide by zero encountered in divmod", not one warning per part).
 */
function collectFP<T>(name: string, f: () => T): T {
  const outer = fpCollect;
  const mine = (fpCollect = { flags: 0, scalar: false });
  let r: T;
  try {
    r = f();
  } finally {
    fpCollect = outer;
  }
  if (mine.flags) {
    const saved = scalarCtx;
    scalarCtx = mine.scalar;
    try {
      emitFP(mine.flags, name);
    } finally {
      scalarCtx = saved;
    }
  }
  return r;
}

// ------------------------------------------------------------------ binary ufunc definitions
type K = (a: number, b: number) => number;
type TypeRule = "arith" | "div" | "cmp" | "logic" | "bitwise" | "float" | "int";
export interface BinOp {
  name: string;
  rule: TypeRule;
  code: number; // fast-path op code
  f: K; // float kernel (also generic)
  i?: K; // int64 kernel
  i32?: K; // int32 kernel
  b?: K; // bool kernel (bool output)
  check?: "div" | "pow" | "gen";
  noBool?: string; // error message for bool inputs
}

function rint(x: number): number {
  const r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}
export { rint };

function floorDivF(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  let fl = Math.floor(div);
  if (div - fl > 0.5) fl += 1;
  return fl;
}
function modF(a: number, b: number): number {
  if (b === 0) return NaN;
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}
function floorDivI(a: number, b: number): number {
  if (b === 0) {
    intFlags |= FP_DIVZERO;
    return 0;
  }
  if (a >= EXACT_INT || a <= -EXACT_INT) return floorDivI64(a, b);
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r !== 0 && r < 0 !== b < 0) q = Math.floor(q); // already floor
  return q + 0; // 0 // -3 is 0, not -0
}
/** A ufunc without a bool loop raises UFuncTypeError; the operators NumPy refuses on purpose raise a plain TypeError. */
function noBoolError(message: string): Error {
  return message.startsWith("ufunc '") ? new NPError("UFuncTypeError", message) : typeError(message);
}
function modI(a: number, b: number): number {
  if (b === 0) {
    intFlags |= FP_DIVZERO;
    return 0;
  }
  const m = a % b;
  // + 0: an integer has no -0 (-3 % 3 is -0 in JavaScript; a float64 copy would print it)
  return m !== 0 && m < 0 !== b < 0 ? m + b : m + 0;
}

/** a // b past 2**53, where a / b rounds: exact in BigInt (the minimum // -1 wraps onto itself, with NumPy's warning) */
function floorDivI64(a: number, b: number): number {
  if (a === I64_MIN && b === -1) {
    intFlags |= FP_OVERFLOW;
    return a;
  }
  const x = BigInt(a),
    y = BigInt(b),
    q = x / y;
  return exactI64(q * y !== x && x < 0n !== y < 0n ? q - 1n : q);
}
const I64_MIN = -(2 ** 63);
/** -a and |a| of int64: the minimum has no positive counterpart and stays itself (NumPy warns for a scalar) */
const negI64 = (a: number) => (a === I64_MIN ? negMin() : 0 - a); // 0 - a: an integer has no -0
const absI64 = (a: number) => (a === I64_MIN ? negMin() : Math.abs(a));
function negMin(): number {
  if (scalarCtx) intFlags |= FP_OVERFLOW;
  return I64_MIN;
}
/** ~a of int64 (-a - 1; uint64's is always past 2**53, refused as a negative by exactUint64) */
function invertI64(a: number): number {
  const r = -a - 1;
  return r < EXACT_INT && r > -EXACT_INT ? r : exactI64(-BigInt(a) - 1n);
}
/** a << b of int64/uint64: a · 2**b is exact, but past 64 bits NumPy keeps the low ones */
// a shift by a negative count or by the width or more gives 0 (-1 for a negative number shifted right), as NumPy's
function shlI64(a: number, b: number): number {
  if (b >= 64 || b < 0) return 0;
  const r = a * Math.pow(2, b);
  if (r < 2 ** 63 && r >= I64_MIN) return r;
  return exactI64(BigInt.asIntN(64, BigInt(a) << BigInt(b))); // uint64's wrapped results are all refused by exactUint64
}
/** a bitwise result of int64 or uint64 operands; one of uint64 past 2**63 stays a double for exactUint64 to refuse */
function bitsResult(r: bigint): number {
  return r >= 2n ** 63n ? Number(r) : exactI64(r);
}

/** int64 add with two's-complement wrap-around (int64 values are held as doubles: see exactI64) */
export function addI64(a: number, b: number): number {
  const r = a + b;
  if (r < EXACT_INT && r > -EXACT_INT) return r + 0;
  return exactI64(BigInt.asIntN(64, BigInt(a) + BigInt(b)));
}
export function subI64(a: number, b: number): number {
  const r = a - b;
  if (r < EXACT_INT && r > -EXACT_INT) return r + 0;
  return exactI64(BigInt.asIntN(64, BigInt(a) - BigInt(b)));
}
/** int64 multiply with two's-complement wrap-around (int64 values are held as doubles: see exactI64) */
export function mulI64(a: number, b: number): number {
  const r = a * b;
  if (r < EXACT_INT && r > -EXACT_INT) return r + 0; // + 0: an integer has no -0 (-3 * 0)
  return exactI64(BigInt.asIntN(64, BigInt(a) * BigInt(b)));
}
function powI(a: number, b: number): number {
  if (b < 0) throw valueError("Integers to negative integer powers are not allowed.");
  // in doubles while every product stays within 2**53; past it, wrapped exactly in 64 bits and checked once at the end
  let r = 1;
  let base = a;
  for (let e = b; e > 0; ) {
    if (e % 2 === 1) {
      r *= base;
      if (Math.abs(r) >= EXACT_INT) return powI64(a, b);
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base *= base;
      if (base >= EXACT_INT) return powI64(a, b);
    }
  }
  return r + 0;
}
function powI64(a: number, b: number): number {
  let r = 1n;
  let base = BigInt(a);
  for (let e = b; e > 0; ) {
    if (e % 2 === 1) r = BigInt.asIntN(64, r * base);
    e = Math.floor(e / 2);
    if (e > 0) base = BigInt.asIntN(64, base * base);
  }
  return exactI64(r);
}
function powI32(a: number, b: number): number {
  if (b < 0) throw valueError("Integers to negative integer powers are not allowed.");
  let r = 1,
    base = a | 0;
  while (b > 0) {
    if (b & 1) r = Math.imul(r, base);
    b = Math.floor(b / 2);
    if (b) base = Math.imul(base, base);
  }
  return r;
}
function powF(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}
// on a tie (0.0 and -0.0) the second operand, as x86-64 maxsd/minsd and so NumPy's loops give it
const maxF = (a: number, b: number) => (a > b || a !== a ? a : b);
const minF = (a: number, b: number) => (a < b || a !== a ? a : b);

export const OP_ADD = 1,
  OP_SUB = 2,
  OP_MUL = 3,
  OP_DIV = 4;

const B = (name: string, rule: TypeRule, f: K, extra: Partial<BinOp> = {}): BinOp => ({ name, rule, code: 0, f, ...extra });
export const BINOPS: Record<string, BinOp> = {
  add: B("add", "arith", (a, b) => a + b, { code: OP_ADD, i: addI64, b: (a, b) => a | b, check: "gen" }),
  subtract: B("subtract", "arith", (a, b) => a - b, {
    code: OP_SUB,
    i: subI64,
    check: "gen",
    noBool:
      "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
  }),
  multiply: B("multiply", "arith", (a, b) => a * b, {
    code: OP_MUL,
    i: mulI64,
    i32: (a, b) => Math.imul(a, b),
    b: (a, b) => a & b,
    check: "gen",
  }),
  divide: B("divide", "div", (a, b) => a / b, { code: OP_DIV, check: "div" }),
  floor_divide: B("floor_divide", "arith", floorDivF, { i: floorDivI, check: "div" }),
  remainder: B("remainder", "arith", modF, { i: modI, check: "div" }),
  fmod: B("fmod", "arith", (a, b) => (b === 0 ? NaN : a % b), {
    i: (a, b) => (b === 0 ? ((intFlags |= FP_DIVZERO), 0) : (a % b) + 0),
    check: "div",
  }),
  power: B("power", "arith", powF, { i: powI, i32: powI32, check: "pow" }),
  maximum: B("maximum", "arith", maxF, { b: (a, b) => a | b }),
  minimum: B("minimum", "arith", minF, { b: (a, b) => a & b, check: "gen" }),
  fmax: B("fmax", "arith", (a, b) => (a >= b || b !== b ? a : b), { b: (a, b) => a | b }),
  fmin: B("fmin", "arith", (a, b) => (a <= b || b !== b ? a : b), { b: (a, b) => a & b, check: "gen" }),
  equal: B("equal", "cmp", (a, b) => (a === b ? 1 : 0)),
  not_equal: B("not_equal", "cmp", (a, b) => (a !== b ? 1 : 0)),
  less: B("less", "cmp", (a, b) => (a < b ? 1 : 0)),
  less_equal: B("less_equal", "cmp", (a, b) => (a <= b ? 1 : 0)),
  greater: B("greater", "cmp", (a, b) => (a > b ? 1 : 0)),
  greater_equal: B("greater_equal", "cmp", (a, b) => (a >= b ? 1 : 0)),
  logical_and: B("logical_and", "logic", (a, b) => (a !== 0 && b !== 0 ? 1 : 0)),
  logical_or: B("logical_or", "logic", (a, b) => (a !== 0 || b !== 0 ? 1 : 0)),
  logical_xor: B("logical_xor", "logic", (a, b) => ((a !== 0) !== (b !== 0) ? 1 : 0)),
  bitwise_and: B("bitwise_and", "bitwise", (a, b) => a & b, { i: bigAnd }),
  bitwise_or: B("bitwise_or", "bitwise", (a, b) => a | b, { i: bigOr }),
  bitwise_xor: B("bitwise_xor", "bitwise", (a, b) => a ^ b, { i: bigXor }),
  left_shift: B("left_shift", "bitwise", (a, b) => a << b, { i: shlI64 }),
  right_shift: B("right_shift", "bitwise", (a, b) => a >> b, {
    i: (a, b) => (b < 0 ? (a < 0 ? -1 : 0) : Math.floor(a / Math.pow(2, Math.min(b, 64)))),
  }),
  arctan2: B("arctan2", "float", Math.atan2),
  hypot: B("hypot", "float", Math.hypot),
  logaddexp: B("logaddexp", "float", (a, b) => {
    const m = Math.max(a, b);
    if (m === -Infinity) return m;
    return m + Math.log1p(Math.exp(-Math.abs(a - b)));
  }),
  copysign: B("copysign", "float", (a, b) => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a))),
  // integer loops only (gcd-lcm.ts)
  gcd: B("gcd", "int", gcdNarrow, { i: gcdI64, i32: gcdNarrow }),
  lcm: B("lcm", "int", lcmNarrow, { i: lcmI64, i32: lcmNarrow }),
};
BINOPS.true_divide = BINOPS.divide;
/** float loops built on fmod (divmod's halves too), whose time grows with the operands' exponent spread (fmod-cost.ts) */
const FMOD_KERNELS = new Set<K>([floorDivF, modF, BINOPS.fmod!.f]);
BINOPS.mod = BINOPS.remainder;
// np.clip's two halves, named as its ufunc; with scalar bounds it keeps the element on a tie with a bound (0.0
// clipped at -0.0 stays 0.0), with array bounds the bound wins, as in maximum/minimum
const CLIP_LO: BinOp = { ...BINOPS.maximum!, name: "clip", f: (a, b) => (a >= b || a !== a ? a : b) };
const CLIP_HI: BinOp = { ...BINOPS.minimum!, name: "clip", f: (a, b) => (a <= b || a !== a ? a : b) };
const CLIP_LO_ARRAY: BinOp = { ...BINOPS.maximum!, name: "clip" };
const CLIP_HI_ARRAY: BinOp = { ...BINOPS.minimum!, name: "clip" };
function bigAnd(a: number, b: number): number {
  return Math.abs(a) < 2147483648 && Math.abs(b) < 2147483648 ? a & b : bitsResult(BigInt(a) & BigInt(b));
}
function bigOr(a: number, b: number): number {
  return Math.abs(a) < 2147483648 && Math.abs(b) < 2147483648 ? a | b : bitsResult(BigInt(a) | BigInt(b));
}
function bigXor(a: number, b: number): number {
  return Math.abs(a) < 2147483648 && Math.abs(b) < 2147483648 ? a ^ b : bitsResult(BigInt(a) ^ BigInt(b));
}

interface Resolved {
  ct: DType;
  ot: DType;
}
function resolveBinary(op: BinOp, x: Cls, y: Cls): Resolved {
  let ct: DType;
  if (x.weak && y.weak) {
    ct = weakDefault(weakRank(x.weak) >= weakRank(y.weak) ? x.weak : y.weak);
  } else if (x.weak) ct = weakResult(y.dtype, x.weak);
  else if (y.weak) ct = weakResult(x.dtype, y.weak);
  else ct = promoteTypes(x.dtype, y.dtype);
  if (ct === "object") {
    if (op.rule === "int") throw new NPError("NotImplementedError", `np.${op.name}() of object arrays is not supported by this engine`);
    throw typeError(`ufunc '${op.name}' on object arrays is not supported`);
  }
  switch (op.rule) {
    case "int":
      if (!isInt(ct)) throw noIntLoop(op.name, dtypeClassName(x.dtype, x.weak), dtypeClassName(y.dtype, y.weak));
      return { ct, ot: ct };
    case "arith":
      if (ct === "bool" && !op.b) {
        if (op.noBool) throw noBoolError(op.noBool);
        ct =
          op.name === "power" || op.name === "floor_divide" || op.name === "remainder" || op.name === "fmod" || op.name === "divmod"
            ? "int8"
            : ct;
      }
      return { ct, ot: ct };
    case "div":
      if (!isFloat(ct)) ct = "float64";
      return { ct, ot: ct };
    case "float":
      // the smallest float that holds the integer type (bool/int8/uint8 → float16 …), as NumPy's loop order gives
      if (!isFloat(ct)) {
        const fx = promoteTypes(x.weak ? ct : x.dtype, "float16"),
          fy = promoteTypes(y.weak ? ct : y.dtype, "float16");
        ct = promoteTypes(fx, fy); // int8 with uint16: float32 (the first loop both cast to safely), not float64
      }
      return { ct, ot: ct };
    case "cmp":
      return { ct, ot: "bool" };
    case "logic":
      return { ct, ot: "bool" };
    case "bitwise":
      // booleans shift as int8 (NumPy has no bool loop for the shifts)
      if (ct === "bool" && (op.name === "left_shift" || op.name === "right_shift")) return { ct: "int8", ot: "int8" };
      if (isFloat(ct))
        throw typeError(
          `ufunc '${op.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
        );
      return { ct, ot: ct };
  }
}

function kernelFor(op: BinOp, ct: DType): K {
  if (ct === "bool") return op.b ?? op.f;
  if (ct === "int64") return op.i ?? op.f;
  // uint64 sums and differences stay doubles: the uint64 range check reports those NumPy would wrap (core.ts)
  if (ct === "uint64") return op.code === OP_ADD || op.code === OP_SUB ? op.f : (op.i ?? op.f);
  // the narrower integers: the typed-array store wraps the (exact or imul-wrapped) result
  if (isInt(ct)) return op.i32 ?? op.i ?? op.f;
  return op.f;
}

function dtypeRepr(dt: DType): string {
  return `dtype('${dt === "object" ? "O" : dt}')`;
}

/** numeric non-bool dtypes whose arrays combine with a float64 array into float64 (values exact as doubles) */
function numToF64(dt: DType): boolean {
  return dt !== "bool" && dt !== "object";
}
/** Apply a binary ufunc. Returns an NPScalar when the result is 0-d and no `out` is given. */
export function binary(op: BinOp | string, x: Operand, y: Operand, out?: NDArray | null): NDArray | NPScalar {
  const operator = operatorNext;
  operatorNext = false;
  if (out != null && !out.writeable) throw valueError("output array is read-only");
  if ((op === BINOPS.power || op === "power") && negativeIntPower(x, y, out))
    throw valueError("Integers to negative integer powers are not allowed.");
  return exactUint64(binaryOp(op, x, y, out, operator));
}

/**
 * Whether an integer power has a negative integer exponent: NumPy raises for it whatever the other elements give,
 * so it is looked for before the loop, whose int64 results past 2**53 this engine refuses as it goes.
 */
function negativeIntPower(x: Operand, y: Operand, out: NDArray | null | undefined): boolean {
  if (!(y instanceof NDArray) || !isInt(y.dtype) || y.dtype[0] === "u" || y.size < 2) return false;
  const intBase =
    x instanceof NDArray || x instanceof NPScalar ? isInt(x.dtype) : typeof x === "number" ? Number.isInteger(x) : typeof x === "bigint";
  if (!intBase) return false;
  // operands that do not broadcast, or an out= of another shape (a 0-d array **= a vector), raise that error first
  try {
    const shape = broadcastShapes(x instanceof NDArray ? x.shape : [], y.shape);
    if (out != null && (out.ndim !== shape.length || out.shape.some((n, i) => n !== shape[i]))) return false;
    // as is an out= the integer result may not be cast to (uint8 **= int64 array)
    const rt = x instanceof NDArray || x instanceof NPScalar ? promoteTypes(x.dtype, y.dtype) : y.dtype;
    if (out != null && !canCastSameKind(rt, out.dtype)) return false;
  } catch {
    return false;
  }
  const d = y.data as ArrayLike<number>;
  let negative = false;
  forEachOffset(y, (o) => {
    if (d[o]! < 0) negative = true;
  });
  return negative;
}

function binaryOp(op: BinOp | string, x: Operand, y: Operand, out: NDArray | null | undefined, operator: boolean): NDArray | NPScalar {
  if (typeof op === "string") {
    const o = BINOPS[op];
    if (!o) throw valueError(`unknown ufunc ${op}`);
    op = o;
  }
  if (isStrOperand(x) || isStrOperand(y)) {
    if (out != null) throw new NPError("NotImplementedError", `np.${op.name}() of str arrays with out= is not supported by this engine`);
    return strBinary(op.name, x, y);
  }
  // ---- hot paths: contiguous float64 (no out, no broadcasting)
  const code0 = op.code;
  // In place, x's values are overwritten before the FP check, which stands 1 in for them: exact for + - * / when x
  // held only finite values (a non-finite x, e.g. inf + 1, is silent in NumPy), so any other x takes the general path.
  if (
    code0 !== 0 &&
    out != null &&
    out === x &&
    out.dtype === "float64" &&
    out.contig &&
    out.writeable &&
    !(op.check && hasNonFinite(out))
  ) {
    if (y instanceof NDArray) {
      // y may be x itself (a *= a): finite too, it stands in as 1 but for a division, whose check reads a zero
      // divisor; any other overlap takes the general path
      const yIsX = y.data === out.data;
      if (
        y.dtype === "float64" &&
        y.contig &&
        sameShape(out.shape, y.shape) &&
        (!yIsX || (y.offset === out.offset && op.check !== "div" && op.check !== "pow"))
      ) {
        charge(out.size);
        if (flatAA(code0, op.f, out.data, out.offset, y.data, y.offset, out.data, out.offset, out.size) !== 0 && op.check) {
          scalarCtx = false;
          checkFloatBinary(op, out, null, 1, yIsX ? null : y, 1, out.shape);
        }
        return out;
      }
    } else if (typeof y === "number") {
      charge(out.size);
      if (flatAS(code0, op.f, out.data, out.offset, y, out.data, out.offset, out.size) !== 0 && op.check) {
        scalarCtx = false;
        checkFloatBinary(op, out, null, 1, null, y, out.shape);
      }
      return out;
    }
  }
  if (code0 !== 0 && out == null && !(x instanceof NDArray)) {
    // float64 NumPy scalar ∘ float64 scalar / Python number (np.mean(v) / 2, 1 - s): a finite result is just the
    // double (non-finite ones take the general path, which emits the warnings)
    let a = 0,
      b = 0,
      ok = false;
    if (x instanceof NPScalar) {
      if (x.dtype === "float64") {
        if (typeof y === "number") {
          a = x.value;
          b = y;
          ok = true;
        } else if (y instanceof NPScalar && y.dtype === "float64") {
          a = x.value;
          b = y.value;
          ok = true;
        }
      }
    } else if (typeof x === "number" && y instanceof NPScalar && y.dtype === "float64") {
      a = x;
      b = y.value;
      ok = true;
    }
    if (ok) {
      const r = code0 === OP_ADD ? a + b : code0 === OP_SUB ? a - b : code0 === OP_MUL ? a * b : a / b;
      if (r - r === 0) return new NPScalar("float64", r);
    }
  }
  if (code0 !== 0 && out == null) {
    if (x instanceof NDArray) {
      const xdt = x.dtype;
      if ((xdt === "float64" || (y instanceof NDArray && y.dtype === "float64" && numToF64(xdt))) && x.contig && x.shape.length > 0) {
        if (y instanceof NDArray) {
          // float64 ∘ float64, or float64 with an int/uint8/float32 array (their storage holds exact doubles) → float64
          if ((y.dtype === "float64" || (xdt === "float64" && numToF64(y.dtype))) && y.contig && sameShape(x.shape, y.shape)) {
            const n = x.size;
            charge(n);
            const r = new NDArray("float64", x.shape, scratchF64("float64", n));
            if (flatAA(code0, op.f, x.data, x.offset, y.data, y.offset, r.data, 0, n) !== 0 && op.check) {
              scalarCtx = false;
              checkFloatBinary(op, r, x, 0, y, 0, r.shape);
            }
            return r;
          }
        } else if (typeof y === "number") {
          const n = x.size;
          charge(n);
          const r = new NDArray("float64", x.shape, scratchF64("float64", n));
          if (flatAS(code0, op.f, x.data, x.offset, y, r.data, 0, n) !== 0 && op.check) {
            scalarCtx = false;
            checkFloatBinary(op, r, x, 0, null, y, r.shape);
          }
          return r;
        }
      }
    } else if (typeof x === "number" && y instanceof NDArray && y.dtype === "float64" && y.contig && y.shape.length > 0) {
      const n = y.size;
      charge(n);
      const r = new NDArray("float64", y.shape, scratchF64("float64", n));
      if (flatSA(code0, op.f, x, y.data, y.offset, r.data, 0, n) !== 0 && op.check) {
        scalarCtx = false;
        checkFloatBinary(op, r, null, x, y, 0, r.shape);
      }
      return r;
    }
  }
  const cx = classify(x),
    cy = classify(y);
  const { ct, ot } = resolveBinary(op, cx, cy);
  if (ct === "float16") {
    if (ot === "float16") return halfBinary(op, cx, cy, out, operator);
    // comparisons: a weak Python scalar is first cast to float16
    if (!cx.arr) cx.val = f16round(cx.val);
    if (!cy.arr) cy.val = f16round(cy.val);
  }
  const xa = cx.arr,
    ya = cy.arr;
  let xv = cx.val,
    yv = cy.val;
  // weak scalars are converted to the computation dtype first
  if (cx.big !== undefined) xv = bigOperand(cx.big, op, ct, true);
  else if (op.rule !== "cmp" && cx.weak === "int" && isInt(ct)) checkWeakInt(xv, ct);
  if (cy.big !== undefined) yv = bigOperand(cy.big, op, ct, false);
  else if (op.rule !== "cmp" && cy.weak === "int" && isInt(ct)) checkWeakInt(yv, ct);
  if (ct === "float32") {
    if (!xa) xv = Math.fround(xv);
    if (!ya) yv = Math.fround(yv);
  }
  const k = kernelFor(op, ct);
  scalarCtx = !xa && !ya && operator;
  // ---- shapes
  let shape: number[];
  let res: NDArray;
  if (out) {
    if (!canCastSameKind(ot, out.dtype))
      throw new NPError(
        "_UFuncOutputCastingError",
        `Cannot cast ufunc '${op.name}' output from ${dtypeRepr(ot)} to ${dtypeRepr(out.dtype)} with casting rule 'same_kind'`,
      );
    shape = outShape(xa, ya, out);
    res = out;
  } else {
    if (xa && ya) shape = bcast2(xa.shape, ya.shape);
    else shape = xa ? xa.shape.slice() : ya ? ya.shape.slice() : [];
    res = scratchArray(ot, shape);
  }
  const n = res.size;
  chargeNs(n * NS_PER_ELEMENT.ufuncLoop);
  if (isFloat(ct) && FMOD_KERNELS.has(op.f)) chargeFmod(xa, xv, ya, yv, n);
  const od = res.data as any;
  let xd: any = xa ? xa.data : null,
    yd: any = ya ? ya.data : null;
  let xA = xa,
    yA = ya;
  // overlap protection for in-place ops. The FP check after the loop reads the inputs: an x written in place stands in
  // as 1 when it held only finite values (exact for every check but pow's 0 ** -n: only x's finiteness matters), else
  // it is copied first, as is a y the output overwrites
  let xStandIn = false;
  if (out) {
    const checked = op.check !== undefined && isFloat(ot);
    if (xA && xA.data === out.data) {
      if (!sameLayout(xA, out) || (checked && (op.check === "pow" || hasNonFinite(xA)))) {
        xA = copyArray(xA);
        xd = xA.data;
      } else xStandIn = checked;
    }
    if (yA && yA.data === out.data && (checked || !sameLayout(yA, out))) {
      yA = copyArray(yA);
      yd = yA.data;
    }
  }
  // int64 sums and differences go through their kernels (addI64, subI64): they wrap exactly past 2**53
  const code = ct === "bool" || (ct === "int64" && (op.code === OP_ADD || op.code === OP_SUB)) ? 0 : op.code;
  let z: number = NaN; // NaN: unknown whether a result is non-finite (the strided paths), so check
  if (res.contig) {
    const oo = res.offset;
    if (xA && yA && xA.contig && yA.contig && xA.size === n && yA.size === n) {
      z = flatAA(code, k, xd, xA.offset, yd, yA.offset, od, oo, n);
    } else if (xA && xA.contig && xA.size === n && (!yA || yA.size === 1)) {
      const v = yA ? yd[yA.offset] : yv;
      z = flatAS(code, k, xd, xA.offset, v, od, oo, n);
    } else if (yA && yA.contig && yA.size === n && (!xA || xA.size === 1)) {
      const v = xA ? xd[xA.offset] : xv;
      z = flatSA(code, k, v, yd, yA.offset, od, oo, n);
    } else if (!xA && !yA) {
      od[oo] = k(xv, yv);
      // NumPy warns when a scalar operator's integer result wraps ("overflow encountered in scalar add"); arrays and
      // ufunc calls wrap silently
      if (scalarCtx && op.code >= OP_ADD && op.code <= OP_MUL && isInt(ct)) {
        const exact = op.code === OP_ADD ? xv + yv : op.code === OP_SUB ? xv - yv : xv * yv;
        if (od[oo] !== exact && exact - exact === 0) intFlags |= FP_OVERFLOW;
      }
    } else {
      z = general(k, xA, xv, yA, yv, res, shape, ct === "float64" || ct === "float32" ? code : 0);
    }
  } else {
    z = general(k, xA, xv, yA, yv, res, shape, ct === "float64" || ct === "float32" ? code : 0);
  }
  if (out && out.dtype === "float16" && ot !== "float16" && roundedToHalf(out)) intFlags |= FP_OVERFLOW;
  if (intFlags) {
    const f = intFlags;
    intFlags = 0;
    emitFP(f, op.name);
  }
  if (op.check && isFloat(ot) && z !== 0) checkFloatBinary(op, res, xStandIn ? null : xA, xStandIn ? 1 : xv, yA, yv, shape);
  if (!out && res.shape.length === 0) return new NPScalar(ot, od[0]);
  return res;
}

/**
 * A float16 out= written by a wider loop (v += int64 array computes in float64): its values rounded to half as
 * NumPy's output cast stores them. Returns whether a finite value became an infinity (NumPy's overflow flag).
 */
function roundedToHalf(out: NDArray): boolean {
  const d = out.data as any;
  let over = false;
  forEachOffset(out, (o) => {
    const v = d[o];
    const h = f16round(v);
    if (h - h !== 0 && v - v === 0) over = true;
    d[o] = h;
  });
  return over;
}

/** a float32 result (contiguous, fresh) rounded to float16 (warning when that overflows), written to out if given */
function halfResult(r: NDArray | NPScalar, op: BinOp | UnOp, out?: NDArray | null): NDArray | NPScalar {
  const r32 = r instanceof NDArray ? ascontig(r) : scalarArr("float32", r.value);
  const h = emptyArray("float16", r32.shape.slice());
  const hd = h.data as Float32Array,
    rd = r32.data as Float32Array;
  let overflow = false;
  for (let i = 0, o = r32.offset; i < hd.length; i++) {
    const x = rd[o + i],
      v = f16round(x);
    if ((v === Infinity || v === -Infinity) && x - x === 0) overflow = true;
    hd[i] = v;
  }
  if (overflow && op.check) emitFP(FP_OVERFLOW, op.name);
  if (out) {
    if (!canCastSameKind("float16", out.dtype))
      throw new NPError(
        "_UFuncOutputCastingError",
        `Cannot cast ufunc '${op.name}' output from dtype('float16') to ${dtypeRepr(out.dtype)} with casting rule 'same_kind'`,
      );
    castCopyInto(out, broadcastTo(h, out.shape));
    return out;
  }
  return h.shape.length === 0 ? new NPScalar("float16", hd[0]) : h;
}

/** float16 ∘ float16: NumPy's half loops compute in float32 and round the result to half (a scalar operator's
 *  warnings are "scalar" ones; its % is computed as divmod is, so 1 % 0 also warns of the division by zero) */
function halfBinary(op: BinOp, cx: Cls, cy: Cls, out: NDArray | null | undefined, operator: boolean): NDArray | NPScalar {
  const to32 = (c: Cls): Operand => (c.arr ? astype(c.arr, "float32") : new NPScalar("float32", f16round(c.val)));
  if (out) outShape(cx.arr ?? null, cy.arr ?? null, out);
  const xa = to32(cx),
    ya = to32(cy);
  const scalarOp = operator && !cx.arr && !cy.arr;
  if (scalarOp && op.name === "remainder")
    return collectFP(op.name, () => {
      binaryOp(BINOPS.floor_divide, xa, ya, null, true);
      return halfResult(binaryOp(op, xa, ya, null, true), op, out);
    });
  return halfResult(binaryOp(op, xa, ya, null, scalarOp), op, out);
}

let divmodOps: [BinOp, BinOp] | null = null;
/**
 * np.divmod / the divmod() builtin on NumPy operands (`operator`: the builtin on NumPy scalars, whose warnings are
 * "scalar divmod"): the quotient and remainder of floor_divide and remainder, with the loop's name in warnings and
 * errors. Outputs that share memory with an input get the results after both are computed.
 */
export function divmod(
  x: Operand,
  y: Operand,
  operator = false,
  out: [NDArray | null, NDArray | null] = [null, null],
): [NDArray | NPScalar, NDArray | NPScalar] {
  divmodOps ??= [
    { ...BINOPS.floor_divide!, name: "divmod" },
    { ...BINOPS.remainder!, name: "divmod" },
  ];
  const [q, r] = divmodOps;
  const inputs = [x, y].filter((v): v is NDArray => v instanceof NDArray);
  const shared = out.some((o) => o !== null && inputs.some((v) => v.data === o.data));
  return collectFP("divmod", () => {
    const a = shared && x instanceof NDArray ? copyArray(x) : x,
      b = shared && y instanceof NDArray ? copyArray(y) : y;
    return [exactUint64(binaryOp(q, a, b, out[0], operator)), exactUint64(binaryOp(r, a, b, out[1], operator))];
  });
}
/**
 * The shape of a binary ufunc written into `out` (a scalar operand's shape is ()): NumPy broadcasts the output
 * operand with the inputs, so shapes that do not broadcast together are all listed in the error ("(3,) (4,) (3,)"),
 * and an output the inputs would have to grow is refused as non-broadcastable.
 */
function outShape(x: NDArray | null, y: NDArray | null, out: NDArray): number[] {
  if ((!x || sameShape(x.shape, out.shape)) && (!y || sameShape(y.shape, out.shape))) return out.shape.slice();
  const bs = broadcastShapes(x ? x.shape : [], y ? y.shape : [], out.shape);
  if (!sameShape(bs, out.shape))
    throw valueError(
      `non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(bs)}`,
    );
  return out.shape.slice();
}
function sameLayout(a: NDArray, b: NDArray): boolean {
  return a.offset === b.offset && sameShape(a.shape, b.shape) && sameShape(a.strides, b.strides);
}

// Plain-array (small float64/int64 storage) copies of the flat kernels: they only ever see JS double arrays, so their
// element accesses stay monomorphic (the generic kernels also see every typed-array kind).
function flatAAArr(code: number, xd: number[], xo: number, yd: number[], yo: number, od: number[], oo: number, n: number): number {
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_MUL: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] * yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
  }
  return 0;
}
function flatASArr(code: number, xd: number[], xo: number, v: number, od: number[], oo: number, n: number): number {
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_MUL: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] * v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
  }
  return 0;
}
function flatSAArr(code: number, v: number, yd: number[], yo: number, od: number[], oo: number, n: number): number {
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v + yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v - yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_MUL: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v * yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v / yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    }
  }
  return 0;
}
const isArr = Array.isArray;

// The flat kernels return 0 when every stored result is finite, NaN otherwise (z += r·0), so callers check for
// overflow / invalid values without a second pass. The typed-array versions read back the stored value: a float32
// result can overflow only when it is stored.
function flatAA(code: number, k: K, xd: any, xo: number, yd: any, yo: number, od: any, oo: number, n: number): number {
  if (code !== 0 && (code !== OP_MUL || k === BINOPS.multiply.f)) {
    if (isArr(xd) && isArr(yd) && isArr(od)) return flatAAArr(code, xd, xo, yd, yo, od, oo, n);
    if (od instanceof Float64Array && xd instanceof Float64Array && yd instanceof Float64Array)
      return flatAAF64(code, xd, xo, yd, yo, od, oo, n);
  }
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_MUL:
      if (k === BINOPS.multiply.f) {
        {
          let z = 0;
          for (let i = 0; i < n; i++) {
            const r = xd[xo + i] * yd[yo + i];
            od[oo + i] = r;
            z += od[oo + i] * 0;
          }
          return z;
        }
      }
      break;
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
  }
  let z = 0;
  for (let i = 0; i < n; i++) {
    const r = k(xd[xo + i], yd[yo + i]);
    od[oo + i] = r;
    z += od[oo + i] * 0;
  }
  return z;
}
function flatAS(code: number, k: K, xd: any, xo: number, v: number, od: any, oo: number, n: number): number {
  if (code !== 0 && (code !== OP_MUL || k === BINOPS.multiply.f)) {
    if (isArr(xd) && isArr(od)) return flatASArr(code, xd, xo, v, od, oo, n);
    if (od instanceof Float64Array && xd instanceof Float64Array) return flatASF64(code, xd, xo, v, od, oo, n);
  }
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + v;
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - v;
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_MUL:
      if (k === BINOPS.multiply.f) {
        {
          let z = 0;
          for (let i = 0; i < n; i++) {
            const r = xd[xo + i] * v;
            od[oo + i] = r;
            z += od[oo + i] * 0;
          }
          return z;
        }
      }
      break;
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / v;
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
  }
  let z = 0;
  for (let i = 0; i < n; i++) {
    const r = k(xd[xo + i], v);
    od[oo + i] = r;
    z += od[oo + i] * 0;
  }
  return z;
}
function flatSA(code: number, k: K, v: number, yd: any, yo: number, od: any, oo: number, n: number): number {
  if (code !== 0 && (code !== OP_MUL || k === BINOPS.multiply.f)) {
    if (isArr(yd) && isArr(od)) return flatSAArr(code, v, yd, yo, od, oo, n);
    if (od instanceof Float64Array && yd instanceof Float64Array) return flatSAF64(code, v, yd, yo, od, oo, n);
  }
  switch (code) {
    case OP_ADD: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v + yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_SUB: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v - yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
    case OP_MUL:
      if (k === BINOPS.multiply.f) {
        {
          let z = 0;
          for (let i = 0; i < n; i++) {
            const r = v * yd[yo + i];
            od[oo + i] = r;
            z += od[oo + i] * 0;
          }
          return z;
        }
      }
      break;
    case OP_DIV: {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const r = v / yd[yo + i];
        od[oo + i] = r;
        z += od[oo + i] * 0;
      }
      return z;
    }
  }
  let z = 0;
  for (let i = 0; i < n; i++) {
    const r = k(v, yd[yo + i]);
    od[oo + i] = r;
    z += od[oo + i] * 0;
  }
  return z;
}

/**
 * Walks the rows (last axis) of a broadcast (x, y, out) triple: `row(xo, yo, oo)` gets each row's start offsets; the
 * row's length and element strides are `len`, `xsl`, `ysl`, `osl` of the returned walk.
 */
function walkRows(
  xa: NDArray | null,
  ya: NDArray | null,
  res: NDArray,
  shape: number[],
  row: (xo: number, yo: number, oo: number, len: number, xsl: number, ysl: number, osl: number) => void,
): void {
  const nd = shape.length;
  const xs = xa ? bstrides(xa, shape) : new Array(nd).fill(0);
  const ys = ya ? bstrides(ya, shape) : new Array(nd).fill(0);
  const os = res.strides;
  const last = nd - 1,
    len = shape[last];
  const xsl = xs[last],
    ysl = ys[last],
    osl = os[last];
  const idx = new Array(nd).fill(0);
  let xo = xa ? xa.offset : 0,
    yo = ya ? ya.offset : 0,
    oo = res.offset;
  const outer = res.size / len;
  for (let c = 0; c < outer; c++) {
    row(xo, yo, oo, len, xsl, ysl, osl);
    for (let d = last - 1; d >= 0; d--) {
      idx[d]++;
      xo += xs[d];
      yo += ys[d];
      oo += os[d];
      if (idx[d] < shape[d]) break;
      xo -= xs[d] * shape[d];
      yo -= ys[d] * shape[d];
      oo -= os[d] * shape[d];
      idx[d] = 0;
    }
  }
}

/**
 * general broadcasting loop; res may be strided. `code` (OP_ADD…OP_DIV, or 0) selects inlined float64/float32 row
 * loops, which return 0 when every result is finite (NaN otherwise, as the flat kernels); NaN (unknown) elsewhere.
 */
function general(k: K, xa: NDArray | null, xv: number, ya: NDArray | null, yv: number, res: NDArray, shape: number[], code = 0): number {
  if (res.size === 0) return 0;
  const od = res.data as any;
  if (shape.length === 0) {
    od[res.offset] = k(xa ? (xa.data as any)[xa.offset] : xv, ya ? (ya.data as any)[ya.offset] : yv);
    return NaN;
  }
  const xd: any = xa ? xa.data : null,
    yd: any = ya ? ya.data : null;
  if (code !== 0 && (res.dtype === "float64" || res.dtype === "float32") && (code !== OP_MUL || k === BINOPS.multiply.f)) {
    // float64/float32 + - * /: the kernel inlined per row (bias adds, x - max(x, keepdims), x / sum(x, keepdims) in
    // course code broadcast along one axis); the same arithmetic (a float32 store rounds as the kernel's result does)
    let z = 0;
    if (
      od instanceof Float64Array &&
      (xd === null || isArr(xd) || xd instanceof Float64Array) &&
      (yd === null || isArr(yd) || yd instanceof Float64Array)
    ) {
      const xs: number[] | Float64Array = xd ?? [xv],
        ys: number[] | Float64Array = yd ?? [yv];
      walkRows(xa, ya, res, shape, (xo, yo, oo, len, xsl, ysl, osl) => {
        z += rowF64(code, xs, xo, xsl, ys, yo, ysl, od, oo, osl, len);
      });
      return z;
    }
    walkRows(xa, ya, res, shape, (xo, yo, oo, len, xsl, ysl, osl) => {
      const a = xd ? xd[xo] : xv;
      const b = yd ? yd[yo] : yv;
      if (xsl === 0 && ysl === 0) {
        const r = code === OP_ADD ? a + b : code === OP_SUB ? a - b : code === OP_MUL ? a * b : a / b;
        for (let j = 0, o = oo; j < len; j++, o += osl) od[o] = r;
        z += od[oo] * 0;
      } else if (xsl === 0) z += rowSA(code, a, yd, yo, ysl, od, oo, osl, len);
      else if (ysl === 0) z += rowAS(code, xd, xo, xsl, b, od, oo, osl, len);
      else z += rowAA(code, xd, xo, xsl, yd, yo, ysl, od, oo, osl, len);
    });
    return z;
  }
  walkRows(xa, ya, res, shape, (xo, yo, oo, len, xsl, ysl, osl) => {
    if (xd && yd) {
      for (let j = 0, a = xo, b = yo, o = oo; j < len; j++, a += xsl, b += ysl, o += osl) od[o] = k(xd[a], yd[b]);
    } else if (xd) {
      for (let j = 0, a = xo, o = oo; j < len; j++, a += xsl, o += osl) od[o] = k(xd[a], yv);
    } else {
      for (let j = 0, b = yo, o = oo; j < len; j++, b += ysl, o += osl) od[o] = k(xv, yd[b]);
    }
  });
  return NaN;
}

// one broadcast row of + - * / (code), stored to od; returns 0 when every stored result is finite, NaN otherwise
function rowAA(
  code: number,
  xd: any,
  xo: number,
  xs: number,
  yd: any,
  yo: number,
  ys: number,
  od: any,
  oo: number,
  os: number,
  len: number,
): number {
  let z = 0;
  switch (code) {
    case OP_ADD:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        od[oo] = xd[xo] + yd[yo];
        z += od[oo] * 0;
      }
      return z;
    case OP_SUB:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        od[oo] = xd[xo] - yd[yo];
        z += od[oo] * 0;
      }
      return z;
    case OP_MUL:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        od[oo] = xd[xo] * yd[yo];
        z += od[oo] * 0;
      }
      return z;
    default:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        od[oo] = xd[xo] / yd[yo];
        z += od[oo] * 0;
      }
      return z;
  }
}
function rowAS(code: number, xd: any, xo: number, xs: number, v: number, od: any, oo: number, os: number, len: number): number {
  let z = 0;
  switch (code) {
    case OP_ADD:
      for (let j = 0; j < len; j++, xo += xs, oo += os) {
        od[oo] = xd[xo] + v;
        z += od[oo] * 0;
      }
      return z;
    case OP_SUB:
      for (let j = 0; j < len; j++, xo += xs, oo += os) {
        od[oo] = xd[xo] - v;
        z += od[oo] * 0;
      }
      return z;
    case OP_MUL:
      for (let j = 0; j < len; j++, xo += xs, oo += os) {
        od[oo] = xd[xo] * v;
        z += od[oo] * 0;
      }
      return z;
    default:
      for (let j = 0; j < len; j++, xo += xs, oo += os) {
        od[oo] = xd[xo] / v;
        z += od[oo] * 0;
      }
      return z;
  }
}
function rowSA(code: number, v: number, yd: any, yo: number, ys: number, od: any, oo: number, os: number, len: number): number {
  let z = 0;
  switch (code) {
    case OP_ADD:
      for (let j = 0; j < len; j++, yo += ys, oo += os) {
        od[oo] = v + yd[yo];
        z += od[oo] * 0;
      }
      return z;
    case OP_SUB:
      for (let j = 0; j < len; j++, yo += ys, oo += os) {
        od[oo] = v - yd[yo];
        z += od[oo] * 0;
      }
      return z;
    case OP_MUL:
      for (let j = 0; j < len; j++, yo += ys, oo += os) {
        od[oo] = v * yd[yo];
        z += od[oo] * 0;
      }
      return z;
    default:
      for (let j = 0; j < len; j++, yo += ys, oo += os) {
        od[oo] = v / yd[yo];
        z += od[oo] * 0;
      }
      return z;
  }
}

/** Iterate broadcast (x,y,out) triples — used for diagnostics */
function forEachTriple(
  xa: NDArray | null,
  xv: number,
  ya: NDArray | null,
  yv: number,
  res: NDArray,
  shape: number[],
  f: (a: number, b: number, r: number) => void,
): void {
  const nd = shape.length;
  const xs = xa ? bstrides(xa, shape) : new Array(nd).fill(0);
  const ys = ya ? bstrides(ya, shape) : new Array(nd).fill(0);
  const idx = new Array(nd).fill(0);
  const n = res.size;
  const xd: any = xa?.data,
    yd: any = ya?.data,
    od: any = res.data;
  for (let i = 0; i < n; i++) {
    let xo = xa ? xa.offset : 0,
      yo = ya ? ya.offset : 0,
      oo = res.offset;
    for (let d = 0; d < nd; d++) {
      xo += idx[d] * xs[d];
      yo += idx[d] * ys[d];
      oo += idx[d] * res.strides[d];
    }
    f(xa ? xd[xo] : xv, ya ? yd[yo] : yv, od[oo]);
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      if (idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}

function hasNonFinite(a: NDArray): boolean {
  const d = a.data as any;
  if (a.contig && d instanceof Float64Array) return nonFiniteF64(d, a.offset, a.size);
  if (a.contig) {
    const o = a.offset,
      n = a.size;
    for (let i = 0; i < n; i++) {
      const v = d[o + i];
      if (v - v !== 0) return true;
    }
    return false;
  }
  if (a.shape.length === 2) {
    // a 2-D view (an in-place operator's column block): row by row, no callback per element
    const rows = a.shape[0],
      cols = a.shape[1],
      s0 = a.strides[0],
      s1 = a.strides[1];
    for (let i = 0; i < rows; i++)
      for (let j = 0, o = a.offset + i * s0; j < cols; j++, o += s1) {
        const v = d[o];
        if (v - v !== 0) return true;
      }
    return false;
  }
  let found = false;
  forEachOffset(a, (o) => {
    const v = d[o];
    if (v - v !== 0) found = true;
  });
  return found;
}

/** The FP flags of one float step a ∘ b = r whose result is not finite (none when an input is NaN). */
function floatFlags(op: BinOp, a: number, b: number, r: number): number {
  if (a !== a || b !== b) return 0;
  if (r !== r) return FP_INVALID;
  // r infinite
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return 0;
  if (op.check === "div") return b === 0 ? FP_DIVZERO : FP_OVERFLOW;
  if (op.check === "pow") return a === 0 && b < 0 ? FP_DIVZERO : FP_OVERFLOW;
  return FP_OVERFLOW;
}

function checkFloatBinary(op: BinOp, res: NDArray, xa: NDArray | null, xv: number, ya: NDArray | null, yv: number, shape: number[]): void {
  if (!hasNonFinite(res)) return;
  let flags = 0;
  forEachTriple(xa, xv, ya, yv, res, shape, (a, b, r) => {
    if (r !== r || r === Infinity || r === -Infinity) flags |= floatFlags(op, a, b, r);
  });
  if (flags) emitFP(flags, op.name);
}

// ------------------------------------------------------------------ the loops of ufunc.reduce / accumulate / reduceat
/**
 * The dtype a reduction of `op` runs its loop in, for elements of dtype `dt` (or the `dtype=` asked for): the loop
 * whose inputs and output are one dtype, as NumPy's reduce needs. Comparisons have one only for bools; logical_*
 * loops are bool ones (the elements are cast); a dtype= without such a loop is NumPy's TypeError.
 */
export function reduceLoopDtype(op: BinOp, dt: DType, dtype: DType | null): DType {
  const d = dtype ?? dt;
  const c: Cls = { arr: null, val: 0, dtype: d, weak: 0 };
  const { ct, ot } = resolveBinary(op, c, c);
  if (op.rule === "logic") return "bool";
  if (ot !== ct || (dtype !== null && ct !== dtype))
    throw typeError(`No loop matching the specified signature and casting was found for ufunc ${op.name}`);
  return ct;
}

/**
 * One step `acc ∘ v` of a reduction's loop in dtype `dt` (from reduceLoopDtype), its result rounded or wrapped to
 * the dtype (float16 computed in float32, as NumPy's half loops); the FP flags of the steps gather until `flush`
 * raises them once, named after the method ("divide by zero encountered in reduce"), as NumPy checks after its loop.
 */
export function reduceStep(op: BinOp, dt: DType): { step: (acc: number, v: number) => number; flush: (method: string) => void } {
  const k = kernelFor(op, dt);
  const checked = isFloat(dt) && op.check !== undefined;
  const round =
    dt === "float16"
      ? (v: number) => f16round(Math.fround(v))
      : dt === "bool"
        ? (v: number) => (v ? 1 : 0)
        : (v: number) => castValue(v, dt);
  let flags = 0;
  intFlags = 0;
  return {
    step: (acc, v) => {
      const r = k(acc, v);
      if (checked && r - r !== 0) flags |= floatFlags(op, acc, v, r);
      return round(r);
    },
    flush: (method) => {
      const f = flags | intFlags;
      flags = intFlags = 0;
      if (f) {
        scalarCtx = false;
        emitFP(f, method);
      }
    },
  };
}

// ------------------------------------------------------------------ named binary helpers
export const add = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.add, a, b, out);
export const subtract = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.subtract, a, b, out);
export const multiply = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.multiply, a, b, out);
export const true_divide = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.divide, a, b, out);
export const divide = true_divide;
export const floor_divide = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.floor_divide, a, b, out);
export const remainder = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.remainder, a, b, out);
export const mod = remainder;
export const power = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.power, a, b, out);
export const maximum = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.maximum, a, b, out);
export const minimum = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.minimum, a, b, out);
export const equal = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.equal, a, b, out);
export const not_equal = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.not_equal, a, b, out);
export const less = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.less, a, b, out);
export const less_equal = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.less_equal, a, b, out);
export const greater = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.greater, a, b, out);
export const greater_equal = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.greater_equal, a, b, out);
export const logical_and = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.logical_and, a, b, out);
export const logical_or = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.logical_or, a, b, out);
export const logical_xor = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.logical_xor, a, b, out);
export const bitwise_and = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.bitwise_and, a, b, out);
export const bitwise_or = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.bitwise_or, a, b, out);
export const bitwise_xor = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.bitwise_xor, a, b, out);
export const arctan2 = (a: Operand, b: Operand, out?: NDArray | null) => binary(BINOPS.arctan2, a, b, out);

/** Python `**` operator on arrays (and `**=`, with out = a): NumPy's fast paths for scalar exponents 2, 0.5, -1, 1 */
export function powerOperator(a: Operand, b: Operand, out?: NDArray | null): NDArray | NPScalar {
  if (a instanceof NDArray && (typeof b === "number" || b instanceof PyScalar)) {
    const e = typeof b === "number" ? b : b.value;
    const fl = isFloat(a.dtype);
    if (e === 2) return unary("square", a, out);
    if (fl && e === 0.5) return unary("sqrt", a, out);
    if (fl && e === -1) return unary("reciprocal", a, out);
    if (fl && e === 1) return unary("positive", a, out);
  }
  return power(a, b, out);
}

// ------------------------------------------------------------------ unary ufuncs
type U = (a: number) => number;
// f32: the float32 loop where NumPy's differs from rounding the float64 result (its SIMD exp/log/tanh)
interface UnOp {
  name: string;
  rule: "float" | "same" | "bool" | "int";
  f: U;
  i?: U;
  b?: U;
  f32?: U;
  check?: "log" | "gen";
  noBool?: string;
  /** operations charged per element when the loop costs more than a copy (see TRANSCENDENTAL) */
  cost?: number;
}
/**
 * Charged per element of the libm-style functions V8 computes in software: 14–26 ns measured per element over 10^6
 * float64 (sin, arcsin, tanh, log10, arcsinh, …; exp2 through Math.pow ~50 ns), against ~3 ns for an addition.
 */
const TRANSCENDENTAL = { cost: 10 };
const PI_F32 = Math.fround(Math.PI),
  D180_OVER_PI_F32 = Math.fround(180 / PI_F32),
  PI_OVER_180_F32 = Math.fround(PI_F32 / 180);
// float32: NumPy's npy_rad2degf multiplies by the float32 constant 180.0f/NPY_PIf, in float32
const TO_DEGREES = { f: (a: number) => a * (180 / Math.PI), f32: (a: number) => Math.fround(a * D180_OVER_PI_F32) };
const TO_RADIANS = { f: (a: number) => a * (Math.PI / 180), f32: (a: number) => Math.fround(a * PI_OVER_180_F32) };
const Uo = (name: string, rule: UnOp["rule"], f: U, extra: Partial<UnOp> = {}): UnOp => ({ name, rule, f, ...extra });
function signF(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
}
/**
 * 1 / a of an integer, truncated as NumPy's integer loop gives it (reciprocal(2) is 0). NumPy computes 1.0 / 0 = inf
 * and converts it as x86-64 does (this machine's recordings): the int32 and int64 minimum (cvttsd2si's "integer
 * indefinite"), 0 for the other integer types; it warns of the division and of the invalid conversion.
 */
function reciprocalInt(zero: number): U {
  return (a) => (a === 0 ? ((intFlags |= FP_DIVZERO | FP_INVALID), zero) : Math.trunc(1 / a) + 0);
}
const RECIPROCAL_ZERO: Partial<Record<DType, number>> = { int32: -(2 ** 31), int64: I64_MIN };
export const UNOPS: Record<string, UnOp> = {
  negative: Uo("negative", "same", (a) => -a, {
    i: negI64,
    noBool: "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
  }),
  // real inputs only (the engine has no complex dtypes): a copy; bool takes the int8 loop, as NumPy's has no bool one
  conjugate: Uo("conjugate", "same", (a) => a),
  positive: Uo("positive", "same", (a) => a, {
    noBool: "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
  }),
  absolute: Uo("absolute", "same", Math.abs, { i: absI64 }),
  sign: Uo("sign", "same", signF, {
    noBool: "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
  }),
  square: Uo("square", "same", (a) => a * a, { i: (a) => mulI64(a, a), check: "gen" }),
  reciprocal: Uo("reciprocal", "same", (a) => 1 / a, { i: reciprocalInt(0), check: "log" }),
  sqrt: Uo("sqrt", "float", Math.sqrt, { check: "gen" }),
  cbrt: Uo("cbrt", "float", Math.cbrt, TRANSCENDENTAL),
  exp: Uo("exp", "float", Math.exp, { check: "gen", f32: expf, ...TRANSCENDENTAL }),
  exp2: Uo("exp2", "float", (a) => Math.pow(2, a), { check: "gen", cost: 32 }),
  expm1: Uo("expm1", "float", Math.expm1, { check: "gen", ...TRANSCENDENTAL }),
  log: Uo("log", "float", Math.log, { check: "log", f32: logf, ...TRANSCENDENTAL }),
  log2: Uo("log2", "float", Math.log2, { check: "log", ...TRANSCENDENTAL }),
  log10: Uo("log10", "float", Math.log10, { check: "log", ...TRANSCENDENTAL }),
  log1p: Uo("log1p", "float", Math.log1p, { check: "log", ...TRANSCENDENTAL }),
  sin: Uo("sin", "float", Math.sin, { check: "gen", ...TRANSCENDENTAL }),
  cos: Uo("cos", "float", Math.cos, { check: "gen", ...TRANSCENDENTAL }),
  tan: Uo("tan", "float", Math.tan, { check: "gen", ...TRANSCENDENTAL }),
  arcsin: Uo("arcsin", "float", Math.asin, { check: "gen", ...TRANSCENDENTAL }),
  arccos: Uo("arccos", "float", Math.acos, { check: "gen", ...TRANSCENDENTAL }),
  arctan: Uo("arctan", "float", Math.atan, TRANSCENDENTAL),
  sinh: Uo("sinh", "float", Math.sinh, { check: "gen", ...TRANSCENDENTAL }),
  cosh: Uo("cosh", "float", Math.cosh, { check: "gen", ...TRANSCENDENTAL }),
  tanh: Uo("tanh", "float", Math.tanh, { f32: tanhf, ...TRANSCENDENTAL }),
  arcsinh: Uo("arcsinh", "float", Math.asinh, TRANSCENDENTAL),
  arccosh: Uo("arccosh", "float", Math.acosh, { check: "gen", ...TRANSCENDENTAL }),
  arctanh: Uo("arctanh", "float", Math.atanh, { check: "log", ...TRANSCENDENTAL }),
  deg2rad: Uo("deg2rad", "float", TO_RADIANS.f, { f32: TO_RADIANS.f32 }),
  rad2deg: Uo("rad2deg", "float", TO_DEGREES.f, { f32: TO_DEGREES.f32 }),
  // NumPy's npy_degrees and npy_radians are npy_rad2deg and npy_deg2rad under their own ufunc names
  degrees: Uo("degrees", "float", TO_DEGREES.f, { f32: TO_DEGREES.f32 }),
  radians: Uo("radians", "float", TO_RADIANS.f, { f32: TO_RADIANS.f32 }),
  floor: Uo("floor", "same", Math.floor, { i: (a) => a }),
  ceil: Uo("ceil", "same", Math.ceil, { i: (a) => a }),
  trunc: Uo("trunc", "same", Math.trunc, { i: (a) => a }),
  rint: Uo("rint", "float", rint),
  isnan: Uo("isnan", "bool", (a) => (a !== a ? 1 : 0)),
  isinf: Uo("isinf", "bool", (a) => (a === Infinity || a === -Infinity ? 1 : 0)),
  isfinite: Uo("isfinite", "bool", (a) => (a - a === 0 ? 1 : 0)),
  signbit: Uo("signbit", "bool", (a) => (a < 0 || Object.is(a, -0) ? 1 : 0)),
  logical_not: Uo("logical_not", "bool", (a) => (a === 0 ? 1 : 0)),
  invert: Uo("invert", "int", (a) => ~a, { b: (a) => (a ? 0 : 1) }),
};
UNOPS.abs = UNOPS.absolute;
UNOPS.bitwise_not = UNOPS.invert;
UNOPS.bitwise_invert = UNOPS.invert;
UNOPS.fabs = Uo("fabs", "float", Math.abs);
UNOPS.fix = UNOPS.trunc;

/** unary's float64 fast path for a strided 1-D array (e.g. a column z[:, t]): same values as the generic path */
function unaryStrided1(op: UnOp, x: NDArray): NDArray {
  const n = x.size,
    f = op.f,
    d = x.data as any,
    o = x.offset,
    s = x.strides[0];
  charge(n * (op.cost ?? 1));
  const st = scratchF64("float64", n);
  switch (op.name) {
    case "negative":
      for (let i = 0; i < n; i++) st[i] = -d[o + i * s];
      break;
    case "exp":
      for (let i = 0; i < n; i++) st[i] = Math.exp(d[o + i * s]);
      break;
    case "square":
      for (let i = 0; i < n; i++) {
        const v = d[o + i * s];
        st[i] = v * v;
      }
      break;
    case "tanh":
      for (let i = 0; i < n; i++) st[i] = Math.tanh(d[o + i * s]);
      break;
    default:
      for (let i = 0; i < n; i++) st[i] = f(d[o + i * s]);
  }
  const r = new NDArray("float64", x.shape, st);
  if (op.check && hasNonFinite(r)) {
    scalarCtx = false;
    let flags = 0;
    for (let i = 0; i < n; i++) flags |= unaryFlags(op, d[o + i * s], st[i]);
    if (flags) emitFP(flags, op.name);
  }
  return r;
}
export function unary(op: UnOp | string, x: Operand, out?: NDArray | null): NDArray | NPScalar {
  const operator = operatorNext;
  operatorNext = false;
  if (out != null && !out.writeable) throw valueError("output array is read-only");
  return exactUint64(unaryOp(op, x, out, operator));
}

function unaryOp(op: UnOp | string, x: Operand, out: NDArray | null | undefined, operator: boolean): NDArray | NPScalar {
  if (typeof op === "string") {
    const o = UNOPS[op];
    if (!o) throw valueError(`unknown ufunc ${op}`);
    op = o;
  }
  if (
    out == null &&
    x instanceof NDArray &&
    x.dtype === "float64" &&
    (x.contig || x.shape.length === 1) &&
    x.shape.length > 0 &&
    op.rule !== "bool" &&
    op.rule !== "int"
  ) {
    if (!x.contig) return unaryStrided1(op, x);
    const n = x.size,
      f = op.f,
      d = x.data as any,
      o = x.offset;
    charge(n * (op.cost ?? 1));
    const st = scratchF64("float64", n);
    // z: 0 when every result is finite, NaN otherwise (the exp/log loops fold the check in; -1: check after)
    let z = -1;
    const typed = st instanceof Float64Array && d instanceof Float64Array ? unaryF64(op.name, d, o, st, n) : false;
    if (typed !== false) z = typed;
    else
      switch (op.name) {
        // monomorphic loops for the common ufuncs (a shared `f(...)` call site would be megamorphic)
        case "negative":
          for (let i = 0; i < n; i++) st[i] = -d[o + i];
          break;
        case "exp":
          z = 0;
          for (let i = 0; i < n; i++) {
            const v = Math.exp(d[o + i]);
            st[i] = v;
            z += v * 0;
          }
          break;
        case "square":
          for (let i = 0; i < n; i++) {
            const v = d[o + i];
            st[i] = v * v;
          }
          break;
        case "tanh":
          for (let i = 0; i < n; i++) st[i] = Math.tanh(d[o + i]);
          break;
        case "log":
          z = 0;
          for (let i = 0; i < n; i++) {
            const v = Math.log(d[o + i]);
            st[i] = v;
            z += v * 0;
          }
          break;
        case "sqrt":
          for (let i = 0; i < n; i++) st[i] = Math.sqrt(d[o + i]);
          break;
        default:
          for (let i = 0; i < n; i++) st[i] = f(d[o + i]);
      }
    const r = new NDArray("float64", x.shape, st);
    if (op.check && z !== 0 && hasNonFinite(r)) {
      scalarCtx = false;
      let flags = 0;
      for (let i = 0; i < n; i++) flags |= unaryFlags(op, d[o + i], st[i]);
      if (flags) emitFP(flags, op.name);
    }
    return r;
  }
  if (
    out == null &&
    x instanceof NDArray &&
    x.dtype === "int64" &&
    x.contig &&
    x.ndim > 0 &&
    (op === UNOPS.negative || op === UNOPS.absolute)
  )
    return negAbsI64(x, op === UNOPS.negative);
  if (isStrOperand(x)) throw strUnaryError(op.name);
  const c = classify(x);
  let dt = c.dtype;
  if (dt === "object") throw typeError(`ufunc '${op.name}' on object arrays is not supported`);
  let ot: DType;
  let f = op.f;
  switch (op.rule) {
    case "float":
      ot = isFloat(dt) ? dt : promoteTypes(dt, "float16");
      break;
    case "same":
      if (dt === "bool") {
        if (op.noBool) throw noBoolError(op.noBool);
        if (op.name === "square" || op.name === "reciprocal" || op.name === "conjugate") dt = "int8";
      }
      ot = dt;
      if (!isFloat(dt) && op.i) f = op.i;
      if (op.name === "reciprocal" && isInt(dt)) f = reciprocalInt(RECIPROCAL_ZERO[dt] ?? 0);
      break;
    case "bool":
      ot = "bool";
      break;
    case "int":
      if (isFloat(dt))
        throw typeError(
          `ufunc '${op.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
        );
      ot = dt;
      if (dt === "bool") f = op.b!;
      else if (dt === "int64" || dt === "uint64") f = invertI64;
      break;
  }
  if (ot === "float16") return halfUnary(op, c, out);
  if (ot === "float32" && op.f32) f = op.f32;
  scalarCtx = !c.arr && operator;
  if (op.name === "absolute" && dt === "int32") f = (a) => Math.abs(a) | 0;
  if (op.name === "square" && (dt === "int32" || dt === "uint32")) f = (a) => Math.imul(a, a);
  // a Python int past 2**53: exact where the loop is an integer one (np.negative(2**53 + 1)), a double for float loops
  if (c.big !== undefined) c.val = isInt(ot) ? pyIntElement(c.big, dt) : Number(c.big);
  if (!c.arr) {
    let v = f(c.val);
    if (out) {
      unaryInto(f, scalarArr(dt, c.val), out, op);
      return out;
    }
    if (intFlags) {
      const fl = intFlags;
      intFlags = 0;
      emitFP(fl, op.name);
    }
    if (op.check && isFloat(ot) && v - v !== 0 && c.val - c.val === 0) emitFP(unaryFlags(op, c.val, v), op.name);
    v = castValue(v, ot);
    return new NPScalar(ot, v);
  }
  const a = c.arr;
  let res: NDArray;
  if (out) {
    if (!canCastSameKind(ot, out.dtype))
      throw new NPError(
        "_UFuncOutputCastingError",
        `Cannot cast ufunc '${op.name}' output from ${dtypeRepr(ot)} to ${dtypeRepr(out.dtype)} with casting rule 'same_kind'`,
      );
    res = out;
  } else res = scratchArray(ot, a.shape.slice());
  unaryInto(f, a, res, op);
  if (!out && res.shape.length === 0) return new NPScalar(ot, (res.data as any)[0]);
  return res;
}
/** -x or |x| of a contiguous int64 array in one monomorphic loop (the minimum stays itself, as negI64) */
function negAbsI64(x: NDArray, neg: boolean): NDArray {
  const n = x.size,
    d = x.data as Float64Array,
    o = x.offset;
  charge(n);
  const st = scratchF64("int64", n);
  for (let i = 0; i < n; i++) {
    const v = neg ? 0 - d[o + i]! : Math.abs(d[o + i]!);
    st[i] = v === 2 ** 63 ? I64_MIN : v;
  }
  return new NDArray("int64", x.shape.slice(), st);
}
/** a float16 result: NumPy's half loops compute in float32 and round to half */
function halfUnary(op: UnOp, c: Cls, out?: NDArray | null): NDArray | NPScalar {
  const r = unary(op, c.arr ? astype(c.arr, "float32") : new NPScalar("float32", Math.fround(c.val))) as NDArray | NPScalar;
  return halfResult(r, op, out);
}
function scalarArr(dt: DType, v: number): NDArray {
  const a = emptyArray(dt, []);
  (a.data as any)[0] = v;
  return a;
}
function unaryFlags(op: UnOp, a: number, r: number): number {
  if (a !== a) return 0;
  if (r !== r) return FP_INVALID;
  if (r === Infinity || r === -Infinity) {
    if (a === Infinity || a === -Infinity) return 0;
    return op.check === "log" ? FP_DIVZERO : FP_OVERFLOW;
  }
  return 0;
}
function unaryInto(f: U, a: NDArray, res: NDArray, op: UnOp): void {
  const n = a.size;
  // the general loop's cost per element, plus the function's own (op.cost, in `charge`'s operations)
  chargeNs(n * (NS_PER_ELEMENT.ufuncLoop + (op.cost ?? 1) * NS_PER_OP));
  let src = a;
  // an overlapping input is copied first. Written in place, it stands in as 1 for the FP check after the loop when it
  // held only finite values (the flags then depend on the result alone), else it is copied too
  const checked = op.check !== undefined && isFloat(res.dtype);
  let standIn = false;
  if (src.data === res.data) {
    if (!sameLayout(src, res) || (checked && hasNonFinite(src))) src = copyArray(src);
    else standIn = checked;
  }
  if (!sameShape(src.shape, res.shape)) src = broadcastTo(src, res.shape);
  const sd = src.data as any,
    od = res.data as any;
  if (src.contig && res.contig) {
    const so = src.offset,
      oo = res.offset;
    // float32 exp and tanh in loops of their own: a call site shared by every ufunc cannot inline them
    if (f === expf) for (let i = 0; i < n; i++) od[oo + i] = expf(sd[so + i]);
    else if (f === tanhf) for (let i = 0; i < n; i++) od[oo + i] = tanhf(sd[so + i]);
    else for (let i = 0; i < n; i++) od[oo + i] = f(sd[so + i]);
  } else if (res.contig && src.shape.length === 2) {
    // a 2-D view (the gates' column blocks A[:, :H] of an LSTM), row by row in C order
    const rows = src.shape[0],
      cols = src.shape[1],
      s0 = src.strides[0],
      s1 = src.strides[1];
    for (let i = 0, k = res.offset; i < rows; i++) for (let j = 0, o = src.offset + i * s0; j < cols; j++, o += s1) od[k++] = f(sd[o]);
  } else if (res.contig) {
    const oo = res.offset;
    forEachOffset(src, (o, i) => {
      od[oo + i] = f(sd[o]);
    });
  } else {
    const offs: number[] = [];
    forEachOffset(res, (o) => {
      offs.push(o);
    });
    forEachOffset(src, (o, i) => {
      od[offs[i]] = f(sd[o]);
    });
  }
  if (intFlags) {
    const fl = intFlags;
    intFlags = 0;
    emitFP(fl, op.name);
  }
  if (op.check && isFloat(res.dtype) && hasNonFinite(res)) {
    let flags = 0;
    const tmp = res.contig && src.contig ? null : copyArray(res);
    const rd = tmp ? (tmp.data as any) : od,
      ro = tmp ? 0 : res.offset;
    forEachOffset(src, (o, i) => {
      flags |= unaryFlags(op, standIn ? 1 : sd[o], rd[ro + i]);
    });
    if (flags) emitFP(flags, op.name);
  }
}

// convenience exports
export const negative = (a: Operand, out?: NDArray | null) => unary(UNOPS.negative, a, out);
export const absolute = (a: Operand, out?: NDArray | null) => unary(UNOPS.absolute, a, out);
export const sqrt = (a: Operand, out?: NDArray | null) => unary(UNOPS.sqrt, a, out);
export const exp = (a: Operand, out?: NDArray | null) => unary(UNOPS.exp, a, out);
export const log = (a: Operand, out?: NDArray | null) => unary(UNOPS.log, a, out);
export const tanh = (a: Operand, out?: NDArray | null) => unary(UNOPS.tanh, a, out);
export const square = (a: Operand, out?: NDArray | null) => unary(UNOPS.square, a, out);
export const isnan = (a: Operand) => unary(UNOPS.isnan, a);
export const isfinite = (a: Operand) => unary(UNOPS.isfinite, a);
export const isinf = (a: Operand) => unary(UNOPS.isinf, a);
export const logical_not = (a: Operand, out?: NDArray | null) => unary(UNOPS.logical_not, a, out);

/** np.round / np.around (half to even, with decimals) */
export function around(a: Operand, decimals = 0, out?: NDArray | null): NDArray | NPScalar {
  const c = classify(a);
  if (c.big !== undefined && isInt(c.dtype)) c.val = scalarValue(c);
  // like a ufunc, a 0-d array in gives a scalar out
  const scalarOut = !out && (!c.arr || c.arr.shape.length === 0);
  if (c.dtype === "bool") {
    // NumPy rounds booleans with the float16 loop; at any other precision its float multiply/divide cannot be cast back
    if (decimals !== 0)
      throw new NPError(
        "_UFuncOutputCastingError",
        `Cannot cast ufunc '${decimals > 0 ? "multiply" : "divide"}' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'`,
      );
    if (scalarOut) return new NPScalar("float16", c.arr ? Number((c.arr.data as ArrayLike<number>)[c.arr.offset]) : c.val);
    return astypeOp(c.arr ?? new NPScalar("bool", c.val), "float16", out);
  }
  if (!isFloat(c.dtype) && c.dtype !== "object") {
    if (decimals >= 0) {
      if (out) {
        binary(BINOPS.add, a, 0, out);
        return out;
      }
      if (scalarOut) return c.arr ? new NPScalar(c.dtype, (c.arr.data as any)[c.arr.offset]) : new NPScalar(c.dtype, c.val);
      return c.arr ? copyArray(c.arr) : new NPScalar(c.dtype, c.val);
    }
    const f = Math.pow(10, -decimals);
    const r = unary("rint", true_divide(a, f));
    return astypeOp(multiply(r, f), c.dtype, out);
  }
  if (decimals === 0) return unary("rint", a, out);
  const f = Math.pow(10, Math.abs(decimals));
  const fw = new PyScalar("float", f);
  let t = decimals >= 0 ? multiply(a, fw) : true_divide(a, fw);
  t = unary("rint", t);
  return decimals >= 0 ? true_divide(t, fw, out) : multiply(t, fw, out);
}
function astypeOp(x: NDArray | NPScalar, dt: DType, out?: NDArray | null): NDArray | NPScalar {
  if (x instanceof NPScalar) return new NPScalar(dt, castValue(x.value, dt));
  const r = astype(x, dt);
  if (out) {
    binary(BINOPS.add, r, 0, out);
    return out;
  }
  return r;
}

/** np.clip(a, a_min, a_max, out) — either bound may be null */
export function clip(a: Operand, lo: Operand | null, hi: Operand | null, out?: NDArray | null): NDArray | NPScalar {
  if (
    a instanceof NDArray &&
    a.dtype === "float64" &&
    a.contig &&
    typeof lo === "number" &&
    typeof hi === "number" &&
    lo === lo &&
    hi === hi &&
    (out == null || (out === a && a.writeable)) &&
    a.shape.length > 0
  ) {
    const n = a.size,
      d = a.data as any,
      o = a.offset;
    charge(n);
    const res = out ?? scratchArray("float64", a.shape.slice());
    const rd = res.data as any,
      ro = res.offset;
    for (let i = 0; i < n; i++) {
      const v = d[o + i];
      rd[ro + i] = v < lo ? lo : v > hi ? hi : v;
    }
    return res;
  }
  if (lo === null && hi === null) throw valueError("One of max or min must be given");
  // one bound is np.maximum / np.minimum itself (NumPy's _clip), where the bound wins a tie
  if (lo === null) return binary(BINOPS.minimum, a, hi!, out);
  if (hi === null) return binary(BINOPS.maximum, a, lo, out);
  // dtype: result_type of all three
  const ca = classify(a),
    cl = classify(lo),
    ch = classify(hi);
  let dt: DType;
  if (!ca.weak) {
    dt = ca.dtype;
    for (const c of [cl, ch]) dt = c.weak ? weakResult(dt, c.weak) : promoteTypes(dt, c.dtype);
  } else dt = resultType(a, lo, hi);
  // the element in the result's dtype first, a scalar too (np.clip(np.int64(-6), int_array, 2.5) is float64)
  if (!out && ca.dtype !== dt) a = ca.arr ? astype(ca.arr, dt) : new NPScalar(dt, Number(scalarValue(ca)));
  // the clip ufunc's three operands broadcast together (its error names all three shapes)
  const shapeOf = (c: Cls) => (c.arr ? c.arr.shape : []);
  broadcastShapes(shapeOf(ca), shapeOf(cl), shapeOf(ch));
  // NumPy's loop for bounds of one element (scalars) keeps the element on a tie; its loop for array bounds is
  // maximum/minimum's, where the bound wins
  const single = (b: Operand) => !(b instanceof NDArray) || b.size <= 1;
  const scalarBounds = single(lo) && single(hi);
  const t = binary(scalarBounds ? CLIP_LO : CLIP_LO_ARRAY, a, lo, out);
  return binary(scalarBounds ? CLIP_HI : CLIP_HI_ARRAY, t, hi, out ?? (t instanceof NDArray ? t : undefined));
}

/** 3-argument np.where(cond, x, y) */
export function where3(cond: Operand, x: Operand, y: Operand): NDArray | NPScalar {
  if (isStrOperand(x) || isStrOperand(y)) return strWhere(cond, x, y);
  const cc = classify(cond),
    cx = classify(x),
    cy = classify(y);
  let dt: DType;
  if (cx.weak && cy.weak) dt = weakDefault(weakRank(cx.weak) >= weakRank(cy.weak) ? cx.weak : cy.weak);
  else if (cx.weak) dt = weakResult(cy.dtype, cx.weak);
  else if (cy.weak) dt = weakResult(cx.dtype, cy.weak);
  else dt = promoteTypes(cx.dtype, cy.dtype);
  const shapes: number[][] = [];
  for (const c of [cc, cx, cy]) shapes.push(c.arr ? c.arr.shape : []);
  const shape = broadcastShapes(...shapes);
  const res = emptyArray(dt, shape);
  const n = res.size;
  chargeNs(n * NS_PER_ELEMENT.ufuncLoop);
  const get = (c: Cls) => {
    if (!c.arr) {
      const v =
        c.big !== undefined
          ? dt === "object"
            ? c.big
            : pyIntWrapped(c.big, dt)
          : dt === "float32" || dt === "float16"
            ? castValue(c.val, dt)
            : c.val;
      return () => v;
    }
    const b = broadcastTo(c.arr, shape);
    const d = b.data as any;
    if (b.contig) {
      const o = b.offset;
      return (i: number) => d[o + i];
    }
    const offs = new Float64Array(n);
    forEachOffset(b, (o, i) => {
      offs[i] = o;
    });
    return (i: number) => d[offs[i]];
  };
  const gc = get(cc),
    gx = get(cx),
    gy = get(cy);
  const od = res.data as any;
  const conv = dt === "bool" ? (v: any) => (v ? 1 : 0) : (v: any) => v;
  for (let i = 0; i < n; i++) {
    const c = gc(i);
    od[i] = conv(c !== 0 && c !== false ? gx(i) : gy(i));
  }
  if (isInt(dt) || dt === "bool") {
    for (let i = 0; i < n; i++) od[i] = castValue(od[i], dt);
  }
  if (shape.length === 0) return new NPScalar(dt, od[0]);
  return res;
}

export function isclose(a: Operand, b: Operand, rtol = 1e-5, atol = 1e-8, equalNan = false): NDArray | NPScalar {
  const k = (x: number, y: number) => {
    if (x === y) return 1;
    if (x !== x || y !== y) return equalNan && x !== x && y !== y ? 1 : 0;
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return 0;
    return Math.abs(x - y) <= atol + rtol * Math.abs(y) ? 1 : 0;
  };
  return binary({ name: "isclose", rule: "cmp", code: 0, f: k }, a, b);
}
