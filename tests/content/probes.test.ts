// Tolerance probes (lib/content/probes.ts): the textbook-equivalent forms derived from a reference fill.
import { describe, expect, it } from "vitest";
import { fillProbes } from "@/lib/content/probes";

const ids = (fill: string, dtypeFixed = false) => fillProbes(fill, { dtypeFixed }).map((p) => p.id);

describe("fillProbes", () => {
  it("adds an epsilon to denominators computed by a call (sums, norms, 1 + exp(-x))", () => {
    expect(ids("g / np.linalg.norm(g)").filter((i) => i.startsWith("epsilon"))).toHaveLength(2);
    expect(fillProbes("np.exp(a) / np.sum(np.exp(a), axis=1, keepdims=True)", { dtypeFixed: false }).map((p) => p.source)).toContain(
      "np.exp(a) / (np.sum(np.exp(a), axis=1, keepdims=True) + 1e-7)",
    );
    expect(ids("1 / (1 + np.exp(-x))").some((i) => i.startsWith("epsilon"))).toBe(true);
  });

  it("leaves sizes and step sizes alone: nobody guards batch_size or 2 * h against zero", () => {
    for (const fill of ["(y - t) / batch_size", "(fxh1 - fxh2) / (2 * h)", "-np.sum(t * np.log(y + delta)) / y.shape[0]", "x / 2"])
      expect(ids(fill).filter((i) => i.startsWith("epsilon"))).toEqual([]);
  });

  it("probes a float32 result only where the item does not fix the dtype", () => {
    expect(ids("a @ b").some((i) => i.startsWith("float32"))).toBe(true);
    expect(ids("a @ b", true).some((i) => i.startsWith("float32"))).toBe(false);
  });
});
