import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/content/read";
import { answerValues, constraintsHold, drawVariant, itemSeed, mulberry32, paramValues, renderTemplate } from "@/lib/content/params";

const conv = {
  parameters: {
    H: { range: [4, 16] as [number, number], step: 1 },
    W: { range: [4, 16] as [number, number], step: 1 },
    FH: { choices: [2, 3, 4, 5] },
    FW: { choices: [2, 3, 4, 5] },
    S: { choices: [1, 2, 3] },
    P: { range: [1, 2] as [number, number], step: 1 },
  },
  constraints: ["(H + 2*P - FH) % S == 0", "(W + 2*P - FW) % S == 0", "FH <= H", "FW <= W"],
  base: { H: 5, W: 5, FH: 3, FW: 3, S: 2, P: 1 },
};
const fields = [
  { id: "OH", expression: "(H + 2*P - FH) / S + 1" },
  { id: "OW", expression: "(W + 2*P - FW) / S + 1" },
];

describe("mulberry32", () => {
  it("is deterministic and uniform-ish in [0, 1)", () => {
    const a = mulberry32(42),
      b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });
});

describe("drawVariant", () => {
  it("the base case is 5x5 input, 3x3 filter, stride 2, padding 1 → 3x3", () => {
    const v = drawVariant(conv, null);
    expect(answerValues(fields, v.values)).toEqual({ OH: 3, OW: 3 });
  });

  it("same seed → same variant; every draw satisfies the constraints and divides exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const v = drawVariant(conv, seed);
        expect(drawVariant(conv, seed)).toEqual(v);
        expect(constraintsHold(conv, v.values)).toBe(true);
        const a = answerValues(fields, v.values);
        expect(Number.isInteger(a.OH) && Number.isInteger(a.OW)).toBe(true);
        expect(a.OH).toBeGreaterThanOrEqual(1);
        for (const [k, spec] of Object.entries(conv.parameters)) expect(paramValues(spec)).toContain(v.values[k]);
      }),
      { numRuns: 300 },
    );
  });

  it("different seeds give different variants", () => {
    const seen = new Set(Array.from({ length: 100 }, (_, s) => JSON.stringify(drawVariant(conv, s + 1).values)));
    expect(seen.size).toBeGreaterThan(50);
  });

  it("throws on unsatisfiable constraints instead of looping", () => {
    expect(() => drawVariant({ ...conv, constraints: ["H > 100"] }, 1)).toThrow(/no variant/);
  });

  it("itemSeed separates items within one attempt", () => {
    expect(itemSeed(7, "a")).not.toBe(itemSeed(7, "b"));
    expect(itemSeed(7, "a")).toBe(itemSeed(7, "a"));
  });

  it("fractional steps give clean values", () => {
    expect(paramValues({ range: [0.1, 0.9], step: 0.1 })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
  });

  it("renders prompts", () => {
    expect(renderTemplate("H = {{H}}, P = {{ P }}, {{X}}", { H: 5, P: 1 })).toBe("H = 5, P = 1, {{X}}");
  });

  it("every parameterised item of the bank draws valid variants for the same seed twice", async () => {
    const c = await readContent("exercises");
    for (const item of c.items) {
      if (item.data.kind !== "numeric" || !item.data.parameters) continue;
      for (let s = 0; s < 50; s++) expect(drawVariant(item.data, s), item.slug).toEqual(drawVariant(item.data, s));
    }
  });
});
