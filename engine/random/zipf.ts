/**
 * Zipf draws as NumPy computes them: Generator's random_zipf (distributions.c: U drawn from (Umin, 1], a >= 1025
 * gives 1) and RandomState's legacy_random_zipf (legacy-distributions.c), rejection over glibc's pow. A draw past
 * 2**63 is rejected, as NumPy does; the callers refuse one past 2**53, which the engine cannot hold exactly.
 */
import { glibcPow as pow } from "./glibc-pow";

/** (double)RAND_INT_MAX: INT64_MAX rounded to a double, 2**63 */
const RAND_INT_MAX = 2 ** 63;

export function zipf(next: () => number, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  const Umin = pow(RAND_INT_MAX, -am1);
  for (;;) {
    const U01 = next();
    const U = U01 * Umin + (1 - U01);
    const V = next();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > RAND_INT_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}

/** `spin` is called after every 256 rejected tries: with a near 1 nearly every try is past 2**63 and rejected */
export function legacyZipf(next: () => number, a: number, spin: () => void): number {
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  for (let tries = 1; ; tries++) {
    if ((tries & 255) === 0) spin();
    const U = 1.0 - next();
    const V = next();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > RAND_INT_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}
