/**
 * NumPy's bounded random integers for every integer dtype and bool (numpy/random/_bounded_integers.pyx.in and
 * src/distributions/distributions.c), bit for bit: draws in the closed interval [low, low + rng].
 *
 * 8-, 16-bit and bool draws are cut from a 32-bit word (4, 2 or 32 per word); wider draws take whole 32- or 64-bit
 * words. The legacy RandomState rejects with a bit mask (`masked`); Generator uses Lemire's multiply-and-reject.
 * One BoundedDraws serves one NumPy call: the fill of a scalar range and the broadcast over array bounds both share a
 * single word buffer across their elements and start with it empty, so a call never leaves half a word behind.
 */
import { RandomError } from "./random-state";

export type IntegerDType = "bool" | "int8" | "uint8" | "int16" | "uint16" | "int32" | "uint32" | "int64" | "uint64";

/** the bits drawn per value and the dtype's [lowest, highest] value */
export const INTEGER_DTYPES: Record<IntegerDType, { bits: number; lo: bigint; hi: bigint }> = {
  bool: { bits: 1, lo: 0n, hi: 1n },
  int8: { bits: 8, lo: -(2n ** 7n), hi: 2n ** 7n - 1n },
  uint8: { bits: 8, lo: 0n, hi: 2n ** 8n - 1n },
  int16: { bits: 16, lo: -(2n ** 15n), hi: 2n ** 15n - 1n },
  uint16: { bits: 16, lo: 0n, hi: 2n ** 16n - 1n },
  int32: { bits: 32, lo: -(2n ** 31n), hi: 2n ** 31n - 1n },
  uint32: { bits: 32, lo: 0n, hi: 2n ** 32n - 1n },
  int64: { bits: 64, lo: -(2n ** 63n), hi: 2n ** 63n - 1n },
  uint64: { bits: 64, lo: 0n, hi: 2n ** 64n - 1n },
};

export const isIntegerDType = (dt: string): dt is IntegerDType => Object.prototype.hasOwnProperty.call(INTEGER_DTYPES, dt);

/** the bit generator's raw words (MT19937 for RandomState, PCG64 for Generator) */
export interface WordSource {
  next32(): number;
  next64Big(): bigint;
}

const U32 = 0xffffffff;
const U64 = (1n << 64n) - 1n;

/** the smallest all-ones mask covering max (max < 2^32) */
function mask32(max: number): number {
  let m = max;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

function mask64(max: bigint): bigint {
  let m = max;
  for (const s of [1n, 2n, 4n, 8n, 16n, 32n]) m |= m >> s;
  return m;
}

/** NumPy's "low >= high"-style message: `high <= 0` when every low is 0 (the one-argument form) */
export function orderError(closed: boolean, allLowsZero: boolean): RandomError {
  if (allLowsZero) return new RandomError("ValueError", closed ? "high < 0" : "high <= 0");
  return new RandomError("ValueError", closed ? "low > high" : "low >= high");
}

/** Draws for one NumPy call: `draw(rng)` is uniform in [0, rng] (add the offset low yourself). */
export class BoundedDraws {
  private buf = 0;
  private bcnt = 0;
  private readonly bits: number;

  constructor(
    private readonly src: WordSource,
    dtype: IntegerDType,
    private readonly masked: boolean,
  ) {
    this.bits = INTEGER_DTYPES[dtype].bits;
  }

  /** rng must fit the dtype's width; 64-bit ranges above 2^32 go through drawBig */
  draw(rng: number): number {
    if (rng === 0) return 0;
    switch (this.bits) {
      case 1:
        return this.nextBit();
      case 8:
        return this.drawNarrow(rng, 8);
      case 16:
        return this.drawNarrow(rng, 16);
      default:
        return this.draw32(rng);
    }
  }

  /** 64-bit dtypes: ranges up to 2^32 - 1 take 32-bit words, wider ones 64-bit words */
  drawBig(rng: bigint): bigint {
    if (rng <= BigInt(U32)) return BigInt(this.draw(Number(rng)));
    if (rng === U64) return this.src.next64Big();
    return this.masked ? this.masked64(rng) : this.lemire64(rng);
  }

  private nextBit(): number {
    if (this.bcnt === 0) {
      this.buf = this.src.next32();
      this.bcnt = 31;
    } else {
      this.buf >>>= 1;
      this.bcnt--;
    }
    return this.buf & 1;
  }

  /** the next 8 or 16 bits of the buffered word */
  private nextChunk(width: 8 | 16): number {
    if (this.bcnt === 0) {
      this.buf = this.src.next32();
      this.bcnt = 32 / width - 1;
    } else {
      this.buf >>>= width;
      this.bcnt--;
    }
    return this.buf & ((1 << width) - 1);
  }

  private drawNarrow(rng: number, width: 8 | 16): number {
    const full = (1 << width) - 1;
    if (rng === full) return this.nextChunk(width);
    if (this.masked) {
      const mask = mask32(rng);
      let v: number;
      do v = this.nextChunk(width) & mask;
      while (v > rng);
      return v;
    }
    // Lemire in width-bit arithmetic: the product fits 32 bits exactly
    const excl = rng + 1;
    let m = this.nextChunk(width) * excl;
    if ((m & full) < excl) {
      const threshold = (full - rng) % excl;
      while ((m & full) < threshold) m = this.nextChunk(width) * excl;
    }
    return m >>> width;
  }

  private draw32(rng: number): number {
    const src = this.src;
    if (rng === U32) return src.next32();
    if (this.masked) {
      const mask = mask32(rng);
      let v: number;
      do v = (src.next32() & mask) >>> 0;
      while (v > rng);
      return v;
    }
    const excl = rng + 1;
    let [hi, lo] = mulWide32(src.next32(), excl);
    if (lo < excl) {
      const threshold = (U32 - rng) % excl;
      while (lo < threshold) [hi, lo] = mulWide32(src.next32(), excl);
    }
    return hi;
  }

  private masked64(rng: bigint): bigint {
    const mask = mask64(rng);
    let v: bigint;
    do v = this.src.next64Big() & mask;
    while (v > rng);
    return v;
  }

  private lemire64(rng: bigint): bigint {
    const excl = rng + 1n;
    let m = this.src.next64Big() * excl;
    if ((m & U64) < excl) {
      const threshold = (U64 - rng) % excl;
      while ((m & U64) < threshold) m = this.src.next64Big() * excl;
    }
    return m >> 64n;
  }
}

/** [high 32 bits, low 32 bits] of x * r for x, r < 2^32, exactly */
function mulWide32(x: number, r: number): [number, number] {
  const lo = Math.imul(x, r) >>> 0;
  const a = (x >>> 16) * r;
  const b = (x & 0xffff) * r;
  const aLo = a % 65536;
  const aHi = (a - aLo) / 65536;
  return [aHi + Math.floor((aLo * 65536 + b) / 4294967296), lo];
}
