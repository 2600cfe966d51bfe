// Measured CPU cost per element (ns, Node 20 on the grader's kind of machine, arrays of 10^6 elements, the result's
// allocation charged apart by chargeAlloc) of the array operations that cost more than the one operation (100/64 ns)
// `charge` assumes: each is charged through chargeNs before its loop starts, so a call that could not finish before the
// deadline is refused up front. tests/engine/sandbox/enumerate-child.ts holds calls of each to these figures.

export const NS_PER_ELEMENT = {
  /** a[mask]: the scan, the hits pushed to a list, the copy (float64 75–85 ns per element of a) */
  maskSelect: 64,
  /** a[mask] = v: the offsets of a and of the mask gathered by callbacks, then written (200–250 ns per element of a) */
  maskAssign: 200,
  /** a[idx], a[idx] = v: an offset computed and stored per selected element, then read or written (70–85 ns) */
  fancyIndex: 48,
  /** an array assigned through an index or mask: each value converted into a list first (a[idx] = y: +80 ns) */
  assignedValue: 64,
  /** cumsum, cumprod: a closure call and a strided store per element (78–84 ns flat, ~40 ns along axis 0) */
  cumulative: 56,
  /** np.repeat, np.roll: a JS list of source indices, then fancy indexing with it (180–600 ns in all) */
  indexList: 120,
  /**
   * a ufunc's general loop (comparisons, maximum, power, int64's exact arithmetic, bool and float32 operands,
   * broadcasting, unary ufuncs off the float64 fast path): 9–37 ns, bool / bool 63 ns
   */
  ufuncLoop: 12,
  /** a reduction's scan (max, argmax, any, int64 sums, sums along axis 0): 7–30 ns */
  reduction: 8,
  /** np.dot of vectors: float64 through ddot's emulated FMA (38 ns), int64 13 ns, float32 9 ns */
  dot: 24,
  /** a cast through castValue (float → int64 23 ns, → bool 16 ns) or a strided copy (a transpose, 10–15 ns) */
  elementCopy: 12, // 6 left astype(int64) of 4·10^6 at 297 ms CPU for 56 ms charged in a loaded CI run
  /** a cast to or from float16 (rounded through float32 per element; np.round of a bool array: 63 ns) */
  halfCast: 48,
  /** np.isin, np.in1d: a hash lookup per element (36–43 ns) */
  membership: 24,
  /** a value put into a JS Set as a new key (np.isin's test values: 300–450 ns, with the lists it is made from) */
  setInsert: 400,
  /**
   * one step of searchsorted's binary search: a comparison through the dtype's order function (15–25 ns), a cache
   * miss when the sorted array outgrows the cache (np.digitize of 10^7 values in 10^6 bins: ~50 ns a step)
   */
  binarySearchStep: 48,
} as const;
