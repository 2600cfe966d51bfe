// Set routines on 1-D data: isin, intersect1d, union1d, setdiff1d (NumPy's sorted, unique results).
import { NDArray, NPError, emptyArray, chargeAlloc, chargeNs } from "./core";
import { ravel } from "./shape";
import { concatenate, unique } from "./shape";
import { resultType } from "./ops";
import { NS_PER_ELEMENT } from "./costs";

const values = (a: NDArray): any[] => {
  const f = ravel(a),
    out: number[] = new Array(f.size);
  for (let i = 0; i < f.size; i++) out[i] = f.getFlat(i);
  return out;
};

/**
 * A value as a Set key that is equal exactly when Python's == is: numbers (bools as 0/1), ints beyond a double's
 * exact range as BigInt, strings. Other objects (tuples, instances in object arrays) would need Python's own
 * equality: refused rather than compared by identity.
 */
function memberKey(v: unknown): number | bigint | string {
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") {
    const n = Number(v);
    return Number.isFinite(n) && BigInt(n) === v ? n : v;
  }
  throw new NPError(
    "NotImplementedError",
    "np.isin() of object arrays holding objects other than numbers and strings is not supported by this engine",
  );
}

/** element-wise membership (NaN is never a member, as NaN != NaN); `unwrap`: an object array's element as a JS value */
export function isin(element: NDArray, test: NDArray, invert = false, unwrap: (v: any) => any = (v) => v): NDArray {
  // the test values are listed twice and made into a Set (~100 B each) before any lookup
  chargeAlloc(test.size * 100);
  chargeNs(element.size * NS_PER_ELEMENT.membership + test.size * NS_PER_ELEMENT.setInsert);
  const key = (v: any) => memberKey(unwrap(v));
  const set = new Set(values(test).map(key));
  set.delete(NaN);
  const out = emptyArray("bool", element.shape.slice());
  const d = out.data as any,
    f = ravel(element);
  for (let i = 0; i < f.size; i++) d[i] = set.has(key(f.getFlat(i))) !== invert ? 1 : 0;
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
