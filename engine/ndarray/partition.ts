// np.partition / np.argpartition in the order NumPy 2.x leaves the elements on the reference machine.
// NumPy runs introselect (./introselect) except for one kth on 16/32/64-bit numbers, where it hands the lane to
// x86-simd-sort's AVX-512 quickselect. For lanes up to that library's sorting-network size, its result is the lane
// sorted (after its own NaN shuffle); beyond that, and for ties in argpartition, its order comes from vector
// partitions this engine does not reproduce, so those cases are refused rather than answered differently.
import { copyArray, type DType, isStr, NDArray, NPError, valueError, chargeNs, chargeAlloc } from "./core";
import { introselect, Selection } from "./introselect";
import { normAxis } from "./reduce";
import { flatten, transpose } from "./shape";

/** Per comparison or swap of the selection, in the comparator sort's cost class. */
const NS_PER_STEP = 40;

/** x86-simd-sort's network size (elements) per dtype for quickselect / argselect; absent: NumPy uses introselect */
const SIMD_SELECT: Partial<Record<DType, number>> = {
  int16: 512,
  uint16: 512,
  float16: 512,
  int32: 512,
  uint32: 512,
  float32: 512,
  int64: 256,
  uint64: 256,
  float64: 256,
};
const SIMD_ARGSELECT: Partial<Record<DType, number>> = {
  int32: 256,
  uint32: 256,
  float32: 256,
  int64: 256,
  uint64: 256,
  float64: 256,
};

const isFloat = (dt: DType) => dt === "float16" || dt === "float32" || dt === "float64";

function refuse(name: string, why: string): never {
  throw new NPError(
    "NotImplementedError",
    `${name}: this engine cannot reproduce NumPy's element order for ${why}; use np.sort / np.argsort instead`,
  );
}

/** `kth` resolved against a lane of n: NumPy's bounds check and message, then ascending */
function resolveKth(kth: number[], n: number): number[] {
  return kth
    .map((k) => {
      const r = k < 0 ? k + n : k;
      if (r < 0 || r >= n) throw valueError(`kth(=${r}) out of bounds (${n})`);
      return r;
    })
    .sort((x, y) => x - y);
}

export function partition(a: NDArray, kth: number[], axis: number | null, arg: boolean): NDArray {
  const name = arg ? "argpartition" : "partition";
  if (axis === null || (arg && a.ndim === 0)) return partition(flatten(a), kth, 0, arg);
  if (a.ndim === 0) throw new NPError("AxisError", `axis ${axis} is out of bounds for array of dimension 0`);
  if (a.dtype === "object" || isStr(a.dtype)) refuse(`np.${name}`, `dtype ${a.dtype}`);
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax]!;
  const outDtype: DType = arg ? "int64" : a.dtype;
  if (a.size === 0) return copyArray(a, outDtype);
  const ks = resolveKth(kth, n);
  const perm = [...Array(a.ndim).keys()].filter((i) => i !== ax).concat(ax);
  const rows = copyArray(transpose(a, perm));
  chargeAlloc(a.size * 16);
  const src = rows.data as ArrayLike<number>;
  const out = arg ? new Float64Array(a.size) : (rows.data as number[]);
  let pending = 0;
  for (let start = 0; start < a.size; start += n) {
    // a plain loop: Array.from({ length: n }, f) took ~100 ns an element, most of partition's time
    const lane: number[] = [];
    for (let i = 0; i < n; i++) lane.push(src[start + i]!);
    const r = selectLane(name, a.dtype, lane, ks, arg);
    for (let i = 0; i < n; i++) out[start + i] = r.order[i]!;
    // lanes are charged in batches: chargeNs ignores work under 25 µs, which one short lane is
    pending += (r.steps + 2 * n) * NS_PER_STEP;
    if (pending > 1e6) {
      chargeNs(pending);
      pending = 0;
    }
  }
  chargeNs(pending);
  const lanes = new NDArray(outDtype, rows.shape, out);
  if (ax === a.ndim - 1) return lanes;
  return copyArray(
    transpose(
      lanes,
      perm.map((_, i) => perm.indexOf(i)),
    ),
  );
}

function selectLane(name: string, dt: DType, lane: number[], ks: number[], arg: boolean): { order: number[]; steps: number } {
  const n = lane.length;
  const simd = (arg ? SIMD_ARGSELECT : SIMD_SELECT)[dt];
  if (ks.length === 1 && simd !== undefined) return simdSelect(name, dt, lane, ks[0]!, arg, simd);
  // NumPy's half tag stores uint16, so introselect's float-only shortcut for the last kth skips float16
  const inexact = dt === "float32" || dt === "float64";
  // partition permutes the lane itself (a copy already); argpartition permutes indices into it
  const s = new Selection(lane, arg ? lane.map((_, i) => i) : lane, arg, inexact);
  const pivots: number[] = [];
  let charged = 0;
  for (const k of ks) {
    introselect(s, 0, n, k, pivots);
    // many kth in one lane is quadratic work (np.partition(L, L) of 10^5: 10^10 steps): charged as it goes
    if (s.steps - charged > 100_000) {
      chargeNs((s.steps - charged) * NS_PER_STEP);
      charged = s.steps;
    }
  }
  return { order: s.perm, steps: s.steps - charged + n };
}

/** x86-simd-sort's quickselect / argselect for lanes it sorts with its network; anything else is refused */
function simdSelect(name: string, dt: DType, lane: number[], kth: number, arg: boolean, limit: number): { order: number[]; steps: number } {
  const n = lane.length;
  const steps = n * Math.max(1, Math.log2(n + 1));
  if (arg) {
    if (n > limit) refuse(`np.${name}`, `one kth along an axis longer than ${limit} (${dt})`);
    if (lane.some((x) => x !== x)) refuse(`np.${name}`, "one kth in a lane with equal values or NaN");
    const order = lane.map((_, i) => i).sort((i, j) => lane[i]! - lane[j]!);
    for (let i = 1; i < n; i++) {
      const x = lane[order[i]!]!;
      if (x === lane[order[i - 1]!]) refuse(`np.${name}`, "one kth in a lane with equal values or NaN");
    }
    return { order, steps };
  }
  let last = n - 1;
  if (isFloat(dt)) last = moveNansToEnd(lane);
  if (last < kth) return { order: lane, steps: n };
  if (last + 1 > limit) refuse(`np.${name}`, `one kth along an axis longer than ${limit} (${dt})`);
  const head = lane.slice(0, last + 1);
  // the float16 kernel compares bit patterns mapped to integers, so -0.0 sorts before 0.0, as a typed sort does
  if (dt === "float16") {
    const sorted = Float64Array.from(head).sort();
    for (let i = 0; i <= last; i++) lane[i] = sorted[i]!;
    return { order: lane, steps };
  }
  if (head.some((x) => x === 0 && 1 / x < 0) && head.some((x) => x === 0 && 1 / x > 0))
    refuse(`np.${name}`, "one kth in a lane holding both -0.0 and 0.0");
  head.sort((x, y) => x - y);
  for (let i = 0; i <= last; i++) lane[i] = head[i]!;
  return { order: lane, steps };
}

/** x86-simd-sort's move_nans_to_end_of_array: swaps each NaN with the back; returns the last non-NaN index */
function moveNansToEnd(v: number[]): number {
  const n = v.length;
  let jj = n - 1;
  let ii = 0;
  let count = 0;
  while (ii < jj) {
    const x = v[ii]!;
    if (x !== x) {
      v[ii] = v[jj]!;
      v[jj] = x;
      jj--;
      count++;
    } else ii++;
  }
  if (v[ii] !== v[ii]) count++;
  return n - count - 1;
}
