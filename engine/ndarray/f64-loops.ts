// Elementwise loops over Float64Array storage (float64 arrays past SMALL_MAX elements: the book's 300×50 layers).
//
// The generic kernels in ops.ts see every storage kind (plain arrays, Float64Array, Float32Array, the integer typed
// arrays), so V8 compiles their element accesses as megamorphic lookups: 3–4 ns an element. These copies only ever
// see a Float64Array result, so their stores and the loads of Float64Array operands stay monomorphic. Same
// arithmetic, same order, bit for bit; each returns 0 when every result is finite and NaN otherwise (z += r·0), as
// the generic kernels do (a float64 store keeps r exactly, so r need not be read back).

// the operator codes of ops.ts (OP_ADD … OP_DIV), repeated to keep this file free of imports
const ADD = 1,
  SUB = 2,
  MUL = 3;

/** od[oo+i] = xd[xo+i] ∘ yd[yo+i] for + - * / (code) */
export function flatAAF64(
  code: number,
  xd: Float64Array,
  xo: number,
  yd: Float64Array,
  yo: number,
  od: Float64Array,
  oo: number,
  n: number,
): number {
  let z = 0;
  switch (code) {
    case ADD:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case SUB:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case MUL:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] * yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    default:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
  }
}

/** od[oo+i] = xd[xo+i] ∘ v */
export function flatASF64(code: number, xd: Float64Array, xo: number, v: number, od: Float64Array, oo: number, n: number): number {
  let z = 0;
  switch (code) {
    case ADD:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] + v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case SUB:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] - v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case MUL:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] * v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    default:
      for (let i = 0; i < n; i++) {
        const r = xd[xo + i] / v;
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
  }
}

/** od[oo+i] = v ∘ yd[yo+i] */
export function flatSAF64(code: number, v: number, yd: Float64Array, yo: number, od: Float64Array, oo: number, n: number): number {
  let z = 0;
  switch (code) {
    case ADD:
      for (let i = 0; i < n; i++) {
        const r = v + yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case SUB:
      for (let i = 0; i < n; i++) {
        const r = v - yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    case MUL:
      for (let i = 0; i < n; i++) {
        const r = v * yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
    default:
      for (let i = 0; i < n; i++) {
        const r = v / yd[yo + i];
        od[oo + i] = r;
        z += r * 0;
      }
      return z;
  }
}

type F64Source = Float64Array | number[];

/**
 * One broadcast row into a Float64Array: od[oo + j·os] = x ∘ y for j < len, where an operand with stride 0 is the
 * same value all along the row (a bias row added to every row of x @ W, x − max(x, keepdims)). Operands are
 * Float64Array or small plain arrays of doubles.
 */
export function rowF64(
  code: number,
  xd: F64Source,
  xo: number,
  xs: number,
  yd: F64Source,
  yo: number,
  ys: number,
  od: Float64Array,
  oo: number,
  os: number,
  len: number,
): number {
  let z = 0;
  if (xs === 0) {
    const a = xd[xo];
    switch (code) {
      case ADD:
        for (let j = 0; j < len; j++, yo += ys, oo += os) {
          const r = a + yd[yo];
          od[oo] = r;
          z += r * 0;
        }
        return z;
      case SUB:
        for (let j = 0; j < len; j++, yo += ys, oo += os) {
          const r = a - yd[yo];
          od[oo] = r;
          z += r * 0;
        }
        return z;
      case MUL:
        for (let j = 0; j < len; j++, yo += ys, oo += os) {
          const r = a * yd[yo];
          od[oo] = r;
          z += r * 0;
        }
        return z;
      default:
        for (let j = 0; j < len; j++, yo += ys, oo += os) {
          const r = a / yd[yo];
          od[oo] = r;
          z += r * 0;
        }
        return z;
    }
  }
  if (ys === 0) {
    const b = yd[yo];
    switch (code) {
      case ADD:
        for (let j = 0; j < len; j++, xo += xs, oo += os) {
          const r = xd[xo] + b;
          od[oo] = r;
          z += r * 0;
        }
        return z;
      case SUB:
        for (let j = 0; j < len; j++, xo += xs, oo += os) {
          const r = xd[xo] - b;
          od[oo] = r;
          z += r * 0;
        }
        return z;
      case MUL:
        for (let j = 0; j < len; j++, xo += xs, oo += os) {
          const r = xd[xo] * b;
          od[oo] = r;
          z += r * 0;
        }
        return z;
      default:
        for (let j = 0; j < len; j++, xo += xs, oo += os) {
          const r = xd[xo] / b;
          od[oo] = r;
          z += r * 0;
        }
        return z;
    }
  }
  switch (code) {
    case ADD:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        const r = xd[xo] + yd[yo];
        od[oo] = r;
        z += r * 0;
      }
      return z;
    case SUB:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        const r = xd[xo] - yd[yo];
        od[oo] = r;
        z += r * 0;
      }
      return z;
    case MUL:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        const r = xd[xo] * yd[yo];
        od[oo] = r;
        z += r * 0;
      }
      return z;
    default:
      for (let j = 0; j < len; j++, xo += xs, yo += ys, oo += os) {
        const r = xd[xo] / yd[yo];
        od[oo] = r;
        z += r * 0;
      }
      return z;
  }
}

/**
 * st[i] = f(d[o+i]) for the common float64 ufuncs by name (monomorphic loops: a shared `f(...)` call site would be
 * megamorphic); returns 0 when every result is finite, NaN when one is not, -1 when the loop did not look (the
 * caller checks). false: not one of these names.
 */
export function unaryF64(name: string, d: Float64Array, o: number, st: Float64Array, n: number): number | false {
  switch (name) {
    case "negative":
      for (let i = 0; i < n; i++) st[i] = -d[o + i];
      return -1;
    case "exp": {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.exp(d[o + i]);
        st[i] = v;
        z += v * 0;
      }
      return z;
    }
    case "square":
      for (let i = 0; i < n; i++) {
        const v = d[o + i];
        st[i] = v * v;
      }
      return -1;
    case "tanh":
      for (let i = 0; i < n; i++) st[i] = Math.tanh(d[o + i]);
      return -1;
    case "log": {
      let z = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.log(d[o + i]);
        st[i] = v;
        z += v * 0;
      }
      return z;
    }
    case "sqrt":
      for (let i = 0; i < n; i++) st[i] = Math.sqrt(d[o + i]);
      return -1;
  }
  return false;
}

/** whether d[o .. o+n) holds a NaN or an infinity */
export function nonFiniteF64(d: Float64Array, o: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const v = d[o + i];
    if (v - v !== 0) return true;
  }
  return false;
}
