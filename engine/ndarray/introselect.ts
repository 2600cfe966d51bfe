// NumPy's introselect (numpy/_core/src/npysort/selection.cpp), step for step: the order it leaves the elements in
// is what np.partition prints, so every swap and comparison below follows the C++ exactly.

/** NumPy's pivot stack limit (NPY_MAX_PIVOT_STACK) */
const MAX_PIVOT_STACK = 50;

/** One lane being selected: `perm` is permuted in place; it holds the values, or (argpartition) indices into `v`. */
export class Selection {
  steps = 0;
  constructor(
    readonly v: ArrayLike<number>,
    readonly perm: number[],
    readonly arg: boolean,
    readonly inexact: boolean,
  ) {}

  val(i: number): number {
    return this.arg ? this.v[this.perm[i]!]! : this.perm[i]!;
  }

  swap(i: number, j: number): void {
    const p = this.perm;
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
}

/** Tag::less: NaN sorts after everything */
function less(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

function storePivot(pivot: number, kth: number, pivots: number[] | null): void {
  if (pivots === null) return;
  if (pivot === kth && pivots.length === MAX_PIVOT_STACK) pivots[pivots.length - 1] = pivot;
  else if (pivot >= kth && pivots.length < MAX_PIVOT_STACK) pivots.push(pivot);
}

function median3Swap(s: Selection, low: number, mid: number, high: number): void {
  if (less(s.val(high), s.val(mid))) s.swap(high, mid);
  if (less(s.val(high), s.val(low))) s.swap(high, low);
  if (less(s.val(low), s.val(mid))) s.swap(low, mid);
  s.swap(mid, low + 1);
}

/** index (0..4, relative to `o`) of the median of the five elements at o..o+4 */
function median5(s: Selection, o: number): number {
  const lt = (a: number, b: number) => less(s.val(o + a), s.val(o + b));
  const sw = (a: number, b: number) => s.swap(o + a, o + b);
  if (lt(1, 0)) sw(1, 0);
  if (lt(4, 3)) sw(4, 3);
  if (lt(3, 0)) sw(3, 0);
  if (lt(4, 1)) sw(4, 1);
  if (lt(2, 1)) sw(2, 1);
  if (lt(3, 2)) return lt(3, 1) ? 1 : 3;
  return 2;
}

function medianOfMedian5(s: Selection, o: number, num: number): number {
  const nmed = Math.floor(num / 5);
  for (let i = 0, sub = 0; i < nmed; i++, sub += 5) {
    const m = median5(s, o + sub);
    s.swap(o + sub + m, o + i);
  }
  s.steps += num;
  if (nmed > 2) introselect(s, o, nmed, Math.floor(nmed / 2), null);
  return Math.floor(nmed / 2);
}

/** O(n·kth) selection for a kth close to the lower bound */
function dumbSelect(s: Selection, o: number, num: number, kth: number): void {
  for (let i = 0; i <= kth; i++) {
    let minIdx = i;
    let minVal = s.val(o + i);
    for (let k = i + 1; k < num; k++) {
      const x = s.val(o + k);
      if (less(x, minVal)) {
        minIdx = k;
        minVal = x;
      }
    }
    s.swap(o + i, o + minIdx);
  }
  s.steps += (kth + 1) * num;
}

/** Selects the kth of the `num` elements starting at `o`; `pivots` carries pivots between calls for several kth. */
export function introselect(s: Selection, o: number, num: number, kth: number, pivots: number[] | null): void {
  let low = 0;
  let high = num - 1;
  while (pivots !== null && pivots.length > 0) {
    const top = pivots[pivots.length - 1]!;
    if (top > kth) {
      high = top - 1;
      break;
    }
    if (top === kth) return;
    low = top + 1;
    pivots.pop();
  }
  if (kth - low < 3) {
    dumbSelect(s, o + low, high - low + 1, kth - low);
    storePivot(kth, kth, pivots);
    return;
  }
  if (s.inexact && kth === num - 1) {
    let maxIdx = low;
    let maxVal = s.val(o + low);
    for (let k = low + 1; k < num; k++) {
      const x = s.val(o + k);
      if (!less(x, maxVal)) {
        maxIdx = k;
        maxVal = x;
      }
    }
    s.steps += num;
    s.swap(o + kth, o + maxIdx);
    return;
  }
  let depthLimit = 2 * (31 - Math.clz32(num));
  while (low + 1 < high) {
    let ll = low + 1;
    let hh = high;
    if (depthLimit > 0 || hh - ll < 5) {
      median3Swap(s, o + low, o + low + Math.floor((high - low) / 2), o + high);
    } else {
      const mid = ll + medianOfMedian5(s, o + ll, hh - ll);
      s.swap(o + mid, o + low);
      ll--;
      hh++;
    }
    depthLimit--;
    s.steps += high - low;
    // unguarded partition around the pivot now at low
    const pivot = s.val(o + low);
    for (;;) {
      do ll++;
      while (less(s.val(o + ll), pivot));
      do hh--;
      while (less(pivot, s.val(o + hh)));
      if (hh < ll) break;
      s.swap(o + ll, o + hh);
    }
    s.swap(o + low, o + hh);
    if (hh !== kth) storePivot(hh, kth, pivots);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }
  if (high === low + 1 && less(s.val(o + high), s.val(o + low))) s.swap(o + high, o + low);
  storePivot(kth, kth, pivots);
}
