// Tolerance probes (lib/content/probes.ts): the textbook-equivalent forms derived from a reference fill or program,
// and a free exercise's probes graded by the exercise grader.
import { describe, expect, it } from "vitest";
import { fillProbes, probeExercise, probeIssues, programProbes } from "@/lib/content/probes";
import { ExerciseFile } from "@/lib/content/schema";
import type { Exercise } from "@/lib/content/model";

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

describe("programProbes (free exercises, one statement changed per probe)", () => {
  const SGD = 'def sgd(W, dW, lr):\n    W = W - lr * dW\n    return W\n\ndef step(p, g):\n    p["W"] -= 0.1 * g\n    return p\n';

  it("writes an update in place and an in-place update as a new array, each on its own line", () => {
    const probes = programProbes(SGD);
    expect(probes.map((p) => [p.id, p.shown])).toEqual([
      ["line 2: in place: -=", "W -= lr * dW"],
      ["line 6: new array: -= → = … -", 'p["W"] = p["W"] - 0.1 * g'],
    ]);
    expect(probes[0]!.source).toBe(SGD.replace("W = W - lr * dW", "W -= lr * dW"));
  });

  it("adds epsilons to computed denominators and leaves other lines byte for byte", () => {
    const src = "def normalise(v):\n    # keep this comment\n    return v / np.sum(v)\n";
    const probes = programProbes(src);
    expect(probes.map((p) => p.shown)).toEqual(["return v / (np.sum(v) + 1e-7)", "return v / (np.sum(v) + 0.000001)"]);
    expect(probes[0]!.source.split("\n").slice(0, 2)).toEqual(src.split("\n").slice(0, 2));
  });

  it("does not rewrite `x = y - x` (the target is not the left operand) or `x = x @ W`", () => {
    expect(programProbes("x = y - x\nx = x @ W\n")).toEqual([]);
  });
});

describe("probeExercise on a free exercise", () => {
  const exercise = (rtol: number): Exercise => ({
    slug: "probe-free",
    dir: "fixture/probe-free",
    file: "fixture/probe-free/exercise.yaml",
    data: ExerciseFile.parse({
      section: "day1-backprop",
      title: { en: "t", ja: "題" },
      mode: "free",
      rtol,
      tests: [
        {
          name: "public",
          seed: 0,
          calls: [
            { fn: "normalise", args: "v" },
            { fn: "sgd", args: "W, dW, 0.1" },
          ],
        },
        {
          name: "hidden",
          hidden: true,
          seed: 1,
          calls: [
            { fn: "normalise", args: "v" },
            { fn: "sgd", args: "W, dW, 0.1" },
          ],
        },
      ],
    }),
    prompt: { en: "p", ja: "問" },
    hints: [{ en: "h", ja: "ヒント" }],
    starter: "def normalise(v):\n    pass\n\ndef sgd(W, dW, lr):\n    pass\n",
    setup: "import numpy as np\nrng = np.random.RandomState(SEED)\nv = rng.rand(5) + 0.5\nW = rng.randn(3, 2)\ndW = rng.randn(3, 2)\n",
    solution: "def normalise(v):\n    return v / np.sum(v)\n\ndef sgd(W, dW, lr):\n    W = W - lr * dW\n    return W\n",
    wrong: [],
  });

  it("grades every probe with the exercise grader: the in-place update passes; an epsilon fails a tolerance of 1e-12", () => {
    const tight = probeExercise(exercise(1e-12));
    expect(tight.probes).toBe(3);
    expect(tight.failed.map((f) => f.probe.id)).toEqual([
      "line 2: epsilon 1e-7 in a denominator: np.sum(v) → np.sum(v) + 1e-7",
      "line 2: epsilon 0.000001 in a denominator: np.sum(v) → np.sum(v) + 0.000001",
    ]);
    const [issue] = probeIssues([tight]);
    expect(issue!.message).toContain("⇒  return v / (np.sum(v) + 1e-7)):");
    expect(issue!.message).toContain("relative");
    expect(probeExercise(exercise(1e-5)).failed).toEqual([]);
  });
});
