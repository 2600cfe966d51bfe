// LAPACK's auxiliary routines and machine constants shared by the symmetric tridiagonal eigensolvers: dsteqr
// (eigh-lapack.ts, eigenvectors) and dsterf (dsterf.ts, eigenvalues only).
import { NPError } from "./core";

export const EPS = 2 ** -53; // dlamch('E')
export const SAFMIN = 2 ** -1022; // dlamch('S')

/** Fortran's SIGN(a, b): |a| with b's sign, -0.0 counting as negative */
export const sign = (a: number, b: number) => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

/** dlapy2: sqrt(x² + y²) without needless overflow */
export function lapy2(x: number, y: number): number {
  const w = Math.max(Math.abs(x), Math.abs(y)),
    z = Math.min(Math.abs(x), Math.abs(y));
  return z === 0 ? w : w * Math.sqrt(1 + (z / w) ** 2);
}

/** The end m (1-based) of the unreduced block of the tridiagonal (d, e) that starts at l1: the first m whose e(m) is
 *  negligible (set to 0 then), else n. `splitAtZero`: dsteqr also splits at an e(m) of exactly 0 (its TST.EQ.ZERO
 *  test, which differs only beside a NaN on the diagonal); dsterf does not. */
export function blockEnd(d: Float64Array, e: Float64Array, l1: number, n: number, splitAtZero: boolean): number {
  for (let m = l1; m <= n - 1; m++) {
    const tst = Math.abs(e[m - 1]);
    if ((splitAtZero && tst === 0) || tst <= Math.sqrt(Math.abs(d[m - 1])) * Math.sqrt(Math.abs(d[m])) * EPS) {
      e[m - 1] = 0;
      return m;
    }
  }
  return n;
}

/** dlanst('M') of the block [l, lend] (1-based); a block LAPACK would rescale (dlascl) is refused instead */
export function blockNorm(d: Float64Array, e: Float64Array, l: number, lend: number, name: string): number {
  let anorm = 0;
  for (let k = l; k <= lend; k++) anorm = Math.max(anorm, Math.abs(d[k - 1]));
  for (let k = l; k < lend; k++) anorm = Math.max(anorm, Math.abs(e[k - 1]));
  if (anorm !== 0 && (anorm > Math.sqrt(1 / SAFMIN) / 3 || anorm < Math.sqrt(SAFMIN) / (EPS * EPS)))
    throw new NPError("NotImplementedError", `${name}() of a matrix this far from 1 in scale is not supported by this engine`);
  return anorm;
}

/** dlaev2: eigen-decomposition of [[a, b], [b, c]]: [rt1, rt2, cs1, sn1] */
export function laev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c,
    df = a - c,
    adf = Math.abs(df),
    tb = b + b,
    ab = Math.abs(tb);
  let acmx = a,
    acmn = c;
  if (Math.abs(a) <= Math.abs(c)) {
    acmx = c;
    acmn = a;
  }
  const rt = adf > ab ? adf * Math.sqrt(1 + (ab / adf) ** 2) : adf < ab ? ab * Math.sqrt(1 + (adf / ab) ** 2) : ab * Math.SQRT2;
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  let cs: number, sgn2: number;
  if (df >= 0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1;
    sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}
