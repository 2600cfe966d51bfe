// math.erf/erfc/gamma/lgamma as CPython 3.11 computes them on Linux, bit for bit: erf and erfc are glibc's (the
// fdlibm algorithm, whose exp calls are glibc's exp), gamma and lgamma are CPython's own Lanczos formulas
// (Modules/mathmodule.c: m_tgamma, m_lgamma) over glibc's exp, pow and log. Only sinpi, used for negative
// arguments, calls V8's sin/cos, which may differ from glibc's in the last bit.
import { glibcExp } from "../../random/glibc-exp";
import { glibcLog } from "../../random/glibc-log";
import { glibcPow } from "../../random/glibc-pow";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const highWord = (x: number) => ((f64[0] = x), u32[1] | 0);
const withLowWordZero = (x: number) => ((f64[0] = x), (u32[0] = 0), f64[0]);

const TINY = 1e-300;
const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [
  1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5,
];
const QQ = [
  0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.9602282787753681232e-6,
];
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.166375594868790843e-3,
];
const QA = [
  0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2,
  1.1984499846799107417e-2,
];
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const SA = [
  0, 1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

/** erf(x) - x over x for |x| < 0.84375: x·R(x²), R = P/Q */
function smallRatio(x: number): number {
  const z = x * x,
    z2 = z * z,
    z4 = z2 * z2;
  const r = PP[0] + z * PP[1] + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = 1 + z * QQ[1] + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** erf(1 + s) - ERX for 0.84375 <= |x| < 1.25, s = |x| - 1 */
function nearOne(ax: number): number {
  const s = ax - 1,
    s2 = s * s,
    s4 = s2 * s2,
    s6 = s4 * s2;
  const p = PA[0] + s * PA[1] + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const q = 1 + s * QA[1] + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return p / q;
}

/** x·erfc(x) for 1.25 <= x < 28 (x > 0): exp(-x² - 0.5625 + R/S), with x² split exactly */
function tail(ax: number, hi: number): number {
  const s = 1 / (ax * ax);
  const s2 = s * s,
    s4 = s2 * s2,
    s6 = s4 * s2;
  let R: number, S: number;
  if (hi < 0x4006db6e) {
    const s8 = s4 * s4;
    R = RA[0] + s * RA[1] + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = 1 + s * SA[1] + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = RB[0] + s * RB[1] + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = 1 + s * SB[1] + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  const z = withLowWordZero(ax);
  return glibcExp(-z * z - 0.5625) * glibcExp((z - ax) * (z + ax) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x),
    ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16 * x + 16 * EFX * x) : x + EFX * x;
    return x + x * smallRatio(x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + nearOne(Math.abs(x)) : -ERX - nearOne(Math.abs(x));
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tail(ax, ix);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x),
    ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const pq = nearOne(Math.abs(x));
    return hx >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const ax = Math.abs(x);
    const r = tail(ax, ix < 0x4006db6d ? 0 : 0x4006db6e); // erfc's cut is one below erf's 0x4006db6e, as in glibc
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.41075968857200767445163675473484680494, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.03720969991975575445893111267140326539,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.58540019438061423162831820536287468498764,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0,
    den = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUM.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** C's round(): half away from zero */
const cRound = (v: number) => Math.sign(v) * Math.floor(Math.abs(v) + 0.5);

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  let r: number;
  switch (cRound(2 * y)) {
    case 0:
      r = Math.sin(PI * y);
      break;
    case 1:
      r = Math.cos(PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(PI * (1 - y));
      break;
    case 3:
      r = -Math.cos(PI * (y - 1.5));
      break;
    default:
      r = Math.sin(PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const GAMMA_INTEGRAL = [
  1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200, 1307674368000, 20922789888000,
  355687428096000, 6402373705728000, 121645100408832000, 2432902008176640000, 51090942171709440000, 1124000727777607680000,
];

/** Γ(x); NaN for a domain error (0, negative integers, -inf), ±Infinity for an overflow of a finite x. */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x || x > 0 ? x : NaN;
  if (x === 0) return NaN;
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return 1 / x;
  if (ax > 200) return x < 0 ? 0 / sinpi(x) : Infinity;
  const y = ax + LANCZOS_G_MINUS_HALF;
  let z = ax > LANCZOS_G_MINUS_HALF ? y - ax - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - ax;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-PI / sinpi(ax) / ax) * glibcExp(y)) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140) r /= glibcPow(y, ax - 0.5);
    else {
      const sqrtpow = glibcPow(y, ax / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(ax) / glibcExp(y);
    r += z * r;
    if (ax < 140) r *= glibcPow(y, ax - 0.5);
    else {
      const sqrtpow = glibcPow(y, ax / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

/** log|Γ(x)|; NaN for a domain error (non-positive integers), Infinity for an overflow of a finite x. */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? NaN : 0;
  const ax = Math.abs(x);
  if (ax < 1e-20) return -glibcLog(ax);
  let r = glibcLog(lanczosSum(ax)) - LANCZOS_G;
  r += (ax - 0.5) * (glibcLog(ax + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - glibcLog(Math.abs(sinpi(ax))) - glibcLog(ax) - r;
  return r;
}
