// np.pad's stat_length and end_values read as numpy/lib/_arraypad_impl.py's _as_pairs reads them: one value, one
// (before, after) pair, or one pair per axis (broadcast to (ndim, 2)); stat_length rounded half to even to an index.
import * as N from "../../../ndarray/index";
import { toNd } from "./conv";

export interface PairsArg {
  pairs: [number, number][];
  /** given per axis: NumPy then hands the values on as Python scalars (weak in its promotion) */
  perAxis: boolean;
}

export function asPairs(v: unknown, nd: number, asIndex: boolean): PairsArg {
  const x = toNd(v);
  // flatten, not ravel: a view's data starts before its first element
  const flat = Array.from(N.flatten(x).data as ArrayLike<number>, (f) => (asIndex ? roundHalfEven(Number(f)) : Number(f)));
  const negative = () => {
    if (asIndex && flat.some((f) => f < 0)) throw new N.NPError("ValueError", "index can't contain negative values");
  };
  if (x.ndim < 3 && flat.length === 1) {
    negative();
    return { pairs: Array.from({ length: nd }, () => [flat[0]!, flat[0]!]), perAxis: false };
  }
  if (x.ndim < 3 && flat.length === 2 && !(x.ndim === 2 && x.shape[0] === 2 && x.shape[1] === 1)) {
    negative();
    return { pairs: Array.from({ length: nd }, () => [flat[0]!, flat[1]!]), perAxis: false };
  }
  negative();
  const b = Array.from(N.flatten(N.broadcastTo(x, [nd, 2])).data as ArrayLike<number>, (f) =>
    asIndex ? roundHalfEven(Number(f)) : Number(f),
  );
  return { pairs: Array.from({ length: nd }, (_, i) => [b[2 * i]!, b[2 * i + 1]!]), perAxis: true };
}

/** np.round(x).astype(np.intp) */
function roundHalfEven(f: number): number {
  const r = Math.round(f);
  return Math.abs(f % 1) === 0.5 ? 2 * Math.round(f / 2) : r;
}

const ALLOWED: Record<string, string[]> = {
  empty: [],
  edge: [],
  wrap: [],
  constant: ["constant_values"],
  linear_ramp: ["end_values"],
  maximum: ["stat_length"],
  mean: ["stat_length"],
  median: ["stat_length"],
  minimum: ["stat_length"],
  reflect: ["reflect_type"],
  symmetric: ["reflect_type"],
};

/** NumPy's check that the keywords given belong to the mode (after the mode itself is checked) */
export function checkPadKeywords(mode: string, given: string[]): void {
  const allowed = ALLOWED[mode];
  if (!allowed) throw new N.NPError("ValueError", `mode '${mode}' is not supported`);
  const extra = given.filter((k) => !allowed.includes(k));
  if (extra.length)
    throw new N.NPError("ValueError", `unsupported keyword arguments for mode '${mode}': {${extra.map((k) => `'${k}'`).join(", ")}}`);
}
