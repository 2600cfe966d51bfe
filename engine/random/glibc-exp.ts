/**
 * Natural exponential bit-compatible with glibc 2.28-2.40 `exp` as selected on x86-64 CPUs with FMA (the
 * `__exp_fma` ifunc variant: the table-driven algorithm with N = 128 and a degree-5 polynomial, built with -mfma so
 * GCC contracts a*b + c into fma). NumPy's distributions call libm exp (lognormal, beta's log-space path), and
 * V8's Math.exp rounds differently in the last bit for a few percent of inputs.
 *
 * The table 2^(k/128) ~= H[k] * (1 + T[k]) (T[k] as bits, then bits(H[k]) - (k << 45)) was generated with mpmath at
 * 300 bits (H the nearest double to 2^(k/128), T the nearest double to 2^(k/128)/H - 1). Checked against glibc
 * 2.36 (python3's math.exp on this machine) on the inputs recorded in tests/engine/random/glibc-exp.json.
 */
import { fma } from "./glibc-log";

const TABLE =
  "AAAAAAAAAAAAAAAAAADwP26/iBpPO5s8NTP7qT327z9d3NicE2BxvGGAdz6a7O8/0WaHEHpekLyFf27oFePvPxP2ZzVS0ow8dIUV07DZ7z/6jvkjgM6LvN72" +
  "3Slr0O8/YcjmYU73YDzIm3UYRcfvP5nTM1vko5A8g/PGyj6+7z9te4NdppqXPA+J+WxYte8//O/9khq1jjz3R3IrkqzvP9GcL3A9vj48otHTMuyj7z8LbpCJ" +
  "NANqvBvT/q9mm+8/Dr0vKlJWlbxRWxLQAZPvP1XqTozvgFC8zDFswL2K7z8W9NW5I8mRvOAtqa6agu8/r1Vc6ePTgDxRjqXImHrvP0iTpeoVG4C8e1F9PLhy" +
  "7z89Mt5V8B+PvOqNjDj5au8/v1MTP4yJizx1y2/rW2PvPybrEXac2Za81FwEhOBb7z9gLzo+9+yaPKq5aDGHVO8/nTiGy4Lnj7wd2fwiUE3vP43DpkRBb4o8" +
  "1oxiiDtG7z99BOSwBXqAPJbcfZFJP+8/lKio4/2Oljw4YnVuejjvP31IdPIYXoc8P6ayT84x7z/y5x+YK0eAPN184mVFK+8/XghxP3u4lryBY/Xh3yTvPzGr" +
  "CW3h94I84d4f9Z0e7z/6v28amyE9vJDZ2tB/GO8/tAoMcoI3izwLA+SmhRLvP4/LzomSFG48Vi8+qa8M7z+2q7BNdU2DPBW3MQr+Bu8/THSs4gFChjwx2Ez8" +
  "cAHvP0r401053Y88/xZksgj87j8EW447gKOGvPGfkl/F9u4/aFBLzO1KkrzLqTo3p/HuP44tURv4B5m8ZtgFba7s7j/SNpQ+6NFxvPef5TTb5+4/FRvOsxkZ" +
  "mbzlqBPDLePuP21MKqdIn4U8IjQSTKbe7j+KaSh6YBKTvByArARF2u4/W4kXSI+nWLwqLvchCtbuPxuaSWebLHy8l6hQ2fXR7j8RrMJg7WNDPC2JYWAIzu4/" +
  "72QGOwlmljxXAB3tQcruP3kDodrhzG480DzBtaLG7j8wEg8/jv+TPN7T1/Aqw+4/sK96u86QdjwnKjbV2r/uP3fgVOu9HZM8Dd39mbK87j+Oo3EANJSPvKcs" +
  "nXayue4/SaOT3Mzeh7xCZs+i2rbuP184D73G3ni8gk+dViu07j/2XHvsRhKGvA+SXcqkse4/jtf9GAU1kzzaJ7U2R6/uPwWbii+3mHs8/ceX1BKt7j8JVBzi" +
  "4WOQPClUSN0Hq+4/6sYZUIXHNDy3RlmKJqnuPzXAZCvmMpQ8SCGtFW+n7j+fdplhSuSMvAncdrnhpe4/qE3vO8UzjLyFVTqwfqTuP67pK4l4U4S8IMPMNEaj" +
  "7j9YWFZ43c6TvCUiVYI4ou4/ZBl+gKoQVzxzqUzUVaHuPygiXr/vs5O8zTt/Zp6g7j+CuTSHrRJqvL/aC3USoO4/7qltuO9nY7wvGmU8sp/uP1GI4FQ93IC8" +
  "hJRR+X2f7j/PPlp+ZB94vHRf7Oh1n+4/sH2LwEruhrx0gaVImp/uP4rmVR4yGYa8yWdCVuuf7j/T1Aley5yQPD9d3k9poO4/HaVNudwye7yHAetzFKHuP2vA" +
  "Z1T97JQ8MsEwAe2h7j9VbNar4etlPGJOzzbzou4/Qs+zL8WhiLwSGj5UJ6TuPzQ3O/G2aZO8E85MmYml7j8e/xk6hF6AvK3HI0Yap+4/bldy2FDUlLztkkSb" +
  "2ajuPwCKDltnrZA8mWaK2ceq7j+06vDBL7eNPNugKkLlrO4//+fFnGC2ZbyMRLUWMq/uP0Rf81mD9ns8NncVma6x7j+DPR6nHwmTvMb/kQtbtO4/KR5si7ip" +
  "Xbzlxc2wN7fuP1m5kHz5I2y8D1LIy0S67j+q+fQiQ0OSvFBO3p+Cve4/S45m12zKhby6B8pw8cDuPyfOkSv8r3E8kPCjgpHE7j+7cwrhNdJtPCMj4xljyO4/" +
  "YyJiIgTFh7xl5V17ZszuP9Ux4uOGHIs8My1K7JvQ7j8Vu7zT0buRvF0lPrID1e4/0jHunDHMkDxYszATntnuP7Nac26EaYQ8v/15VWve7j+0nY6Xzd+CvHrz" +
  "079r4+4/hzPLkncajDyt01qZn+juP/rZ0UqPe5C8ZraNKQfu7j+6rtxW2cNVvPsVT7ii8+4/QPamPQ6kkLw6WeWNcvnuPzSTrTj01mi8R1778nb/7j81ilhr" +
  "4u6RvEoGoTCwBe8/zd1fCtf/dDzSwUuQHgzvP6yYkvr7vZG8CR7XW8IS7z+zDK8wrm5zPJxShd2bGe8/lP2fXDLjjjx60P9fqyDvP6xZCdGP4IQ8S9FXLvEn" +
  "7z9nGk44r81jPLXnBpRtL+8/aBmSbCxrZzxpkO/cIDfvP9K1zIMYioC8+sNdVQs/7z9v+v8/Xa2PvHyJB0otR+8/Sal1OK4NkLzyiQ0Ih0/vP6cHPaaFo3Q8" +
  "h6T73BhY7z8PIkAgnpGCvJiDyRbjYO8/rJLB1VBajjyFMtsD5mnvP0trAaxZOoQ8YLQB8yFz7z8fPrQHIdWCvF+bezOXfO8/yQ1HO7kqibwpofUURobvP9OI" +
  "OmAEtnQ89j+L5y6Q7z9xcp1R7MWDPINMx/tRmu8/8JHTjxL3j7zakKSir6TvP310I+KYro288WeOLUiv7z8IIKpBvMOOPCdaYe4buu8/Muupw5QrhDyXums3" +
  "K8XvP+6F0TGpZIo8QEVuW3bQ7z/t4zvkujeOvBS+nK392+8/nc2RTTuJdzzYkJ6BwefvP4nMYEHBBVM88XGPK8Lz7z8=";

let TAB: Float64Array | null = null;
let TAB_HI: Uint32Array;
let TAB_LO: Uint32Array;
function table(): void {
  const bin = (globalThis as any).atob(TABLE) as string;
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  TAB = new Float64Array(bytes.buffer);
  const w = new Uint32Array(bytes.buffer);
  TAB_LO = new Uint32Array(256);
  TAB_HI = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    TAB_LO[i] = w[2 * i];
    TAB_HI[i] = w[2 * i + 1];
  }
}

const N = 128;
const INV_LN2_N = 1.4426950408889634 * N;
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744; // 0x1.8p52
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** the double whose bits are hi:lo (two unsigned 32-bit words) */
function fromBits(hi: number, lo: number): number {
  u32[1] = hi;
  u32[0] = lo;
  return f64[0];
}

/** glibc exp(x). */
export function glibcExp(x: number): number {
  f64[0] = x;
  let abstop = (u32[1] >>> 20) & 0x7ff;
  // top12(0x1p-54) = 0x3c9, top12(512) = 0x408, top12(1024) = 0x409
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // tiny x (also 0)
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // large |x|: scaled carefully below
  }
  if (TAB === null) table();
  // kd = fma(InvLn2N, x, Shift): k = round(x * N / ln2) sits in the low bits of kd
  const kdShifted = fma(INV_LN2_N, x, SHIFT);
  f64[0] = kdShifted;
  const kiLo = u32[0];
  const kd = kdShifted - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = 2 * (kiLo & (N - 1));
  // sbits = tab[idx + 1] + (ki << 45): only the high word changes, by the low word of ki << 13
  const topHi = kiLo << 13;
  const tail = TAB![idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) return specialCase(tmp, idx, topHi, (kiLo & 0x80000000) === 0);
  const scale = fromBits((TAB_HI[idx + 1] + topHi) >>> 0, TAB_LO[idx + 1]);
  return fma(scale, tmp, scale);
}

/** exp for |x| > 512: scale 2^(k/N) may leave the double range, so it is applied in two steps */
function specialCase(tmp: number, idx: number, topHi: number, positive: boolean): number {
  if (positive) {
    // sbits -= 1009 << 52; y = 2^1009 * (scale + scale * tmp)
    const scale = fromBits((TAB_HI[idx + 1] + topHi - (1009 << 20)) >>> 0, TAB_LO[idx + 1]);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // sbits += 1022 << 52, then the result is scaled by 2^-1022 (rounding once in the subnormal range)
  const scale = fromBits((TAB_HI[idx + 1] + topHi + (1022 << 20)) >>> 0, TAB_LO[idx + 1]);
  // scale * tmp has two uses here, so GCC computes it once and does not contract it into an fma
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** The table and constants, shared with glibcPow's exp step (as glibc shares __exp_data). */
export function expTable() {
  if (TAB === null) table();
  return {
    tab: TAB!,
    hi: TAB_HI,
    lo: TAB_LO,
    invLn2N: INV_LN2_N,
    shift: SHIFT,
    negLn2hiN: NEG_LN2_HI_N,
    negLn2loN: NEG_LN2_LO_N,
    c2: C2,
    c3: C3,
    c4: C4,
    c5: C5,
  };
}
