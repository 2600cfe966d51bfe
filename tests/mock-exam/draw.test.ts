// The mock exam's draw (lib/mock-exam/draw.ts, plan.ts) on a small hand-made bank: largest-remainder apportionment
// with caps, stratification by unit and section in the plan's proportions, no repeated question, determinism in the
// seed, and a bank smaller than asked. Expected counts are worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import type { Bank } from "../../lib/mock-exam/bank";
import { apportion, drawMock } from "../../lib/mock-exam/draw";
import { planIssues, type MockPlan } from "../../lib/mock-exam/plan";

const items = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}-${String(k).padStart(2, "0")}`);
// unit A: a1 (10 questions), a2 (30); unit B: b1 (20), b2 (none yet)
const BANK: Bank = {
  units: [
    {
      slug: "ua",
      title: "A",
      sections: [
        { slug: "a1", title: "a1", items: items("a1", 10) },
        { slug: "a2", title: "a2", items: items("a2", 30) },
      ],
    },
    {
      slug: "ub",
      title: "B",
      sections: [
        { slug: "b1", title: "b1", items: items("b1", 20) },
        { slug: "b2", title: "b2", items: [] },
      ],
    },
  ],
};
const plan = (p: Partial<MockPlan>): MockPlan => ({ questions: 20, timeLimitMinutes: 30, units: {}, sections: {}, ...p });
const counts = (d: ReturnType<typeof drawMock>) => Object.fromEntries(d.strata.map((s) => [s.section, s.drawn]));
const sectionOf = (slug: string) => slug.slice(0, 2);

describe("apportion (largest remainder)", () => {
  it("splits exactly when the quotas are whole, and gives leftovers to the largest remainders (ties: earlier)", () => {
    expect(apportion(100, [0.5, 0.3, 0.2])).toEqual([50, 30, 20]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]); // 3.33 each: the first takes the one left over
    expect(apportion(7, [1, 1, 1, 1])).toEqual([2, 2, 2, 1]); // 1.75 each
    expect(apportion(10, [1, 2, 7])).toEqual([1, 2, 7]);
    expect(apportion(10, [0.15, 0.85])).toEqual([2, 8]); // 1.5 / 8.5: tie, the earlier
    expect(apportion(5, [0, 1])).toEqual([0, 5]);
  });

  it("fills a stratum to its cap and re-apportions the rest among the others", () => {
    expect(apportion(10, [1, 1], [2, 100])).toEqual([2, 8]);
    expect(apportion(12, [1, 1, 1], [1, 100, 100])).toEqual([1, 6, 5]); // 11 left over two: 5.5 each, tie → earlier
    expect(apportion(10, [1, 1], [3, 4])).toEqual([3, 4]); // the bank holds 7: that is all
    expect(apportion(3, [1, 1], [0, 5])).toEqual([0, 3]);
  });
});

describe("drawMock", () => {
  it("equal units, each unit split in proportion to its sections' banks", () => {
    // 20 questions: A 10, B 10; A's 10 split 10:30 → a1 2.5, a2 7.5; remainders tie → a1 (earlier) gets the extra one
    const d = drawMock(plan({ questions: 20 }), BANK, 1);
    expect(counts(d)).toEqual({ a1: 3, a2: 7, b1: 10, b2: 0 });
    expect(d.items).toHaveLength(20);
    expect(d.shortfall).toBe(0);
  });

  it("follows unit and section weights", () => {
    // units A:B = 3:1 of 40 → A 30, B 10; sections a1:a2 = 1:3 → 7.5 and 22.5 → a1 8, a2 22
    const d = drawMock(plan({ questions: 40, units: { ua: 3, ub: 1 }, sections: { a1: 1, a2: 3 } }), BANK, 7);
    expect(counts(d)).toEqual({ a1: 8, a2: 22, b1: 10, b2: 0 });
    for (const s of ["a1", "a2", "b1"]) expect(d.items.filter((i) => sectionOf(i) === s)).toHaveLength(counts(d)[s]!);
  });

  it("gives each unit exactly its share before splitting it among sections", () => {
    // units 1:2 of 12 → 4 and 8; sections of 10 each: A 4 → 2,1,1 and B 8 → 3,3,2. (Apportioning the six sections at
    // once would give A 3 and B 9: 1.33 ×3 and 2.67 ×3 leave three extras, all to B's larger remainders.)
    const six: Bank = {
      units: ["ua", "ub"].map((u) => ({
        slug: u,
        title: u,
        sections: [1, 2, 3].map((k) => ({ slug: `${u}${k}`, title: "", items: items(`${u}${k}`, 10) })),
      })),
    };
    const d = drawMock(plan({ questions: 12, units: { ua: 1, ub: 2 } }), six, 9);
    expect(d.strata.map((s) => s.drawn)).toEqual([2, 1, 1, 3, 3, 2]);
  });

  it("a unit left out of the weights gets nothing; a section listed at 0 gets nothing", () => {
    expect(counts(drawMock(plan({ questions: 12, units: { ua: 1 } }), BANK, 3))).toEqual({ a1: 3, a2: 9, b1: 0, b2: 0 });
    expect(counts(drawMock(plan({ questions: 12, sections: { a1: 0, a2: 1 } }), BANK, 3))).toEqual({ a1: 0, a2: 6, b1: 6, b2: 0 });
  });

  it("a capped section's shortfall goes to the others in proportion", () => {
    // 50 with A:B = 1:1 wants b1 25 but b1 holds 20 → b1 20; A takes 30: a1 7.5, a2 22.5 → 8 and 22
    const d = drawMock(plan({ questions: 50, units: { ua: 1, ub: 1 } }), BANK, 5);
    expect(counts(d)).toEqual({ a1: 8, a2: 22, b1: 20, b2: 0 });
    // what the shares asked for before the caps: 6.25, 18.75, 25 → 6, 19, 25
    expect(d.strata.map((s) => s.wanted)).toEqual([6, 19, 25, 0]);
  });

  it("never repeats a question and degrades to the whole bank when it is smaller than asked", () => {
    const d = drawMock(plan({ questions: 100 }), BANK, 11);
    expect(d.items).toHaveLength(60);
    expect(new Set(d.items).size).toBe(60);
    expect(d.shortfall).toBe(40);
    expect([...d.items].sort()).toEqual([...items("a1", 10), ...items("a2", 30), ...items("b1", 20)].sort());
    for (let seed = 1; seed <= 30; seed++) {
      const x = drawMock(plan({ questions: 37, units: { ua: 2, ub: 1 } }), BANK, seed);
      expect(new Set(x.items).size).toBe(37);
    }
  });

  it("is deterministic in the seed, and different seeds draw different questions", () => {
    const p = plan({ questions: 15 });
    expect(drawMock(p, BANK, 42)).toEqual(drawMock(p, BANK, 42));
    const sets = new Set(Array.from({ length: 8 }, (_, k) => drawMock(p, BANK, k + 1).items.join(",")));
    expect(sets.size).toBeGreaterThan(1);
    // every seed keeps the same counts per section: only the questions change
    for (let seed = 1; seed <= 8; seed++) expect(counts(drawMock(p, BANK, seed))).toEqual(counts(drawMock(p, BANK, 1)));
  });
});

describe("planIssues", () => {
  it("accepts a plan the bank can serve", () => {
    expect(planIssues(plan({ units: { ua: 1, ub: 2 }, sections: { a2: 1 } }), BANK)).toEqual([]);
  });

  it("names unknown units and sections, weighted empty strata, and a plan with nothing to draw", () => {
    expect(planIssues(plan({ units: { uz: 1 } }), BANK)).toEqual([{ path: "units.uz", message: '"uz" is not a unit of this course' }]);
    expect(planIssues(plan({ sections: { zz: 1 } }), BANK)).toEqual([
      { path: "sections.zz", message: '"zz" is not a section of this course' },
    ]);
    expect(planIssues(plan({ sections: { b2: 1 } }), BANK).map((i) => i.path)).toEqual(["sections.b2"]);
    expect(planIssues(plan({ units: { ua: 0, ub: 0 } }), BANK).map((i) => i.path)).toEqual(["units"]);
    expect(planIssues(plan({ units: { ub: 1 }, sections: { b1: 0, b2: 1 } }), BANK).map((i) => i.path)).toEqual([
      "units.ub",
      "sections.b2",
    ]);
  });
});
