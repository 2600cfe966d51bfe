// histogram (int bins or explicit edges), cov, corrcoef — NumPy's algorithms and rounding steps.
import { NDArray, NPScalar, NPError, emptyArray, valueError, charge, warn, astype, isFloat } from "./core";
import { histogramBinEdges } from "./construct-more";
import { binary } from "./ops";
import { mean, sum } from "./reduce";
import { dot } from "./linalg";
import { reshape, transpose, concatenate, squeeze, diag } from "./shape";
import { clip, unary } from "./ops";

export function histogram(
  a: NDArray,
  bins: number | NDArray,
  range: [number, number] | null,
  weights: NDArray | null,
  density: boolean,
  rangeFloat: [boolean, boolean] = [true, true],
): [NDArray, NDArray] {
  const x = astype(a, "float64");
  const xd = x.data as any,
    n = x.size;
  let edges: NDArray,
    uniform = false,
    nb: number;
  if (typeof bins === "number") {
    // NumPy bins float16 data with float16 arithmetic (edges and bin indices); not reproduced
    if (a.dtype === "float16")
      throw new NPError("NotImplementedError", "histogram of float16 arrays is not supported by this engine (use .astype(np.float32))");
    edges = histogramBinEdges(a, bins, range, rangeFloat);
    nb = bins;
    uniform = true;
  } else {
    edges = isFloat(bins.dtype) ? bins : astype(bins, "float64");
    nb = edges.size - 1;
    for (let i = 0; i < nb; i++)
      if (edges.getFlat(i) > edges.getFlat(i + 1)) throw valueError("`bins` must increase monotonically, when an array");
  }
  const e = astype(edges, "float64").data as any;
  const w = weights ? (astype(weights, "float64").data as any) : null;
  const cnt = new Float64Array(Math.max(nb, 0));
  charge(n * 4);
  const first = e[0],
    last = e[nb];
  for (let i = 0; i < n; i++) {
    const v = xd[i];
    if (!(v >= first && v <= last)) continue;
    let k: number;
    if (uniform) {
      k = Math.trunc(((v - first) / (last - first)) * nb);
      if (k === nb) k--;
      if (v < e[k]) k--;
      if (v >= e[k + 1] && k !== nb - 1) k++;
    } else {
      let lo = 0,
        hi = nb + 1;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (e[m] <= v) lo = m + 1;
        else hi = m;
      }
      k = Math.min(lo - 1, nb - 1);
    }
    cnt[k] += w ? w[i] : 1;
  }
  let hist = new NDArray(w ? "float64" : "int64", [cnt.length], Array.from(cnt));
  if (density) {
    const widths = binary("subtract", getSlice(edges, 1), getSlice(edges, 0, -1)) as NDArray;
    hist = binary("divide", binary("divide", hist, astype(widths, "float64")), sum(hist)) as NDArray;
  }
  return [hist, uniform ? edges : (bins as NDArray)];
}
function getSlice(a: NDArray, s: number, e?: number): NDArray {
  const end = e === undefined ? a.size : a.size + e;
  return new NDArray(a.dtype, [end - s], a.data, [a.strides[0]], a.offset + s * a.strides[0], a);
}

export function cov(m: NDArray, y: NDArray | null, rowvar: boolean, bias: boolean, ddof: number | null): NDArray | NPScalar {
  if (m.ndim > 2) throw valueError("m has more than 2 dimensions");
  let X = astype(m.ndim < 2 ? reshape(m, [1, m.size]) : m, "float64");
  if (!rowvar && X.shape[0] !== 1) X = transpose(X);
  if (X.shape[0] === 0) return emptyArray("float64", [0, 0]);
  if (y) {
    if (y.ndim > 2) throw valueError("y has more than 2 dimensions");
    let Y = astype(y.ndim < 2 ? reshape(y, [1, y.size]) : y, "float64");
    if (!rowvar && Y.shape[0] !== 1) Y = transpose(Y);
    X = concatenate([X, Y], 0);
  }
  const dd = ddof ?? (bias ? 0 : 1);
  let fact = X.shape[1] - dd;
  if (fact <= 0) {
    warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
    fact = 0;
  }
  const avg = mean(X, 1) as NDArray;
  const Xc = binary("subtract", X, reshape(avg, [avg.size, 1])) as NDArray;
  const c = binary("multiply", dot(Xc, transpose(Xc)), binary("divide", 1, fact)) as NDArray;
  return squeeze(c);
}

export function corrcoef(x: NDArray, y: NDArray | null, rowvar: boolean): NDArray | NPScalar {
  const c = cov(x, y, rowvar, false, null);
  if (!(c instanceof NDArray) || c.ndim === 0) return binary("divide", c, c);
  const d = unary("sqrt", diag(c)) as NDArray;
  let r = binary("divide", c, reshape(d, [d.size, 1])) as NDArray;
  r = binary("divide", r, reshape(d, [1, d.size])) as NDArray;
  return clip(r, -1, 1) as NDArray;
}
