// np.pad's statistic modes (maximum, minimum, mean, median) and linear_ramp, as numpy/lib/_arraypad_impl.py runs
// them: axis by axis on the array the original was copied into, each axis seeing what earlier axes already padded.
import { type DType, NDArray, NPError, valueError, charge, castValue, isInt, forEachOffset } from "./core";
import { broadcastTo, around } from "./ops";
import { max, min, mean } from "./reduce";
import { median } from "./quantile";
import { assignArray } from "./shape";

export type Pairs = [number, number][];
export type StatLengths = [number | null, number | null][];

/** out[ranges] as a view (one [start, stop) per axis) */
function view(out: NDArray, ranges: [number, number][]): NDArray {
  let off = out.offset;
  for (let i = 0; i < ranges.length; i++) off += ranges[i]![0] * out.strides[i]!;
  return new NDArray(
    out.dtype,
    ranges.map(([a, b]) => b - a),
    out.data,
    out.strides.slice(),
    off,
  );
}

// with keepdims a reduction of an array with axes is an array
const STAT: Record<string, (a: NDArray, ax: number) => NDArray> = {
  maximum: (a, ax) => max(a, [ax], { keepdims: true }) as NDArray,
  minimum: (a, ax) => min(a, [ax], { keepdims: true }) as NDArray,
  mean: (a, ax) => mean(a, [ax], { keepdims: true }) as NDArray,
  median: (a, ax) => median(a, [ax], true, false) as NDArray,
};
export type StatMode = "maximum" | "minimum" | "mean" | "median";
export const isStatMode = (m: string): m is StatMode => Object.hasOwn(STAT, m);

/** _get_stats + _set_pad_area: each side's pad area filled with the statistic of up to stat_length original values */
export function padStatistic(out: NDArray, orig: number[], pw: Pairs, mode: StatMode, lengths: StatLengths): void {
  const nd = out.ndim;
  for (let ax = 0; ax < nd; ax++) {
    const [lo, hi] = pw[ax]!;
    const n = orig[ax]!;
    // _view_roi: earlier axes whole (already padded), later axes only their original area
    const roi = (s: number, e: number): [number, number][] =>
      out.shape.map((d, i): [number, number] => (i < ax ? [0, d] : i === ax ? [s, e] : [pw[i]![0], pw[i]![0] + orig[i]!]));
    let [ll, rl] = lengths[ax]!;
    ll = ll === null || n < ll ? n : ll;
    rl = rl === null || n < rl ? n : rl;
    if ((ll === 0 || rl === 0) && (mode === "maximum" || mode === "minimum"))
      throw valueError("stat_length of 0 yields no value for padding");
    const stat = (s: number, e: number) => roundIfInt(STAT[mode]!(view(out, roi(s, e)), ax), out.dtype);
    const left = stat(lo, lo + ll);
    const right = ll === n && rl === n ? left : stat(lo + n - rl, lo + n);
    fill(view(out, roi(0, lo)), left);
    fill(view(out, roi(lo + n, lo + n + hi)), right);
  }
}

/**
 * linear_ramp: np.linspace(end_value, edge, width, endpoint=False) on each side (the right one reversed), in float64
 * (NumPy's result type of the end value's int64/float64 scalar and the array), floored for an integer dtype.
 */
export function padLinearRamp(out: NDArray, orig: number[], pw: Pairs, ends: Pairs): void {
  const nd = out.ndim;
  const d = out.data as any;
  for (let ax = 0; ax < nd; ax++) {
    const [lo, hi] = pw[ax]!;
    const n = orig[ax]!;
    const st = out.strides[ax]!;
    const lanes = lanesOf(out, ax);
    charge(lanes.length * (lo + hi + 2));
    rampSide(d, out.dtype, lanes, st, lo, lo, ends[ax]![0], false);
    rampSide(d, out.dtype, lanes, st, lo + n - 1, hi, ends[ax]![1], true);
  }
}

/** one side's ramps over every lane; NumPy divides first (k / width · delta) when any lane's step is 0 */
function rampSide(d: any, dt: DType, lanes: number[], st: number, edgeAt: number, width: number, end: number, right: boolean) {
  if (width === 0) return;
  const deltas = lanes.map((o) => Number(d[o + edgeAt * st]) - end);
  const anyZero = deltas.some((x) => x / width === 0);
  lanes.forEach((o, li) => {
    const delta = deltas[li]!;
    const step = delta / width;
    for (let k = 0; k < width; k++) {
      let y = (anyZero ? (k / width) * delta : k * step) + end;
      if (isInt(dt)) y = Math.floor(y);
      const pos = right ? edgeAt + width - k : k;
      d[o + pos * st] = castValue(y, dt);
    }
  });
}

/** the offset of each lane's first element along axis ax */
function lanesOf(a: NDArray, ax: number): number[] {
  const offs: number[] = [];
  const walk = (dim: number, off: number) => {
    if (dim === a.ndim) return void offs.push(off);
    if (dim === ax) return walk(dim + 1, off);
    for (let i = 0; i < a.shape[dim]!; i++) walk(dim + 1, off + i * a.strides[dim]!);
  };
  walk(0, a.offset);
  return offs;
}

/** _round_if_needed: an integer array's statistic rounded half to even before it is cast */
function roundIfInt(stat: NDArray, dt: DType): NDArray {
  return isInt(dt) && !isInt(stat.dtype) ? (around(stat) as NDArray) : stat;
}

function fill(dst: NDArray, stat: NDArray): void {
  if (dst.size === 0) return;
  assignArray(dst, broadcastTo(stat, dst.shape));
}

export function refuseRampDtype(dt: DType, perAxis: boolean): void {
  if (perAxis && (dt === "float32" || dt === "float16"))
    throw new NPError(
      "NotImplementedError",
      "np.pad(..., mode='linear_ramp') of a float32/float16 array with end_values per axis is not supported by this engine",
    );
}

/** constant_values given per side or per axis: each axis's two pad areas set in turn (a later axis sets the corners) */
export function padConstantPairs(out: NDArray, orig: number[], pw: Pairs, values: Pairs): void {
  for (let ax = 0; ax < out.ndim; ax++) {
    const [lo, hi] = pw[ax]!;
    const n = orig[ax]!;
    const roi = (s: number, e: number): [number, number][] =>
      out.shape.map((d, i): [number, number] => (i < ax ? [0, d] : i === ax ? [s, e] : [pw[i]![0], pw[i]![0] + orig[i]!]));
    fillValue(view(out, roi(0, lo)), values[ax]![0]);
    fillValue(view(out, roi(lo + n, lo + n + hi)), values[ax]![1]);
  }
}

function fillValue(dst: NDArray, v: number): void {
  if (dst.size === 0) return;
  charge(dst.size);
  const x = castValue(v, dst.dtype);
  const d = dst.data as any;
  forEachOffset(dst, (o) => {
    d[o] = x;
  });
}
