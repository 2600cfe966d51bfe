// np.may_share_memory (do the two arrays' memory bounds overlap?) and np.shares_memory (is one element in both?),
// for arrays of the engine's storage (same buffer means same element size: the engine has no dtype-changing views).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { chargeLoop } from "../../charge";

/** [first, last] element offsets an array reaches, or null when it holds no element */
function extent(a: NDArray): [number, number] | null {
  if (a.size === 0) return null;
  let lo = a.offset,
    hi = a.offset;
  a.shape.forEach((n, i) => {
    const span = (n - 1) * a.strides[i]!;
    if (span < 0) lo += span;
    else hi += span;
  });
  return [lo, hi];
}

export function mayShareMemory(x: unknown, y: unknown): boolean {
  if (!(x instanceof NDArray && y instanceof NDArray) || x.data !== y.data) return false;
  const ex = extent(x),
    ey = extent(y);
  return ex !== null && ey !== null && ex[0] <= ey[1] && ey[0] <= ex[1];
}

/** exact: the smaller array's element offsets looked up among the other's (charged per element visited) */
export function sharesMemory(x: unknown, y: unknown): boolean {
  if (!mayShareMemory(x, y)) return false;
  const [small, big] = (x as NDArray).size <= (y as NDArray).size ? [x as NDArray, y as NDArray] : [y as NDArray, x as NDArray];
  chargeLoop(small.size + big.size);
  N.chargeAlloc(small.size * 16);
  const offs = new Set<number>();
  N.forEachOffset(small, (o) => {
    offs.add(o);
  });
  let found = false;
  N.forEachOffset(big, (o) => {
    if (offs.has(o)) found = true;
  });
  return found;
}
