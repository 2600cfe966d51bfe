/**
 * MT19937 core, bit-compatible with NumPy's `numpy/random/src/mt19937/`
 * (legacy RandomState bit generator).
 *
 * State is a Uint32Array(624) key plus a position; `pos === 624` means the
 * next draw regenerates the whole block (exactly as `mt19937_next`).
 */

export const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MT19937 {
  key: Uint32Array = new Uint32Array(N);
  pos = N;

  /** `mt19937_seed`: Knuth-style init_genrand. */
  seedInt(seed: number): void {
    const mt = this.key;
    let s = seed >>> 0;
    for (let pos = 0; pos < N; pos++) {
      mt[pos] = s;
      // (1812433253 * (s ^ (s >> 30)) + pos + 1) mod 2^32
      s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + pos + 1) >>> 0;
    }
    this.pos = N;
  }

  /** `mt19937_init_by_array`. */
  seedArray(initKey: ArrayLike<number>): void {
    const keyLength = initKey.length;
    const mt = this.key;
    this.seedInt(19650218);
    let i = 1;
    let j = 0;
    let k = N > keyLength ? N : keyLength;
    for (; k; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0) + (initKey[j] >>> 0) + j;
      // the sum may exceed 2^32 (exact in doubles); the Uint32Array store reduces mod 2^32
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (k = N - 1; k; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /** `mt19937_gen`: regenerate the block. */
  gen(): void {
    const mt = this.key;
    let y: number;
    let i = 0;
    for (; i < N - M; i++) {
      y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
      mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
      mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  /** `mt19937_next32`: one tempered 32-bit output, as an unsigned number. */
  next32(): number {
    if (this.pos === N) this.gen();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `mt19937_next64`: two 32-bit outputs, the first as the high half */
  next64Big(): bigint {
    const hi = this.next32();
    return (BigInt(hi) << 32n) | BigInt(this.next32());
  }

  /** n consecutive `next_double` values into out (same stream as calling nextDouble n times). */
  fillDoubles(out: Float64Array, n: number): void {
    const mt = this.key;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      if (pos >= N - 1) {
        // block boundary inside this pair: take the slow, exact path
        this.pos = pos;
        out[i] = this.nextDouble();
        pos = this.pos;
        continue;
      }
      let a = mt[pos];
      let b = mt[pos + 1];
      pos += 2;
      a ^= a >>> 11;
      a ^= (a << 7) & 0x9d2c5680;
      a ^= (a << 15) & 0xefc60000;
      a ^= a >>> 18;
      b ^= b >>> 11;
      b ^= (b << 7) & 0x9d2c5680;
      b ^= (b << 15) & 0xefc60000;
      b ^= b >>> 18;
      out[i] = ((a >>> 5) * 67108864.0 + (b >>> 6)) / 9007199254740992.0;
    }
    this.pos = pos;
  }

  /** `mt19937_next_double`: 53-bit double in [0, 1). */
  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
}
