// Where the engine charges work and memory done in native code. Every builtin, method and operator that allocates
// or loops calls one of these helpers, so a program is held to its limits (steps, deadline, memory) wherever its
// work happens, not only between interpreted statements. Costs are estimates of what V8 really spends (bytes per
// container element, nanoseconds per BigInt operation), charged before the work where it can be predicted: an
// operation that could not finish before the deadline, or whose result would not fit, raises before it starts.
import { RT, checkAlloc, countAlloc, checkLimits, timeoutError } from "./limits";
import { exc, MemoryError } from "./errors";
import { PyFloat } from "./objects/core";

/** Estimated V8 bytes per element of a Python container (measured on Node 20, rounded up). */
export const BYTES = {
  /** a JS array slot referring to a value that exists already */
  slot: 8,
  /** a slot plus a value made for it (a boxed float, a small tuple, a short string) */
  item: 32,
  /** an ndarray element made into a Python value: the JS list slot, the number, the boxed Python value */
  converted: 64,
  /** a Set entry: key, value, chain link, bucket share and growth slack (~55 B measured) */
  setEntry: 64,
  /** a dict entry: the Map entry plus its [key, value] pair */
  dictEntry: 104,
  /** one UTF-16 code unit */
  char: 2,
} as const;

/** Native work is charged as steps: about one interpreted step per this many nanoseconds. */
const NS_PER_STEP = 100;
/** Copying a slot (a list copy, a scan): 1/16 step. */
const NS_PER_SLOT = NS_PER_STEP / 16;
/**
 * Putting an entry into a Set or Map (a Python set or dict) by key: V8's hash-table insert, its rehashes as the
 * table grows, the entry's allocation. Measured 330–470 ns per new key (10^5 ints into a new Map, Node 20 on the
 * grader's 2 shared cores; set(list(range(10**5))) ~55 ms of CPU), lookups ~25 ns once optimised: containers of
 * hashed entries (BYTES.setEntry, BYTES.dictEntry) are charged this per entry built, copied or added.
 */
const NS_PER_HASHED_ENTRY = 400;
/** What building one element of `per` bytes costs by default: an insert for a hashed entry, else a copy. */
const nsPerElement = (per: number) => (per === BYTES.setEntry || per === BYTES.dictEntry ? NS_PER_HASHED_ENTRY : NS_PER_SLOT);
/** Work above this (ns) also reads the clock, and is refused up front if it would end after the deadline. */
const PREDICT_NS = 200_000;

// ---------------------------------------------------------------- work
/** Charge `ns` nanoseconds of native work that is about to run. */
export function chargeNative(ns: number): void {
  RT.steps += Math.ceil(ns / NS_PER_STEP);
  if (ns >= PREDICT_NS) {
    predictNative(ns);
    checkLimits();
  } else if (RT.steps >= RT.checkAt) checkLimits();
}
/** Refuse work predicted to take `ns` if it could not end before the deadline (charged later, as it runs). */
export function predictNative(ns: number): void {
  if (ns < PREDICT_NS) return;
  const left = RT.deadline - RT.now();
  if (left <= 0) checkLimits();
  else if (ns / 1e6 > left) {
    throw timeoutError(`execution time limit exceeded (${RT.timeoutMs} ms): one operation would take about ${fmtMs(ns / 1e6)}`);
  }
}
const fmtMs = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toPrecision(2)} s` : `${Math.ceil(ms)} ms`);

/** Charge a native loop over n elements (a copy, a scan, a hash of each): about 1/16 step each. */
export function chargeLoop(n: number): void {
  if (n >= 4096) chargeNative(n * NS_PER_SLOT);
}

// ---------------------------------------------------------------- memory
/**
 * A container of n elements of `per` bytes each is about to be built at once: bound its size and its work
 * (`nsPer` each: a copy by default).
 */
export function chargeContainer(n: number, per: number = BYTES.slot, nsPer = nsPerElement(per)): void {
  if (n < 4096) return;
  checkAlloc(n * per);
  chargeNative(n * nsPer);
}

/** Mask for chargeGrowth's callers: they call it when (size & GROWTH_MASK) === 0, i.e. every 4096 elements. */
export const GROWTH_MASK = 0xfff;

/** A container grown one element at a time reached `size` (a multiple of 4096): count the batch, bound the whole. */
export function chargeGrowth(size: number, per: number): void {
  if (size === 0) return;
  if (size * per > RT.maxMem) tooBig(size * per);
  checkAlloc((GROWTH_MASK + 1) * per);
  chargeNative((GROWTH_MASK + 1) * nsPerElement(per));
}

/**
 * `added` elements went into a container that now holds `size` (extend, +=, update, |=): bound the whole, charge
 * the added ones — not the whole again, or a loop of small extends would be charged quadratically.
 */
export function chargeExtend(size: number, added: number, per: number = BYTES.slot): void {
  if (added >= 4096) {
    if (size * per > RT.maxMem) tooBig(size * per);
    checkAlloc(added * per);
    chargeNative(added * nsPerElement(per));
  } else if (Math.floor(size / (GROWTH_MASK + 1)) > Math.floor((size - added) / (GROWTH_MASK + 1))) chargeGrowth(size, per);
}

/** A string of n UTF-16 units is about to be built, at `nsPerUnit` each (a copy by default). */
export function chargeString(n: number, nsPerUnit = 0.5): void {
  if (n < 65536) return;
  checkAlloc(n * BYTES.char);
  chargeNative(n * nsPerUnit);
}

function tooBig(bytes: number): never {
  throw exc(MemoryError, `cannot allocate ${Math.ceil(bytes)} bytes (memory limit ${RT.maxMem} bytes)`);
}

// ---------------------------------------------------------------- big integers
// V8 multiplies with Karatsuba/Toom/FFT and divides with Burnikel-Ziegler; these bounds (ns, per 64-bit word)
// over-estimate measured times by 1–3× from 10^4 to 10^7 bits, and are 0 below ~1000 bits, where nothing is charged.
const SMALL_BITS = 1 << 11;

/** Bits of |x|: exact enough for cost estimates, cheap for small values. */
export function bitLength(x: bigint): number {
  const n = Number(x < 0n ? -x : x);
  if (n < 2 ** 1000) return n === 0 ? 0 : Math.floor(Math.log2(n)) + 1;
  return (x < 0n ? -x : x).toString(16).length * 4;
}
const words = (bits: number) => Math.floor(bits / 64) + 1;
export function mulNs(aBits: number, bBits: number): number {
  const a = words(aBits),
    b = words(bBits);
  return Math.max(a, b) * Math.min(a, b, 1000);
}
export function divNs(aBits: number, bBits: number): number {
  if (aBits < bBits) return words(aBits);
  return 2 * words(aBits - bBits) * Math.min(words(bBits), 1500) + words(aBits);
}

/** a × b where a has aBits and b bBits. */
export function chargeBigMul(aBits: number, bBits: number): void {
  if (aBits + bBits < SMALL_BITS) return;
  checkAlloc((aBits + bBits) / 8);
  chargeNative(mulNs(aBits, bBits));
}
export function chargeBigMulOf(a: bigint, b: bigint): void {
  const x = bitLength(a),
    y = bitLength(b);
  if (x + y >= SMALL_BITS) chargeBigMul(x, y);
}

/** a // b or a % b. */
export function chargeBigDivOf(a: bigint, b: bigint): void {
  const x = bitLength(a);
  if (x < SMALL_BITS) return;
  chargeNative(divNs(x, bitLength(b)));
}

/** A result of `bits` bits made in linear time (a shift, a conversion to a power-of-two base). */
export function chargeBigLinear(bits: number): void {
  if (bits < SMALL_BITS) return;
  checkAlloc(bits / 8);
  chargeNative(words(bits) * 4);
}

/** base ** exp by repeated squaring, the result having about `resultBits` bits. */
export function chargeBigPow(resultBits: number): void {
  if (resultBits < SMALL_BITS) return;
  checkAlloc(resultBits / 8);
  chargeNative(2 * mulNs(resultBits / 2, resultBits / 2));
}

/** pow(b, e, m): one modular squaring and multiplication per bit of e. */
export function chargeBigModPow(expBits: number, modBits: number): void {
  if (modBits < 64) {
    chargeNative(expBits * 50);
    return;
  }
  chargeNative(expBits * 2 * (mulNs(modBits, modBits) + divNs(2 * modBits, modBits)));
}

// ---------------------------------------------------------------- arithmetic on many items
/**
 * Per item of a native loop that does Python arithmetic on each (math.prod, math.fsum, random.choices' running
 * total): a Python int or float ~0.2–0.5 µs (a product through binop, fsum's partials), any other object (a NumPy
 * scalar: its dunder, its conversion) ~1–2.5 µs; measured over 10^5 items (math.prod of an ndarray's 10^5 floats
 * ~200–300 ms of CPU). Big integers also charge their own BigInt work.
 */
const NS_PER_NUMBER = 500;
const NS_PER_OBJECT = 2500;
/** Charge the items' arithmetic before it starts; returns them. */
export function chargeArithmetic<T>(items: T[]): T[] {
  let objects = 0;
  for (const x of items) if (typeof x === "object" && x !== null && !(x instanceof PyFloat)) objects++;
  chargeNative((items.length - objects) * NS_PER_NUMBER + objects * NS_PER_OBJECT);
  return items;
}

let objectOps = 0;
/**
 * One Python operation (a comparison, an addition) that a builtin does natively on the item `v` of a lazy iteration
 * (min, max): an object goes through its dunders (~2.5 µs for a NumPy scalar's comparison), charged 256 at a time;
 * plain numbers cost what their iteration is charged.
 */
export function chargeObjectOp(v: unknown): void {
  if (typeof v === "object" && v !== null && !(v instanceof PyFloat) && ++objectOps >= 256) {
    chargeNative(objectOps * NS_PER_OBJECT);
    objectOps = 0;
  }
}

// ---------------------------------------------------------------- many small pieces
let tally = 0;
/**
 * Elements handled a few at a time by recursive work (repr of nested containers, ~1 µs each): charged once 4096
 * have accumulated, as memory counted toward the live-bytes probe and as work.
 */
export function chargeTally(n: number): void {
  if ((tally += n) < 4096) return;
  const k = tally;
  tally = 0;
  countAlloc(k * BYTES.item);
  chargeNative(k * 800);
}

// ---------------------------------------------------------------- regular-expression replacement
/**
 * What one match of a global replace costs V8 (~300 ns measured for 10^7 matches, with or without a function) and
 * holds while the result is built (its piece in the list of parts, the piece's string).
 */
const NS_PER_MATCH = 300;
const CHARS_PER_MATCH = 24;
/**
 * `src.replace(pattern, fn)` for a global `pattern`, charged match by match: String.replace with a function
 * gathers every match before its first call (1.6 GB for 10^7 matches) and runs unchecked; here each match is
 * taken in turn and the result is bounded as it grows.
 */
export function chargedReplace(src: string, pattern: RegExp, fn: (m: RegExpExecArray) => string): string {
  const parts: string[] = [];
  let last = 0,
    size = 0;
  for (const m of src.matchAll(pattern)) {
    if (parts.length === 0) parts.push("");
    const piece = fn(m);
    const added = m.index - last + piece.length + CHARS_PER_MATCH;
    chargeExtend((size += added), added, BYTES.char);
    chargeNative(NS_PER_MATCH);
    parts.push(src.slice(last, m.index), piece);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return src;
  parts.push(src.slice(last));
  return parts.join("");
}

/** `src.match(pattern) ?? []` for a global `pattern`, the list of matches charged as it grows. */
export function chargedMatches(src: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(pattern)) {
    out.push(m[0]);
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
  }
  return out;
}
