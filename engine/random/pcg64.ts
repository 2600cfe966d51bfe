/**
 * PCG64 (XSL-RR 128/64) and SeedSequence, bit-compatible with NumPy's
 * `np.random.PCG64` / `np.random.SeedSequence` (the bit generator behind
 * `np.random.default_rng(seed)`).
 *
 * The 128-bit LCG state is kept as eight 16-bit limbs (little-endian) so the
 * multiply stays exact in doubles without BigInt.
 */
import { RandomError } from "./random-state";

// PCG_DEFAULT_MULTIPLIER_128 = 2549297995355413924 * 2^64 + 4865540595714422341, as 16-bit limbs (low first)
const MULT = limbs16((0x2360ed05n << 96n) | (0x1fc65da4n << 64n) | (0x4385df64n << 32n) | 0x9fccf645n);

function limbs16(v: bigint): number[] {
  const r: number[] = [];
  for (let i = 0; i < 8; i++) {
    r.push(Number(v & 0xffffn));
    v >>= 16n;
  }
  return r;
}
function fromLimbs(l: ArrayLike<number>): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 16n) | BigInt(l[i]);
  return v;
}

export class PCG64 {
  state = new Array<number>(8).fill(0);
  inc = new Array<number>(8).fill(0);
  hasUint32 = false;
  uinteger = 0;
  /** high / low 32-bit halves of the last next64() */
  hi = 0;
  lo = 0;

  /** pcg_setseq_128_srandom_r(initstate, initseq) */
  seed(initstate: bigint, initseq: bigint): void {
    const M128 = (1n << 128n) - 1n;
    this.state = limbs16(0n);
    this.inc = limbs16(((initseq << 1n) | 1n) & M128);
    this.step();
    this.state = limbs16((fromLimbs(this.state) + initstate) & M128);
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  getState(): { state: bigint; inc: bigint; hasUint32: boolean; uinteger: number } {
    return { state: fromLimbs(this.state), inc: fromLimbs(this.inc), hasUint32: this.hasUint32, uinteger: this.uinteger };
  }

  /** state = state * MULT + inc (mod 2^128) */
  private step(): void {
    const s = this.state,
      inc = this.inc,
      out = new Array<number>(8);
    let carry = 0;
    for (let k = 0; k < 8; k++) {
      let acc = carry + inc[k];
      for (let i = 0; i <= k; i++) acc += s[i] * MULT[k - i];
      const lo = acc % 65536;
      out[k] = lo;
      carry = (acc - lo) / 65536;
    }
    this.state = out;
  }

  /** next 64-bit output, left in this.hi / this.lo (unsigned 32-bit halves) */
  next64(): void {
    this.step();
    const s = this.state;
    const xhi = (((s[7] << 16) | s[6]) ^ ((s[3] << 16) | s[2])) >>> 0;
    const xlo = (((s[5] << 16) | s[4]) ^ ((s[1] << 16) | s[0])) >>> 0;
    const rot = s[7] >>> 10;
    if (rot === 0) {
      this.hi = xhi;
      this.lo = xlo;
      return;
    }
    if (rot === 32) {
      this.hi = xlo;
      this.lo = xhi;
      return;
    }
    const [a, b, r] = rot < 32 ? [xhi, xlo, rot] : [xlo, xhi, rot - 32];
    // rotate right the 64-bit value (a:b) by r (0 < r < 32)
    this.hi = ((a >>> r) | (b << (32 - r))) >>> 0;
    this.lo = ((b >>> r) | (a << (32 - r))) >>> 0;
  }

  /** next_uint32: the low half of a 64-bit draw, the high half is kept for the next call */
  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /** next_double: (next_uint64 >> 11) * 2^-53 */
  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /** next_uint64 as a BigInt (for the rare ranges above 2^32) */
  next64Big(): bigint {
    this.next64();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }
}

// ---------------------------------------------------------------- SeedSequence
const INIT_A = 0x43b0d7e5,
  MULT_A = 0x931e8875,
  INIT_B = 0x8b51f9dd,
  MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd,
  MIX_MULT_R = 0x4973f715;
const POOL_SIZE = 4;

/** _coerce_to_uint32_array: an int (or a sequence of ints) split into 32-bit words, least significant first */
export function entropyWords(seed: bigint | readonly bigint[]): number[] {
  const one = (v: bigint): number[] => {
    if (v < 0n) throw new RandomError("ValueError", "expected non-negative integer");
    if (v === 0n) return [0];
    const w: number[] = [];
    while (v > 0n) {
      w.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    return w;
  };
  if (typeof seed === "bigint") return one(seed);
  const out: number[] = [];
  for (const v of seed) {
    if (v < 0n) throw new RandomError("ValueError", "expected non-negative integer");
    if (v > 0xffffffffn) out.push(...one(v));
    else out.push(Number(v));
  }
  return out;
}

export function seedSequencePool(entropy: readonly number[]): number[] {
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    value = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    value = Math.imul(value, hashConst) >>> 0;
    return (value ^ (value >>> 16)) >>> 0;
  };
  const mix = (x: number, y: number): number => {
    const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
    return (r ^ (r >>> 16)) >>> 0;
  };
  const pool = new Array<number>(POOL_SIZE);
  for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
  for (let s = 0; s < POOL_SIZE; s++) for (let d = 0; d < POOL_SIZE; d++) if (s !== d) pool[d] = mix(pool[d], hashmix(pool[s]));
  for (let s = POOL_SIZE; s < entropy.length; s++) for (let d = 0; d < POOL_SIZE; d++) pool[d] = mix(pool[d], hashmix(entropy[s]));
  return pool;
}

/** generate_state(nWords32) as uint32 words */
export function generateState(pool: readonly number[], nWords: number): number[] {
  let hashConst = INIT_B;
  const out: number[] = [];
  for (let i = 0; i < nWords; i++) {
    let v = (pool[i % pool.length] ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_B) >>> 0;
    v = Math.imul(v, hashConst) >>> 0;
    out.push((v ^ (v >>> 16)) >>> 0);
  }
  return out;
}

/** PCG64(SeedSequence(entropy)) */
export function pcg64FromEntropy(entropy: readonly number[]): PCG64 {
  const w = generateState(seedSequencePool(entropy), 8);
  const u64 = (i: number) => (BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i]);
  const g = new PCG64();
  g.seed((u64(0) << 64n) | u64(1), (u64(2) << 64n) | u64(3));
  return g;
}
