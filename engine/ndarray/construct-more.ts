// More construction helpers: tri/diag index tuples, diagflat, vander, geomspace, block, put_along_axis, rollaxis,
// histogram_bin_edges, mgrid/ogrid.
import { NDArray, DType, emptyArray, valueError, charge, chargeAlloc, chargeNs, isInt, kindOf, NPError, warn, astype } from "./core";
import { linspace, zeros } from "./creation";
import { binary, unary, promoteTypes } from "./ops";
import { concatenate, ravel, reshape, transpose } from "./shape";
import { normAxis } from "./reduce";

/** the (rows, cols) of the n×m mask j - i <= k (lower) or j - i >= k (upper), row-major, as int64 arrays */
export function triIndices(n: number, k: number, m: number, upper: boolean): [NDArray, NDArray] {
  n = Math.max(n, 0);
  m = Math.max(m, 0);
  charge(n * m);
  const r: number[] = [],
    c: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      if (upper ? j - i >= k : j - i <= k) {
        r.push(i);
        c.push(j);
      }
  const mk = (v: number[]) => {
    const o = emptyArray("int64", [v.length]);
    const d = o.data as any;
    for (let i = 0; i < v.length; i++) d[i] = v[i];
    return o;
  };
  return [mk(r), mk(c)];
}

export function diagflat(v: NDArray, k: number): NDArray {
  const f = ravel(v),
    s = f.size,
    n = s + Math.abs(k);
  const res = zeros([n, n], v.dtype);
  const d = res.data as any,
    fd = astype(f, v.dtype).data as any;
  charge(s);
  for (let i = 0; i < s; i++) d[k >= 0 ? i * n + i + k : (i - k) * n + i] = fd[i];
  return res;
}

/** np.vander: column j is x**(N-1-j) (or x**j), built by repeated multiplication as NumPy's multiply.accumulate */
/** Per element of vander's result: a column array per power, each multiplied, reshaped and then concatenated
 *  column by column; measured 50–100 ns (np.vander(np.ones(1500)) 110–220 ms of CPU). */
const NS_PER_VANDER_ELEMENT = 80;
export function vander(x: NDArray, N: number | null, increasing: boolean): NDArray {
  if (x.ndim !== 1) throw valueError("x must be a one-dimensional array or sequence.");
  const n = N ?? x.size;
  if (n < 0) throw valueError(`negative dimensions are not allowed`);
  const dt = promoteTypes(x.dtype, "int64");
  // the (size, n) result is bounded before its columns are made, as NumPy allocates it first, and so is their work
  chargeAlloc(x.size * n * 8);
  chargeNs(x.size * n * NS_PER_VANDER_ELEMENT);
  const xs = astype(x, dt);
  const cols: NDArray[] = [];
  if (n > 0) cols.push(binary("multiply", zeros([x.size], dt), 0) as NDArray);
  if (n > 0) (cols[0].data as any).fill(1);
  if (n > 1) cols.push(xs);
  for (let j = 2; j < n; j++) cols.push(binary("multiply", cols[j - 1], xs) as NDArray);
  // integer powers past 2**53 are not exact in this engine's int64 storage
  if (isInt(dt))
    for (const c of cols)
      if ((c.data as any).some((v: number) => Math.abs(v) > 2 ** 53))
        throw new NPError(
          "NotImplementedError",
          "vander(): integer powers beyond 2**53 are not supported by this engine (use a float array)",
        );
  if (!increasing) cols.reverse();
  if (n === 0) return emptyArray(dt, [x.size, 0]);
  return concatenate(
    cols.map((c) => reshape(c, [x.size, 1])),
    1,
  );
}

/** np.geomspace for real scalar start/stop: NumPy's log10 → logspace → fixed endpoints → sign */
export function geomspace(start: number, stop: number, num: number, endpoint: boolean, dtype: DType | null): NDArray {
  if (start === 0 || stop === 0) throw valueError("Geometric sequence cannot include zero");
  const sign = Math.sign(start);
  const s = start / sign,
    e = stop / sign;
  // through the log10 ufunc: a stop of the other sign warns "invalid value encountered in log10" as in NumPy
  const lg = (v: number) => (unary("log10", linspace(v, v, 1)) as NDArray).data[0] as number;
  const y = linspace(lg(s), lg(e), num, endpoint);
  // NumPy's float64 power of the interior points runs through a CPU-specific SIMD pow (SVML on AVX-512) whose last
  // digit differs from JS's Math.pow in a few percent of cases: only exact powers of ten are accepted
  const yd = y.data as Float64Array;
  for (let i = 1; i < num - (endpoint ? 1 : 0); i++)
    if (!Number.isInteger(yd[i]) || Math.abs(yd[i]) > 22)
      throw new NPError(
        "NotImplementedError",
        "geomspace(): only sequences whose interior points are exact powers of ten (e.g. geomspace(1, 1000, 4)) are supported by this engine",
      );
  const r = binary("power", 10.0, y) as NDArray;
  const d = r.data as Float64Array;
  if (num > 0) {
    d[0] = s;
    if (num > 1 && endpoint) d[num - 1] = e;
  }
  for (let i = 0; i < num; i++) d[i] *= sign;
  return dtype && dtype !== "float64" ? astype(r, dtype) : r;
}

/** put_along_axis: arr[..., indices, ...] = values along `axis` (values broadcast to indices' shape) */
export function putAlongAxis(arr: NDArray, idx: NDArray, values: NDArray, axis: number | null): void {
  if (axis === null) {
    if (idx.ndim !== 1) throw valueError("when axis=None, `indices` must have a single dimension.");
    // NumPy writes through np.array(arr.flat): a view of a contiguous array, a read-only copy otherwise
    if (!arr.contig) {
      if (!isInt(idx.dtype)) throw new NPError("IndexError", "`indices` must be an integer array");
      throw valueError("assignment destination is read-only");
    }
    return putAlongAxis(reshape(arr, [arr.size]), idx, values, 0);
  }
  const ax = normAxis(axis, arr.ndim);
  if (!isInt(idx.dtype)) throw new NPError("IndexError", "`indices` must be an integer array");
  if (idx.ndim !== arr.ndim) throw valueError("`indices` and `arr` must have the same number of dimensions");
  // NumPy's fancy index: `indices` at `axis`, aranges of arr's other dimensions, broadcast together
  const shape = arr.shape.map((n, i) => {
    const m = idx.shape[i];
    if (i === ax || n === m || m === 1) return i === ax ? m : n;
    if (n === 1) return m;
    const shapes = arr.shape.map((k, j) => (j === ax ? fmtShape(idx.shape) : fmtShape(arr.shape.map((_, q) => (q === j ? k : 1)))));
    throw new NPError("IndexError", `shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.join(" ")} `);
  });
  const ib = bcast(idx, shape),
    vb = bcast(astype(values, arr.dtype), shape, true);
  const n = shape.reduce((a, b) => a * b, 1),
    L = arr.shape[ax];
  charge(n);
  const pos = new Array(shape.length).fill(0);
  const ad = arr.data as any;
  for (let f = 0; f < n; f++) {
    let io = ib.offset,
      vo = vb.offset,
      ao = arr.offset;
    for (let d = 0; d < shape.length; d++) {
      io += pos[d] * ib.strides[d];
      vo += pos[d] * vb.strides[d];
      if (d !== ax && arr.shape[d] > 1) ao += pos[d] * arr.strides[d];
    }
    let j = Number((ib.data as any)[io]);
    if (j < -L || j >= L) throw new NPError("IndexError", `index ${j} is out of bounds for axis ${ax} with size ${L}`);
    if (j < 0) j += L;
    ad[ao + j * arr.strides[ax]] = (vb.data as any)[vo];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++pos[d] < shape[d]) break;
      pos[d] = 0;
    }
  }
}
const fmtShape = (s: number[]) => `(${s.join(",")}${s.length === 1 ? "," : ""})`;
/** a broadcast view (stride 0 on stretched dims) of `a` to `shape` (same ndim or fewer, right-aligned when `pad`) */
function bcast(a: NDArray, shape: number[], pad = false): NDArray {
  if (pad && a.ndim > shape.length)
    throw valueError(
      `shape mismatch: value array of shape ${fmtShape(a.shape)} could not be broadcast to indexing result of shape ${fmtShape(shape)}`,
    );
  const lead = shape.length - a.ndim;
  const strides = shape.map((n, i) => {
    if (i < lead) return 0;
    const m = a.shape[i - lead];
    if (m === n) return a.strides[i - lead];
    if (m === 1) return 0;
    throw valueError(
      `shape mismatch: value array of shape ${fmtShape(a.shape)} could not be broadcast to indexing result of shape ${fmtShape(shape)}`,
    );
  });
  return new NDArray(a.dtype, shape, a.data, strides, a.offset);
}

/** np.rollaxis(a, axis, start): NumPy's own index arithmetic, as a transpose */
export function rollaxis(a: NDArray, axis: number, start: number): NDArray {
  const n = a.ndim;
  const ax = normAxis(axis, n);
  if (start < 0) start += n;
  if (!(0 <= start && start < n + 1))
    throw new NPError("AxisError", `'start' arg requires ${-n} <= start < ${n + 1}, but ${start} was passed in`);
  if (ax < start) start -= 1;
  if (ax === start) return a.view();
  const axes = [...Array(n).keys()];
  axes.splice(ax, 1);
  axes.splice(start, 0, ax);
  return transpose(a, axes);
}

/** histogram_bin_edges for an integer bin count: NumPy's _get_outer_edges + linspace in the bin dtype */
export function histogramBinEdges(a: NDArray, bins: number, range: [number, number] | null, rangeFloat = [false, false]): NDArray {
  if (a.dtype === "bool") {
    warn("RuntimeWarning", "Converting input from bool to <class 'numpy.uint8'> for compatibility.");
    a = astype(a, "uint8");
  }
  if (bins < 1) throw valueError("`bins` must be positive, when an integer");
  const k = kindOf(a.dtype);
  if (k !== "b" && k !== "u" && k !== "i" && a.dtype !== "float64" && a.dtype !== "float32")
    throw new NPError("NotImplementedError", `histogram_bin_edges of ${a.dtype} arrays is not supported by this engine`);
  let lo: number, hi: number;
  const fmt = (v: number, float: boolean) =>
    Number.isNaN(v)
      ? "nan"
      : v === Infinity
        ? "inf"
        : v === -Infinity
          ? "-inf"
          : float && Number.isInteger(v) && Math.abs(v) < 1e16
            ? `${v}.0`
            : String(v);
  if (range) {
    [lo, hi] = range;
    if (lo > hi) throw valueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
      throw valueError(`supplied range of [${fmt(lo, rangeFloat[0])}, ${fmt(hi, rangeFloat[1])}] is not finite`);
  } else if (a.size === 0) {
    lo = 0;
    hi = 1;
  } else {
    const f = astype(ravel(a), "float64").data as Float64Array;
    charge(f.length);
    lo = Infinity;
    hi = -Infinity;
    let nan = false;
    for (const v of f) {
      if (v !== v) nan = true;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (nan) lo = hi = NaN;
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
      throw valueError(`autodetected range of [${fmt(lo, true)}, ${fmt(hi, true)}] is not finite`);
  }
  // bin_type = result_type(first_edge, last_edge, a): float32 data keeps float32 edges, integer data float64
  const dt: DType = a.dtype === "float32" ? "float32" : "float64";
  // edges from the data itself are float32 scalars: the ±0.5 and linspace run in float32 arithmetic
  const f32 = dt === "float32" && !range;
  const r = f32 ? Math.fround : (v: number) => v;
  if (lo === hi) {
    lo = r(lo - 0.5);
    hi = r(hi + 0.5);
  }
  const e = f32 ? linspaceF32(lo, hi, bins + 1) : linspace(lo, hi, bins + 1, true, dt);
  const ed = e.data as Float64Array;
  for (let i = 0; i < bins; i++)
    if (!(ed[i] < ed[i + 1])) throw valueError(`Too many bins for data range. Cannot create ${bins} finite-sized bins.`);
  return e;
}

/** np.linspace(start, stop, num) of float32 start and stop: NumPy's steps in float32 arithmetic */
function linspaceF32(start: number, stop: number, num: number): NDArray {
  const out = emptyArray("float32", [num]);
  const y = out.data as Float32Array;
  charge(num);
  const div = num - 1,
    delta = Math.fround(stop - start),
    step = Math.fround(delta / div);
  for (let i = 0; i < num; i++)
    y[i] = Math.fround((step === 0 ? Math.fround(Math.fround(i / div) * delta) : Math.fround(i * step)) + start);
  if (num > 1) y[num - 1] = stop;
  return out;
}

/** one slice of np.mgrid/np.ogrid: start/step as numbers, `size` points */
export interface GridAxis {
  start: number;
  step: number;
  size: number;
}
/** np.mgrid (dense: one (ndim, *sizes) array) or np.ogrid (sparse: open grids) of `start + i * step`, in `dt` */
export function ndGrid(axes: GridAxis[], dt: DType, sparse: boolean): NDArray | NDArray[] {
  const sizes = axes.map((a) => a.size);
  if (sizes.some((s) => s < 0)) throw valueError("negative dimensions are not allowed");
  if (sparse)
    return axes.map((a, k) => {
      const o = emptyArray(
        dt,
        sizes.map((s, j) => (j === k ? s : 1)),
      );
      const d = o.data as any;
      charge(a.size);
      for (let i = 0; i < a.size; i++) d[i] = i * a.step + a.start;
      return o;
    });
  const total = sizes.reduce((x, y) => x * y, 1);
  const o = emptyArray(dt, [axes.length, ...sizes]);
  const d = o.data as any;
  charge(total * axes.length);
  let inner = total;
  axes.forEach((a, k) => {
    inner = a.size ? inner / a.size : 0;
    for (let f = 0; f < total; f++) d[k * total + f] = (Math.floor(f / inner) % a.size) * a.step + a.start;
  });
  return o;
}
