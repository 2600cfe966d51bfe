// Differences and interpolation: diff, gradient (uniform spacing), interp, cross.
import { NDArray, NPScalar, NPError, emptyArray, valueError, typeError, charge, warn, astype } from "./core";
import { binary, unary, broadcastTo, broadcastShapes, canCastSameKind } from "./ops";
const unaryNeg = (x: any) => unary("negative", x);
import { concatenate, stack, moveaxis, ravel } from "./shape";
import { getIndex } from "./indexing";
import { normAxis } from "./reduce";
import { IndexItem } from "./indexing";

const along = (nd: number, ax: number, item: IndexItem): IndexItem[] => {
  const s: IndexItem[] = [];
  for (let d = 0; d < nd; d++) s.push(d === ax ? item : { kind: "slice" });
  return s;
};
const sl = (start: number | null, stop: number | null): IndexItem => ({ kind: "slice", start, stop, step: null });

/** np.ediff1d: ary.ravel()'s consecutive differences in ary's dtype, with to_begin/to_end (same_kind casts only) */
export function ediff1d(a: NDArray, toEnd: NDArray | null, toBegin: NDArray | null): NDArray {
  const flat = ravel(a),
    n = flat.size;
  const diffs = binary(
    "subtract",
    flat.ndim && n > 1 ? sliceView(flat, 1, n) : sliceView(flat, 0, 0),
    sliceView(flat, 0, Math.max(n - 1, 0)),
  ) as NDArray;
  if (!toBegin && !toEnd) return diffs;
  const part = (v: NDArray | null, name: string) => {
    if (!v) return [];
    if (!canCastSameKind(v.dtype, a.dtype))
      throw typeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    return [astype(ravel(v), a.dtype)];
  };
  return concatenate([...part(toBegin, "to_begin"), astype(diffs, a.dtype), ...part(toEnd, "to_end")]);
}
const sliceView = (v: NDArray, from: number, to: number) =>
  new NDArray(v.dtype, [to - from], v.data, [v.strides[0] ?? 1], v.offset + from * (v.strides[0] ?? 1));

export function diff(a: NDArray, n = 1, axis = -1, prepend: NDArray | null = null, append: NDArray | null = null): NDArray {
  if (n === 0) return a;
  if (n < 0) throw valueError(`order must be non-negative but got ${n}`);
  if (a.ndim === 0) throw valueError("diff requires input that is at least one dimensional");
  const ax = normAxis(axis, a.ndim);
  const ext = (v: NDArray) =>
    v.ndim === 0
      ? broadcastTo(
          v,
          a.shape.map((s, d) => (d === ax ? 1 : s)),
        )
      : v;
  if (prepend || append) a = concatenate([...(prepend ? [ext(prepend)] : []), a, ...(append ? [ext(append)] : [])], ax);
  const op = a.dtype === "bool" ? "not_equal" : "subtract";
  for (let k = 0; k < n; k++)
    a = binary(op, getIndex(a, along(a.ndim, ax, sl(1, null))), getIndex(a, along(a.ndim, ax, sl(null, -1)))) as NDArray;
  return a;
}

/** np.gradient with scalar spacing per axis (edge_order 1) */
export function gradient(f: NDArray, spacing: number[], axes: number[]): NDArray[] {
  if (f.dtype === "float16")
    throw new NPError("NotImplementedError", "gradient of float16 arrays is not supported by this engine (use .astype(np.float32))");
  const x = f.dtype === "float32" || f.dtype === "float64" ? f : astype(f, "float64");
  return axes.map((ax, i) => {
    const n = x.shape[ax],
      dx = spacing.length === 1 ? spacing[0] : spacing[i];
    if (n < 2)
      throw valueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
    const part = (s: number | null, e: number | null) => getIndex(x, along(x.ndim, ax, sl(s, e))) as NDArray;
    const first = binary("divide", binary("subtract", part(1, 2), part(0, 1)), dx) as NDArray;
    const last = binary("divide", binary("subtract", part(-1, null), part(-2, -1)), dx) as NDArray;
    const mid = binary(
      "divide",
      binary("subtract", part(2, null), part(null, -2)),
      2 * dx === Math.trunc(2 * dx) ? new NPScalar("float64", 2 * dx) : 2 * dx,
    ) as NDArray;
    return concatenate([first, mid, last], ax);
  });
}

export function interp(x: NDArray, xp: NDArray, fp: NDArray, left: number | null, right: number | null): NDArray {
  const n = xp.size;
  if (n === 0) throw valueError("array of sample points is empty");
  if (fp.size !== n) throw valueError("fp and xp are not of the same length.");
  const X = astype(xp, "float64"),
    F = astype(fp, "float64"),
    xs = astype(x, "float64");
  const dx = X.data as any,
    dy = F.data as any;
  const lv = left ?? dy[0],
    rv = right ?? dy[n - 1];
  const out = emptyArray("float64", x.shape.slice()),
    od = out.data as any,
    xd = xs.data as any;
  charge(x.size * 8);
  for (let i = 0; i < x.size; i++) {
    const v = xd[i];
    if (v > dx[n - 1]) {
      od[i] = rv;
      continue;
    }
    if (v < dx[0]) {
      od[i] = lv;
      continue;
    }
    if (v !== v) {
      od[i] = v;
      continue;
    }
    let lo = 0,
      hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (dx[m] <= v) lo = m + 1;
      else hi = m;
    }
    const j = lo - 1;
    if (j === n - 1) {
      od[i] = dy[j];
      continue;
    }
    if (v === dx[j]) {
      od[i] = dy[j];
      continue;
    }
    const slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
    let r = slope * (v - dx[j]) + dy[j];
    if (r !== r) {
      r = slope * (v - dx[j + 1]) + dy[j + 1];
      if (r !== r && dy[j] === dy[j + 1]) r = dy[j];
    }
    od[i] = r;
  }
  return out;
}

export function cross(a: NDArray, b: NDArray, axisa = -1, axisb = -1, axisc = -1): NDArray | NPScalar {
  a = moveaxis(a, normAxis(axisa, a.ndim), -1);
  b = moveaxis(b, normAxis(axisb, b.ndim), -1);
  const na = a.shape[a.ndim - 1],
    nb = b.shape[b.ndim - 1];
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3))
    throw valueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  broadcastShapes(a.shape.slice(0, -1), b.shape.slice(0, -1));
  const c = (x: NDArray, i: number) => getIndex(x, [{ kind: "ellipsis" }, { kind: "int", i }]);
  const mul = (x: any, y: any) => binary("multiply", x, y),
    sub = (x: any, y: any) => binary("subtract", x, y);
  const [a0, a1, b0, b1] = [c(a, 0), c(a, 1), c(b, 0), c(b, 1)];
  if (na === 2 || nb === 2)
    warn(
      "DeprecationWarning",
      "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)",
    );
  const cp2 = sub(mul(a0, b1), mul(a1, b0));
  if (na === 2 && nb === 2) return cp2;
  let parts: any[];
  if (na === 2) {
    const b2 = c(b, 2);
    parts = [mul(a1, b2), unaryNeg(mul(a0, b2)), cp2];
  } else if (nb === 2) {
    const a2 = c(a, 2);
    parts = [unaryNeg(mul(a2, b1)), mul(a2, b0), cp2];
  } else {
    const a2 = c(a, 2),
      b2 = c(b, 2);
    parts = [sub(mul(a1, b2), mul(a2, b1)), sub(mul(a2, b0), mul(a0, b2)), cp2];
  }
  const r = stack(
    parts.map((v) => (v instanceof NDArray ? v : toArr(v))),
    -1,
  );
  return axisc === -1 ? r : moveaxis(r, -1, normAxis(axisc, r.ndim));
}
function toArr(s: any): NDArray {
  const o = emptyArray(s.dtype, []);
  (o.data as any)[0] = s.value;
  return o;
}
