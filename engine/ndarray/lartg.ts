// LAPACK's plane rotation dlartg, shared by the SVD (svd.ts) and eigh (eigh-lapack.ts) iterations.
import { sign } from "./lapack-aux";

/** dlartg (LAPACK ≥ 3.10): [c, s, r] with [c s; -s c]·[f; g] = [r; 0], r carrying f's sign */
export function lartg(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), Math.abs(g)];
  const d =
    Math.abs(f) < 1e150 && Math.abs(g) < 1e150 && Math.abs(f) > 1e-150 && Math.abs(g) > 1e-150
      ? Math.sqrt(f * f + g * g)
      : Math.hypot(f, g);
  const r = sign(d, f);
  return [Math.abs(f) / d, g / r, r];
}
