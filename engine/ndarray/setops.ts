// Set routines on 1-D data: isin, intersect1d, union1d, setdiff1d (NumPy's sorted, unique results).
import { NDArray, emptyArray, charge } from "./core";
import { ravel } from "./shape";
import { concatenate, unique } from "./shape";
import { resultType } from "./ops";

const values = (a: NDArray): number[] => {
  const f = ravel(a),
    out: number[] = new Array(f.size);
  for (let i = 0; i < f.size; i++) out[i] = f.getFlat(i);
  return out;
};

/** element-wise membership (NaN is never a member, as NaN != NaN) */
export function isin(element: NDArray, test: NDArray, invert = false): NDArray {
  const set = new Set(values(test).filter((v) => v === v));
  charge(element.size + test.size);
  const out = emptyArray("bool", element.shape.slice());
  const d = out.data as any,
    f = ravel(element);
  for (let i = 0; i < f.size; i++) d[i] = set.has(+f.getFlat(i)) !== invert ? 1 : 0;
  return out;
}

export function union1d(a: NDArray, b: NDArray): NDArray {
  return unique(concatenate([ravel(a), ravel(b)], 0)).values;
}

export function intersect1d(a: NDArray, b: NDArray): NDArray {
  const ua = unique(a).values,
    ub = new Set(values(unique(b).values));
  const dt = resultType(a, b);
  const keep = values(ua).filter((v) => ub.has(v));
  const out = emptyArray(dt, [keep.length]);
  for (let i = 0; i < keep.length; i++) (out.data as any)[i] = keep[i];
  return out;
}

export function setdiff1d(a: NDArray, b: NDArray): NDArray {
  const ua = unique(a).values,
    bs = new Set(values(b));
  const keep = values(ua).filter((v) => !bs.has(v));
  const out = emptyArray(ua.dtype, [keep.length]);
  for (let i = 0; i < keep.length; i++) (out.data as any)[i] = keep[i];
  return out;
}
