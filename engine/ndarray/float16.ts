// IEEE 754 half precision (NumPy's float16): float16 arrays are stored in Float32Array holding values already
// rounded to half precision (every half is exact in float32), so only the rounding itself lives here.

const TWO24 = 16777216; // 2^24: 1 / the smallest subnormal half

/** round half to even of a non-negative double with |y| < 2^52 */
function roundEven(y: number): number {
  const f = Math.floor(y),
    d = y - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** x rounded to the nearest float16 value (round half to even, subnormals, overflow to ±inf, NaN kept), as
 *  NumPy's npy_double_to_half / npy_float_to_half (a float32 input is exact in double, so the same function serves). */
export function f16round(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  let r: number;
  if (a >= 65520)
    r = Infinity; // halfway between 65504 (max half, odd mantissa) and 2^16 rounds up
  else if (a < 6.103515625e-5)
    r = roundEven(a * TWO24) / TWO24; // below 2^-14: subnormal, quantum 2^-24
  else {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    const q = 2 ** (e - 10);
    r = roundEven(a / q) * q;
  }
  return x < 0 ? -r : r;
}

/** the float16 nearest to the float32 nearest to x: NumPy's float16 loops compute in float32, then round to half */
export function f16viaF32(x: number): number {
  return f16round(Math.fround(x));
}

/** rounds every element of a float16 result written as float32 (or double) values, in place */
export function f16roundAll(d: { length: number; [i: number]: number }, start = 0, end = d.length): void {
  for (let i = start; i < end; i++) d[i] = f16round(d[i]);
}
