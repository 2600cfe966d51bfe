// np.histogramdd (and np.histogram2d on top of it) as NumPy computes it: per dimension the edges (linspace over the
// data's or the given range, or the given array), each sample's bin by searchsorted(side='right') with the last edge
// counted in the last bin, the counts (or weight sums, in sample order) over bins with an outlier bin at each end,
// then those cut away; density divides by each dimension's bin widths in turn, then by the total.
import { NDArray, NPScalar, NPError, charge, astype, emptyArray, isInt, valueError } from "./core";
import { linspace } from "./creation";
import { binary } from "./ops";
import { sum, min, max } from "./reduce";

/** one dimension's bins: edges, or a count (`integer` false when it came as a float, which NumPy refuses once the
 *  dimension's range is checked) */
export type DdBins = NDArray | { count: number; integer: boolean };

function outerEdges(col: Float64Array, range: [number, number] | null): [number, number] {
  let lo: number, hi: number;
  if (range) {
    [lo, hi] = range;
    if (lo > hi) throw valueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new NPError("NotImplementedError", "histogramdd: a range that is not finite");
  } else if (col.length === 0) [lo, hi] = [0, 1];
  else {
    const c = new NDArray("float64", [col.length], col);
    lo = Number((min(c) as NPScalar).value);
    hi = Number((max(c) as NPScalar).value);
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
      throw valueError(`autodetected range of [${lo !== lo ? "nan" : lo}, ${hi !== hi ? "nan" : hi}] is not finite`);
  }
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

/** `sample` is (N, D); one bins entry and one range entry per dimension (the caller has expanded them). */
export function histogramdd(
  sample: NDArray,
  bins: DdBins[],
  ranges: ([number, number] | null)[],
  density: boolean,
  weights: NDArray | null,
): [NDArray, NDArray[]] {
  if (sample.dtype !== "float64" && !isInt(sample.dtype) && sample.dtype !== "bool")
    throw new NPError(
      "NotImplementedError",
      `histogramdd of ${sample.dtype} data is not supported by this engine (use .astype(np.float64))`,
    );
  const [N, D] = sample.shape;
  const data = astype(sample, "float64").data as Float64Array;
  const cols = Array.from({ length: D }, (_, i) => {
    const c = new Float64Array(N);
    for (let k = 0; k < N; k++) c[k] = data[k * D + i];
    return c;
  });
  charge(N * D);
  const edges: NDArray[] = [];
  for (let i = 0; i < D; i++) {
    const b = bins[i];
    if (!(b instanceof NDArray)) {
      if (b.count < 1) throw valueError(`\`bins[${i}]\` must be positive, when an integer`);
      const [lo, hi] = outerEdges(cols[i], ranges[i]);
      if (!b.integer) throw new NPError("TypeError", `\`bins[${i}]\` must be an integer, when a scalar`);
      edges.push(linspace(lo, hi, b.count + 1));
    } else if (b.ndim === 1) {
      for (let k = 0; k + 1 < b.size; k++)
        if (b.getFlat(k) > b.getFlat(k + 1)) throw valueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
      edges.push(b);
    } else throw valueError(`\`bins[${i}]\` must be a scalar or 1d array`);
  }
  const nbin = edges.map((e) => e.size + 1);
  const total = nbin.reduce((p, q) => p * q, 1);
  if (weights && weights.size !== N) throw valueError("The weights and list don't have the same length.");
  const w = weights ? (astype(weights, "float64").data as Float64Array) : null;
  charge(total + N * D * 8);
  const counts = new Float64Array(total);
  const ed = edges.map((e) => astype(e, "float64").data as Float64Array);
  for (let k = 0; k < N; k++) {
    let flat = 0;
    for (let i = 0; i < D; i++) {
      const e = ed[i],
        v = cols[i][k];
      // searchsorted(side='right'): the count of edges <= v (NaN sorts last)
      let lo = 0,
        hi = e.length;
      if (v !== v) lo = e.length;
      else
        while (lo < hi) {
          const m = (lo + hi) >> 1;
          if (e[m] <= v) lo = m + 1;
          else hi = m;
        }
      if (v === e[e.length - 1]) lo--;
      flat = flat * nbin[i] + lo;
    }
    counts[flat] += w ? w[k] : 1;
  }
  // the core: indices 1..nbin-2 of each dimension
  const shape = nbin.map((n) => n - 2);
  let hist = emptyArray("float64", shape);
  const hd = hist.data as Float64Array;
  const idx = new Array(D).fill(0);
  for (let o = 0; o < hist.size; o++) {
    let flat = 0;
    for (let i = 0; i < D; i++) flat = flat * nbin[i] + idx[i] + 1;
    hd[o] = counts[flat];
    for (let i = D - 1; i >= 0; i--) {
      if (++idx[i] < shape[i]) break;
      idx[i] = 0;
    }
  }
  if (density) {
    const s = sum(hist);
    for (let i = 0; i < D; i++) {
      const e = edges[i];
      const de = binary("subtract", slice1(e, 1, e.size), slice1(e, 0, e.size - 1)) as NDArray;
      const bshape = shape.map((n, j) => (j === i ? n : 1));
      hist = binary("divide", hist, new NDArray(de.dtype, bshape, de.contig ? de.data : astype(de, de.dtype).data)) as NDArray;
    }
    hist = binary("divide", hist, s) as NDArray;
  }
  return [hist, edges];
}

function slice1(a: NDArray, s: number, e: number): NDArray {
  return new NDArray(a.dtype, [e - s], a.data, [a.strides[0]], a.offset + s * a.strides[0], a);
}
