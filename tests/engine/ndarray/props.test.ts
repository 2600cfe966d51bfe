// Property tests: broadcasting, basic indexing/views and fancy indexing against a nested-JS-array reference.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as np from "../../../engine/ndarray/index";
import { NDArray, IndexItem } from "../../../engine/ndarray/index";

const shapeArb = (maxNd = 3) => fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: maxNd });

function iota(shape: number[], start = 0): NDArray {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.arange(start, start + n), shape);
}
/** reference element access by multi-index on a C-ordered flat list */
function refGet(flat: number[], shape: number[], idx: number[]): number {
  let off = 0;
  for (let i = 0; i < shape.length; i++) off = off * shape[i] + idx[i];
  return flat[off];
}
function* multiIndices(shape: number[]): Generator<number[]> {
  const n = shape.reduce((a, b) => a * b, 1);
  const idx = new Array(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    yield idx.slice();
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d]++;
      if (idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}
function flatList(a: NDArray): number[] {
  return np.tolist(np.ravel(a)) as number[];
}

describe("broadcasting", () => {
  it("add/multiply follow broadcasting rules", () => {
    fc.assert(
      fc.property(
        shapeArb(3),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (shape, ones, drop) => {
          const sa = shape;
          const sb = shape.slice(Math.min(drop, shape.length - 1)).map((d, i) => (ones[i] ? 1 : d));
          const a = iota(sa),
            b = iota(sb, 100);
          const r = np.add(a, b) as NDArray;
          expect(r.shape).toEqual(sa);
          const fa = flatList(a),
            fb = flatList(b),
            fr = flatList(r);
          let k = 0;
          for (const idx of multiIndices(sa)) {
            const bi = idx.slice(idx.length - sb.length).map((v, i) => (sb[i] === 1 ? 0 : v));
            expect(fr[k++]).toBe(refGet(fa, sa, idx) + refGet(fb, sb, bi));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it("incompatible shapes raise the NumPy message", () => {
    expect(() => np.add(np.zeros([2, 3]), np.zeros([4, 5]))).toThrow("operands could not be broadcast together with shapes (2,3) (4,5) ");
    expect(() => np.add(np.zeros([3]), np.zeros([4]))).toThrow("operands could not be broadcast together with shapes (3,) (4,) ");
  });
  it("works on strided / transposed views", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (m, n) => {
        const a = iota([m, n]);
        const t = a.T;
        const r = np.multiply(t, 2) as NDArray;
        for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) expect(np.item(r, i, j)).toBe(2 * (i + j * n));
      }),
    );
  });
});

// ---- reference for basic indexing
type RefItem = IndexItem;
function pySlice(n: number, start?: number | null, stop?: number | null, step?: number | null): number[] {
  const st = step ?? 1;
  const out: number[] = [];
  const norm = (v: number, def: number, lo: number, hi: number) => (v == null ? def : v < 0 ? Math.max(v + n, lo) : Math.min(v, hi));
  if (st > 0) {
    const s = norm(start as number, 0, 0, n),
      e = norm(stop as number, n, 0, n);
    for (let i = s; i < e; i += st) out.push(i);
  } else {
    const s = norm(start as number, n - 1, -1, n - 1),
      e = norm(stop as number, -1, -1, n - 1);
    for (let i = s; i > e; i += st) out.push(i);
  }
  return out;
}
/** returns nested result or number */
function refIndex(flat: number[], shape: number[], spec: RefItem[]): any {
  // expand ellipsis
  const consumed = spec.filter((s) => s.kind === "int" || s.kind === "slice").length;
  const items: RefItem[] = [];
  let sawE = false;
  for (const s of spec) {
    if (s.kind === "ellipsis") {
      sawE = true;
      for (let k = 0; k < shape.length - consumed; k++) items.push({ kind: "slice" });
    } else items.push(s);
  }
  if (!sawE) for (let k = 0; k < shape.length - consumed; k++) items.push({ kind: "slice" });
  const rec = (k: number, dim: number, prefix: number[]): any => {
    if (k === items.length) return refGet(flat, shape, prefix);
    const it = items[k];
    if (it.kind === "int") {
      const i = it.i < 0 ? it.i + shape[dim] : it.i;
      return rec(k + 1, dim + 1, [...prefix, i]);
    }
    if (it.kind === "newaxis") return [rec(k + 1, dim, prefix)];
    if (it.kind === "slice") return pySlice(shape[dim], it.start, it.stop, it.step).map((i) => rec(k + 1, dim + 1, [...prefix, i]));
    throw new Error("unsupported");
  };
  return rec(0, 0, []);
}

const itemArb = (n: number) =>
  fc.oneof(
    fc.integer({ min: -n, max: n - 1 }).map((i): RefItem => ({ kind: "int", i })),
    fc
      .record({
        start: fc.option(fc.integer({ min: -6, max: 6 }), { nil: null }),
        stop: fc.option(fc.integer({ min: -6, max: 6 }), { nil: null }),
        step: fc.option(
          fc.integer({ min: -3, max: 3 }).filter((s) => s !== 0),
          { nil: null },
        ),
      })
      .map((r): RefItem => ({ kind: "slice", ...r })),
  );

describe("basic indexing", () => {
  it("getIndex matches Python semantics and returns views", () => {
    fc.assert(
      fc.property(
        shapeArb(3).chain((shape) =>
          fc.tuple(fc.constant(shape), fc.tuple(...shape.map((d) => itemArb(d))), fc.boolean(), fc.integer({ min: 0, max: 3 })),
        ),
        ([shape, items, ell, naPos]) => {
          const a = iota(shape);
          const spec: RefItem[] = items.slice(0, Math.max(1, items.length - (ell ? 1 : 0)));
          if (ell) spec.push({ kind: "ellipsis" });
          spec.splice(Math.min(naPos, spec.length), 0, { kind: "newaxis" });
          const flat = flatList(a);
          const want = refIndex(flat, shape, spec);
          const got = np.getIndex(a, spec);
          const gotJS = got instanceof NDArray ? np.tolist(got) : got.value;
          expect(gotJS).toEqual(want);
          if (got instanceof NDArray && got.size > 0) {
            // views share memory: writing through the view changes the base
            np.setIndex(got, [{ kind: "ellipsis" }], -1);
            const after = flatList(a);
            const changed = after.filter((v) => v === -1).length;
            const distinct = new Set(flatList(np.getIndex(iota(shape), spec) as NDArray)).size;
            expect(changed).toBe(distinct);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it("out of bounds / too many indices", () => {
    const b = iota([3, 4]);
    expect(() => np.getIndex(b, [{ kind: "int", i: 5 }])).toThrow("index 5 is out of bounds for axis 0 with size 3");
    expect(() =>
      np.getIndex(b, [
        { kind: "int", i: 1 },
        { kind: "int", i: 2 },
        { kind: "int", i: 3 },
      ]),
    ).toThrow("too many indices for array: array is 2-dimensional, but 3 were indexed");
    expect(() => np.getIndex(b, [{ kind: "ellipsis" }, { kind: "ellipsis" }])).toThrow("an index can only have a single ellipsis ('...')");
  });
  it("b = a[1:]; b[0] = 9 changes a", () => {
    const a = np.arange(5);
    const b = np.getIndex(a, [{ kind: "slice", start: 1 }]) as NDArray;
    np.setIndex(b, [{ kind: "int", i: 0 }], 9);
    expect(np.tolist(a)).toEqual([0, 9, 2, 3, 4]);
  });
});

describe("fancy indexing", () => {
  it("integer arrays on one axis", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: -5, max: 4 }), { minLength: 0, maxLength: 6 }),
        (m, n, raw) => {
          const idx = raw.filter((i) => i >= -m && i < m);
          const a = iota([m, n]);
          const r = np.getIndex(a, [{ kind: "array", arr: np.array(idx, "int64") }]) as NDArray;
          expect(r.shape).toEqual([idx.length, n]);
          const want = idx.map((i) => Array.from({ length: n }, (_, j) => (i < 0 ? i + m : i) * n + j));
          expect(np.tolist(r)).toEqual(want);
          // second axis
          const idx2 = raw.filter((i) => i >= -n && i < n);
          const r2 = np.getIndex(a, [{ kind: "slice" }, { kind: "array", arr: np.array(idx2, "int64") }]) as NDArray;
          expect(np.tolist(r2)).toEqual(Array.from({ length: m }, (_, i) => idx2.map((j) => i * n + (j < 0 ? j + n : j))));
        },
      ),
    );
  });
  it("boolean masks", () => {
    fc.assert(
      fc.property(shapeArb(3), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (shape, bits) => {
        const a = iota(shape);
        const n = a.size;
        const mask = np.reshape(np.array(bits.slice(0, n)), shape);
        const r = np.getIndex(a, [{ kind: "array", arr: mask }]) as NDArray;
        expect(np.tolist(r)).toEqual(
          bits
            .slice(0, n)
            .map((b, i) => (b ? i : -1))
            .filter((v) => v >= 0),
        );
        np.setIndex(a, [{ kind: "array", arr: mask }], 0);
        expect(flatList(a)).toEqual(Array.from({ length: n }, (_, i) => (bits[i] ? 0 : i)));
      }),
    );
  });
  it("multiple arrays broadcast together, separated by slice", () => {
    const x = iota([2, 3, 4]);
    const r = np.getIndex(x, [
      { kind: "array", arr: np.array([0, 1]) },
      { kind: "slice" },
      { kind: "array", arr: np.array([1, 2]) },
    ]) as NDArray;
    expect(r.shape).toEqual([2, 3]);
    expect(np.tolist(r)).toEqual([
      [1, 5, 9],
      [14, 18, 22],
    ]);
    const r2 = np.getIndex(x, [
      { kind: "slice" },
      { kind: "array", arr: np.array([0, 1]) },
      { kind: "array", arr: np.array([1, 2]) },
    ]) as NDArray;
    expect(np.tolist(r2)).toEqual([
      [1, 6],
      [13, 18],
    ]);
    const r3 = np.getIndex(iota([3, 4]), [
      { kind: "array", arr: np.array([0, 2]) },
      { kind: "slice", start: 1, stop: 3 },
    ]) as NDArray;
    expect(np.tolist(r3)).toEqual([
      [1, 2],
      [9, 10],
    ]);
    expect(() => np.getIndex(iota([3, 4]), [{ kind: "array", arr: np.array([0, 5]) }])).toThrow(
      "index 5 is out of bounds for axis 0 with size 3",
    );
    expect(() => np.getIndex(iota([3, 4]), [{ kind: "slice" }, { kind: "array", arr: np.array([0, 5]) }])).toThrow(
      "index 5 is out of bounds for axis 1 with size 4",
    );
    expect(() => np.getIndex(iota([3, 4]), [{ kind: "array", arr: np.array([true, false]) }])).toThrow(
      "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2",
    );
  });
  it("add.at is unbuffered", () => {
    const a = np.zeros([4]);
    np.ufuncAt("add", a, [{ kind: "array", arr: np.array([0, 0, 1, 3, 3, 3]) }], 1);
    expect(np.tolist(a)).toEqual([2, 1, 0, 3]);
    const b = np.zeros([3, 2]);
    np.ufuncAt(
      "add",
      b,
      [{ kind: "array", arr: np.array([0, 2, 0]) }],
      np.array([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    );
    expect(np.tolist(b)).toEqual([
      [6, 8],
      [0, 0],
      [3, 4],
    ]);
  });
});
