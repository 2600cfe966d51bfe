// Array operations the enumeration calls at element counts where their per-element cost shows (its own fixtures
// hold 10^5 elements: at ~1.5 ns charged per element, an operation costing 80 ns ran 8 ms, below the calibration's
// 50 ms). Each is sized so that its charge stays under the enumeration's 200-ms limit and its CPU time above 50 ms:
// an operation charged a quarter of its cost or less fails the calibration (CALIBRATION in timed.ts).

/** Fixtures (~110 MB, the host's): float64 arrays of 4·10^6 elements (32 MB, just under glibc's 32-MiB mmap
 *  threshold) and 10^6, a mask, 10^6 random indices, a 2000 × 2000 matrix. */
export const ARRAY_FIXTURES = `
AO_F = np.random.rand(4 * 10**6)
AO_G = AO_F[::-1].copy()
AO_M = AO_F > 0.5
AO_S = AO_F[:10**6].copy()
AO_I = np.random.randint(0, 10**6, 10**6)
AO_X = AO_F.reshape(2000, 2000)
`;
export const ARRAY_INTACT = "AO_F.size == 4 * 10**6 and AO_S.size == 10**6 and AO_I.size == 10**6";

/** label → statement (a result is not kept: the next call gets the whole memory limit; `_t` is a copy written in place) */
export const ARRAY_OPS: [string, string][] = [
  ["x + y (4·10^6 float64)", "AO_F + AO_G"],
  ["x > y (4·10^6 float64)", "AO_F > AO_G"],
  ["np.exp (4·10^6 float64)", "np.exp(AO_F)"],
  ["np.maximum (4·10^6 float64)", "np.maximum(AO_F, 0.5)"],
  ["a[mask] (10^6)", "AO_S[AO_M[:10**6]]"],
  ["a[mask] = 0 (5·10^5)", "_t = AO_S[:5 * 10**5].copy()\n_t[AO_M[:5 * 10**5]] = 0\ndel _t"],
  ["a[idx] (10^6)", "AO_S[AO_I]"],
  ["a[idx] = 1 (10^6)", "_t = AO_S.copy()\n_t[AO_I] = 1.0\ndel _t"],
  ["np.take (10^6)", "np.take(AO_S, AO_I)"],
  ["np.concatenate (5·10^6 float64)", "np.concatenate([AO_F, AO_S])"],
  ["np.cumsum (10^6)", "np.cumsum(AO_S)"],
  ["np.cumprod (10^6)", "np.cumprod(AO_S)"],
  ["np.diff (4·10^6)", "np.diff(AO_F)"],
  ["transpose copy (2000 × 2000)", "AO_X.T.copy()"],
  ["astype(int64) (4·10^6)", "AO_F.astype(np.int64)"],
  ["np.where (4·10^6)", "np.where(AO_M, AO_F, AO_G)"],
  ["np.clip (4·10^6)", "np.clip(AO_F, 0.2, 0.8)"],
  ["np.repeat (3·10^5 × 2)", "np.repeat(AO_S[:3 * 10**5], 2)"],
  ["np.roll (5·10^5)", "np.roll(AO_S[:5 * 10**5], 1)"],
  ["max(axis=0) (2000 × 2000)", "AO_X.max(axis=0)"],
  ["sum(axis=0) (2000 × 2000)", "AO_X.sum(axis=0)"],
  ["np.dot of vectors (4·10^6)", "np.dot(AO_F, AO_G)"],
  ["np.isin (10^6)", "np.isin(AO_S, AO_I[:10])"],
  ["np.random.rand (2·10^6)", "np.random.rand(2 * 10**6)"],
  ["np.pad (2000 × 2000)", "np.pad(AO_X, 1)"],
];
