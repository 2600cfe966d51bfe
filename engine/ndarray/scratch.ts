// Storage of dead temporaries, handed to the next elementwise result of the same kind and length.
//
// NumPy reuses a temporary's buffer when its reference count says nothing else holds it (`1 + np.exp(-x)` needs
// one new buffer, not three). The interpreter knows the same thing without reference counts (python/objects/ops/
// temporaries.ts): it releases an operand here once the operator or ufunc that consumed it has returned. Without
// this, every course-size temporary is a fresh typed array — an off-heap allocation and, soon, a garbage
// collection — which cost more than the arithmetic.
//
// Storage taken from here holds old values: only producers that write every element of their result take it.
import { type DType, type Storage, NDArray, SMALL_MAX, allocStorage, chargeAlloc, shapeSize, itemsize } from "./core";

/** below this many elements a fresh allocation is as cheap as a lookup here */
const MIN_SIZE = 64;
const PER_LENGTH = 4;
// what is held counts against a run's memory limit (the host measures live bytes): kept small
const MAX_HELD_BYTES = 8 << 20;

// storage kinds: plain arrays of doubles (float64/int64 up to SMALL_MAX elements), Float64Array, Float32Array
const JS_F64 = 0,
  TYPED_F64 = 1,
  TYPED_F32 = 2;
const held = new Map<number, Storage[]>();
let heldBytes = 0;

function kindOf(dt: DType, n: number): number {
  switch (dt) {
    case "float64":
    case "int64":
    case "uint64":
      return n <= SMALL_MAX ? JS_F64 : TYPED_F64;
    case "float32":
    case "float16":
      return TYPED_F32;
    default:
      return -1;
  }
}

/**
 * Storage for n elements of dt whose every element the caller will write (it may hold a dead temporary's values).
 * A new allocation is charged; a reused one is memory the run already holds.
 */
export function scratchStorage(dt: DType, n: number): Storage {
  if (n >= MIN_SIZE) {
    const kind = kindOf(dt, n);
    const list = kind < 0 ? undefined : held.get(n * 4 + kind);
    if (list !== undefined && list.length > 0) {
      heldBytes -= n * (kind === TYPED_F32 ? 4 : 8);
      return list.pop()!;
    }
  }
  chargeAlloc(n * itemsize(dt));
  return allocStorage(dt, n);
}

/** scratchStorage of float64 or int64: a plain array of doubles or a Float64Array, as allocStorage makes them */
export function scratchF64(dt: "float64" | "int64", n: number): number[] | Float64Array {
  return scratchStorage(dt, n) as number[] | Float64Array;
}

/** emptyArray for a result the caller fills completely: its storage possibly a dead temporary's (charged when new) */
export function scratchArray(dt: DType, shape: number[]): NDArray {
  return new NDArray(dt, shape, scratchStorage(dt, shape.length === 1 ? shape[0] : shapeSize(shape)));
}

/**
 * `a` is dead: nothing can reach it any more (the interpreter's judgement). Its storage is kept for the next result
 * of its kind and length when `a` owns all of it.
 */
export function releaseStorage(a: NDArray): void {
  const n = a.size,
    d = a.data;
  if (n < MIN_SIZE || a.offset !== 0 || a.base !== undefined || d.length !== n) return;
  const kind = kindOf(a.dtype, n);
  if (kind < 0 || (kind === JS_F64 ? !Array.isArray(d) : kind === TYPED_F64 ? !(d instanceof Float64Array) : !(d instanceof Float32Array)))
    return;
  const bytes = n * (kind === TYPED_F32 ? 4 : 8);
  if (heldBytes + bytes > MAX_HELD_BYTES) return;
  const key = n * 4 + kind;
  let list = held.get(key);
  if (list === undefined) held.set(key, (list = []));
  if (list.length >= PER_LENGTH) return;
  list.push(d);
  heldBytes += bytes;
}

/** forget every held storage (between runs: one run's garbage is not kept alive for the next) */
export function clearScratch(): void {
  held.clear();
  heldBytes = 0;
}
