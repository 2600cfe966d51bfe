/**
 * `Generator.integers` / `RandomState.randint` over bounded-integers.ts: NumPy's bound checks and messages (the
 * scalar path of `_rand_<dtype>` and its `_broadcast` array path), then one draw per element.
 *
 * Values come back as doubles, like the engine's int64/uint64 storage: a drawn value beyond 2^53 in magnitude cannot
 * be held exactly, so it raises NotImplementedError instead of being rounded.
 */
import { BoundedDraws, INTEGER_DTYPES, IntegerDType, WordSource, orderError } from "./bounded-integers";
import { RandomError } from "./random-state";

export interface IntegerCall {
  dtype: IntegerDType;
  /** legacy RandomState: masked rejection; Generator: Lemire */
  masked: boolean;
  /** endpoint=True: high is included */
  closed: boolean;
}

const SAFE = 2n ** 53n;

/** Scalar low/high: NumPy's checks in its order, then `n` draws in [low, high(-1)]. */
export function integersScalar(src: WordSource, call: IntegerCall, low: bigint, high: bigint, n: number): number[] {
  const { lo, hi } = INTEGER_DTYPES[call.dtype];
  const top = call.closed ? high : high - 1n;
  if (low < lo) throw new RandomError("ValueError", `low is out of bounds for ${call.dtype}`);
  if (top > hi) throw new RandomError("ValueError", `high is out of bounds for ${call.dtype}`);
  if (low > top) throw orderError(call.closed, low === 0n);
  const draws = new BoundedDraws(src, call.dtype, call.masked);
  const out = new Array<number>(n);
  const rng = top - low;
  if (INTEGER_DTYPES[call.dtype].bits < 64 || (rng <= 0xffffffffn && inSafe(low) && inSafe(top))) {
    const off = Number(low),
      r = Number(rng);
    for (let i = 0; i < n; i++) out[i] = off + draws.draw(r);
    return out;
  }
  const wide = new Array<bigint>(n);
  for (let i = 0; i < n; i++) wide[i] = low + draws.drawBig(rng);
  return exactAll(wide, call.dtype);
}

/** Array-valued bounds: the dtype limits, on the arguments' own elements (before broadcasting, as NumPy does). */
export function checkArrayBounds(call: IntegerCall, lows: bigint[], highs: bigint[]): void {
  const { lo, hi, bits } = INTEGER_DTYPES[call.dtype];
  const allLowsZero = lows.every((v) => v === 0n);
  if (lows.some((v) => v < lo || (bits === 64 && v > hi))) throw new RandomError("ValueError", `low is out of bounds for ${call.dtype}`);
  for (const h of highs) {
    const top = call.closed ? h : h - 1n;
    if (top > hi) throw new RandomError("ValueError", `high is out of bounds for ${call.dtype}`);
    // the 64-bit path converts each high in turn and meets a top below the dtype as an ordering error
    if (bits === 64 && top < lo) throw orderError(call.closed, allLowsZero);
  }
}

/** low > high (low >= high when open) for any pair of the bounds broadcast against each other */
export function checkOrder(call: IntegerCall, lows: bigint[], highs: bigint[], allLowsZero: boolean): void {
  lows.forEach((low, i) => {
    if (low > (call.closed ? highs[i] : highs[i] - 1n)) throw orderError(call.closed, allLowsZero);
  });
}

/** one draw per broadcast element (bounds already checked), sharing one word buffer */
export function integersBroadcast(src: WordSource, call: IntegerCall, lows: bigint[], highs: bigint[]): number[] {
  const n = lows.length;
  const tops = highs.map((h) => (call.closed ? h : h - 1n));
  const draws = new BoundedDraws(src, call.dtype, call.masked);
  if (INTEGER_DTYPES[call.dtype].bits === 64)
    return exactAll(
      lows.map((low, i) => low + draws.drawBig(tops[i] - low)),
      call.dtype,
    );
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = Number(lows[i]) + draws.draw(Number(tops[i] - lows[i]));
  return out;
}

const inSafe = (v: bigint) => v >= -SAFE && v <= SAFE;

/** every value drawn first, so the stream ends where NumPy's does even when the result cannot be returned */
function exactAll(values: bigint[], dtype: IntegerDType): number[] {
  if (!values.every(inSafe))
    throw new RandomError(
      "NotImplementedError",
      `a random ${dtype} beyond 2**53 in magnitude is not representable in this engine (its ${dtype} values are doubles)`,
    );
  return values.map(Number);
}
