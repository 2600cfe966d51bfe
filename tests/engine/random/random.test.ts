/**
 * Bit-for-bit comparison of engine/random against NumPy's legacy RandomState.
 * reference.json is produced by record.py (python3 + NumPy); this test needs
 * no python.
 */
import { integersScalar } from "../../../engine/random/integers";
import { BoundedDraws } from "../../../engine/random/bounded-integers";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RandomError, RandomState, createRandomState, globalRandom, DEFAULT_SEED } from "@/engine/random";
import { glibcLog, fma } from "@/engine/random/glibc-log";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Op {
  op: string;
  args: Json[];
  kwargs?: Record<string, Json>;
  on: string;
  out?: { shape: number[]; values: (number | string)[] } & Record<string, Json>;
  error?: { type: string; message: string };
}
interface Case {
  name: string;
  seeds: Record<string, Json>;
  ops: Op[];
}

const ref = JSON.parse(readFileSync(path.join(__dirname, "reference.json"), "utf8")) as {
  numpy: string;
  cases: Case[];
};

function arg(v: Json | undefined): unknown {
  if (v && typeof v === "object" && !Array.isArray(v) && "bigint" in v) return BigInt(v.bigint as string);
  if (Array.isArray(v)) return v.map(arg);
  return v;
}

const sizeOf = (v: Json | undefined): number => (v === undefined || v === null ? 1 : (v as number));

/** Runs one recorded op; returns flat values (numbers, or bigints when exactness needs them). */
function runOp(rs: RandomState, o: Op): unknown {
  const a = o.args.map(arg) as any[];
  const wantBig = o.out?.values?.some((v) => typeof v === "string") ?? false;
  switch (o.op) {
    case "seed":
      rs.seed(a[0]);
      return null;
    case "state": {
      const s = rs.getState();
      return { key: Array.from(s.key), pos: s.pos, has_gauss: s.hasGauss ? 1 : 0, gauss: s.gauss };
    }
    case "rand":
      return Array.from(rs.randomSample(sizeOf(a[0])));
    case "randn":
      return Array.from(rs.standardNormal(sizeOf(a[0])));
    case "randint": {
      // the legacy masked draws of integers.ts; ranges beyond 2^53 straight from BoundedDraws, as bigints
      const [low, high] = (a[1] === undefined || a[1] === null ? [0, a[0]] : [a[0], a[1]]).map((v) =>
        typeof v === "bigint" ? v : BigInt(Math.trunc(v)),
      );
      if (!wantBig) return integersScalar(rs.mt, { dtype: "int64", masked: true, closed: false }, low, high, sizeOf(a[2]));
      const draws = new BoundedDraws(rs.mt, "int64", true);
      return Array.from({ length: sizeOf(a[2]) }, () => BigInt.asIntN(64, low + draws.drawBig(high - 1n - low)).toString());
    }
    case "uniform":
      return Array.from(rs.uniform(a[0] ?? 0, a[1] ?? 1, sizeOf(a[2])));
    case "normal":
      return Array.from(rs.normal(a[0] ?? 0, a[1] ?? 1, sizeOf(a[2])));
    case "choice":
      return Array.from(rs.choice(a[0], sizeOf(a[1]), a[2] ?? true, a[3]) as ArrayLike<number>);
    case "permutation":
      return typeof a[0] === "number" ? Array.from(rs.permutation(a[0])) : rs.permutationOf(a[0] as number[]);
    case "shuffle":
      return rs.shuffle([...(a[0] as number[])]);
    case "shuffle2d": {
      const [rows, cols] = a as number[];
      const m = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i * cols + j));
      rs.shuffleSwaps(rows, (i, j) => {
        const t = m[i];
        m[i] = m[j];
        m[j] = t;
      });
      return m.flat();
    }
    case "binomial":
      return Array.from(rs.binomial(a[0], a[1], sizeOf(a[2])));
    case "poisson":
      return Array.from(rs.poisson(a[0] ?? 1, sizeOf(a[1])));
    default:
      throw new Error(`unknown op ${o.op}`);
  }
}

describe(`engine/random vs NumPy ${ref.numpy} legacy RandomState`, () => {
  for (const c of ref.cases) {
    it(c.name, () => {
      const states: Record<string, RandomState> = {};
      for (const [k, seed] of Object.entries(c.seeds)) states[k] = createRandomState(arg(seed) as any);
      c.ops.forEach((o, idx) => {
        const label = `${c.name} #${idx} ${o.op}(${JSON.stringify(o.args)})`;
        const rs = states[o.on];
        if (o.error) {
          let err: unknown;
          try {
            runOp(rs, o);
          } catch (e) {
            err = e;
          }
          expect(err, label).toBeInstanceOf(RandomError);
          expect({ type: (err as RandomError).pyType, message: (err as RandomError).message }, label).toEqual(o.error);
          return;
        }
        const got = runOp(rs, o);
        if (o.op === "seed") return;
        if (o.op === "state") {
          expect(got, label).toEqual(o.out);
          return;
        }
        const want = o.out!.values;
        expect((got as unknown[]).length, label).toBe(want.length);
        // exact equality, element by element (Object.is: bit-for-bit incl. -0)
        const bad = (got as unknown[]).findIndex((g, i) => !Object.is(g, want[i]));
        if (bad >= 0) expect({ i: bad, got: (got as unknown[])[bad] }, label).toEqual({ i: bad, got: want[bad] });
      });
    });
  }
});

describe("engine/random API details", () => {
  it("default seed and factory", () => {
    const a = new RandomState();
    const b = createRandomState(DEFAULT_SEED);
    expect(Array.from(a.randomSample(4))).toEqual(Array.from(b.randomSample(4)));
    expect(globalRandom).toBeInstanceOf(RandomState);
  });

  it("scalar draws consume the same stream as arrays", () => {
    const a = new RandomState(3);
    const b = new RandomState(3);
    const arr = b.standardNormal(5);
    for (let i = 0; i < 5; i++) expect(a.nextGauss()).toBe(arr[i]);
  });

  it("bulk randomSample equals repeated nextDouble at every block alignment", () => {
    for (let skip = 0; skip < 5; skip++) {
      const a = new RandomState(77);
      const b = new RandomState(77);
      for (let k = 0; k < skip; k++) {
        a.nextUint32();
        b.nextUint32();
      }
      const bulk = a.randomSample(1500);
      for (let i = 0; i < 1500; i++) expect(bulk[i]).toBe(b.nextDouble());
    }
  });

  it("setState round-trips getState (incl. cached gaussian)", () => {
    const a = new RandomState(9);
    a.standardNormal(3);
    const st = a.getState();
    const x = a.standardNormal(7);
    const b = new RandomState(1);
    b.setState(st);
    expect(Array.from(b.standardNormal(7))).toEqual(Array.from(x));
  });

  it("glibc-compatible log: special values", () => {
    expect(glibcLog(1)).toBe(0);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(NaN)).toBeNaN();
    expect(glibcLog(Math.E)).toBe(1);
    expect(glibcLog(5e-324)).toBe(-744.4400719213812);
  });

  it("fma emulation is correctly rounded on tie-prone inputs", () => {
    // 1 + 2^-52 squared minus 1: exact value 2^-51 + 2^-104
    const u = 1 + 2 ** -52;
    expect(fma(u, u, -1)).toBe(2 ** -51 + 2 ** -104);
    // (1 + 2^-30)(1 + 2^-23) - 1 - 2^-53: rounding of the exact sum
    expect(fma(1 + 2 ** -30, 1 + 2 ** -23, -(1 + 2 ** -52))).toBe(2 ** -30 + 2 ** -23 + 2 ** -53 - 2 ** -52);
    expect(fma(2, 3, 4)).toBe(10);
  });
});
