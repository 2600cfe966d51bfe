// Mutation analysis (lib/content/mutation.ts): a deliberately weak item's survivor is reported with the item,
// the mutant and the seeds; acknowledged equivalents and stale acknowledgements; and the whole bank kills every
// non-equivalent mutant of its code content (the check content:check runs).
import { beforeAll, describe, expect, it } from "vitest";
import { createGradingSession } from "@/lib/grading/engine-adapter";
import {
  gapFills,
  mutateCodeBlank,
  mutateContent,
  mutateExercise,
  mutationIssues,
  mutationScore,
  mutationTable,
} from "@/lib/content/mutation";
import { readContent, type Content, type Exercise, type Item } from "@/lib/content/read";
import { CodeBlankItem, ExerciseFile } from "@/lib/content/schema";

const opts = { createSession: createGradingSession };

/** The review's defect: threshold fixed at 1.0, so a fill that forgets the threshold is graded correct. */
function clippingItem(threshold: string, accept?: { id: string; reason: string }[]): Item {
  const data = CodeBlankItem.parse({
    section: "day3-bptt",
    kind: "code_blank",
    hints: [{ en: "h", ja: "ヒント" }],
    template:
      "def clip(gradient, threshold):\n    norm = np.linalg.norm(gradient)\n    if norm > threshold:\n        return ____\n    return gradient\n\nclipped = clip(g, threshold)\n",
    answer: {
      setup: `import numpy as np\nrng = np.random.RandomState(SEED)\ng = rng.standard_normal(5) * 10\nthreshold = ${threshold}\n`,
      reference: "gradient * threshold / norm",
      compare: ["clipped"],
      wrong: ["gradient * norm"],
    },
    ...(accept ? { mutants: { accept } } : {}),
  });
  return {
    slug: "weak-clip",
    dir: "fixture/weak-clip",
    file: "fixture/weak-clip/item.yaml",
    data,
    prompt: { en: "p", ja: "問" },
    explanation: { en: "e", ja: "解" },
  };
}

const FORGETS = "drop-factor: gradient * threshold → gradient";

describe("mutation analysis of a code_blank item", () => {
  it("reports the survivor of a weak setup with the item, the mutant and the seeds", async () => {
    const r = await mutateCodeBlank(clippingItem("1.0"), opts);
    expect(r.survivors.map((s) => s.id)).toContain(FORGETS);
    const issue = mutationIssues([r]).find((i) => i.message.includes(FORGETS))!;
    expect(issue.file).toBe("fixture/weak-clip/item.yaml");
    expect(issue.message).toContain("seeds 0, 1, 2");
    expect(issue.message).toContain("gradient / norm");
    expect(mutationScore(r)).toBeLessThan(1);
  });

  it("kills it once the threshold varies by seed", async () => {
    const r = await mutateCodeBlank(clippingItem("[0.5, 2.5, 4.0][SEED % 3]"), opts);
    expect(r.survivors.map((s) => s.id)).not.toContain(FORGETS);
  });

  it("moves an acknowledged survivor to the equivalents and reports an acknowledgement that no longer survives", async () => {
    const ok = await mutateCodeBlank(clippingItem("1.0", [{ id: FORGETS, reason: "r" }]), opts);
    expect(ok.equivalent.map((s) => s.id)).toContain(FORGETS);
    expect(ok.survivors.map((s) => s.id)).not.toContain(FORGETS);
    const stale = await mutateCodeBlank(clippingItem("[0.5, 2.5, 4.0][SEED % 3]", [{ id: FORGETS, reason: "r" }]), opts);
    expect(mutationIssues([stale]).map((i) => i.path + ": " + i.message)).toContain(
      `mutants.accept: "${FORGETS}" is no longer a surviving mutant; remove it`,
    );
  });
});

describe("mutation analysis of a gap-fill exercise", () => {
  const exercise = (threshold: string): Exercise => ({
    slug: "weak-clip-ex",
    dir: "fixture/weak-clip-ex",
    file: "fixture/weak-clip-ex/exercise.yaml",
    data: ExerciseFile.parse({
      section: "day3-bptt",
      title: { en: "t", ja: "題" },
      mode: "gapfill",
      tests: [
        { name: "public", seed: 0, calls: [{ fn: "clip", args: "g, threshold" }] },
        { name: "hidden", hidden: true, seed: 1, calls: [{ fn: "clip", args: "g, threshold" }] },
      ],
    }),
    prompt: { en: "p", ja: "問" },
    hints: [{ en: "h", ja: "ヒント" }],
    starter: "def clip(grad, threshold):\n    if np.linalg.norm(grad) > threshold:\n        return ____\n    return grad\n",
    setup: `import numpy as np\nrng = np.random.RandomState(SEED)\ng = rng.standard_normal(4) * 5\nthreshold = ${threshold}\n`,
    solution:
      "def clip(grad, threshold):\n    if np.linalg.norm(grad) > threshold:\n        return grad * threshold / np.linalg.norm(grad)\n    return grad\n",
    wrong: [],
  });

  it("mutates the blank's fill only and grades it with the exercise grader", () => {
    expect(gapFills(exercise("1.0").starter, exercise("1.0").solution)).toEqual(["grad * threshold / np.linalg.norm(grad)"]);
    const weak = mutateExercise(exercise("1.0"), {});
    const forgets = "drop-factor: grad * threshold → grad";
    expect(weak.survivors.find((s) => s.id === forgets)).toMatchObject({
      code: "return grad / np.linalg.norm(grad)",
      survived: "tests public, hidden",
    });
    const strong = mutateExercise(exercise("[0.5, 3.0][SEED % 2]"), {});
    // Left: the norm of a reversed array, truly the same value.
    expect(strong.survivors.map((s) => s.id)).toEqual(["add-reverse: np.linalg.norm(grad) → np.linalg.norm(grad[::-1])"]);
  });
});

/**
 * The suite grades at most this many mutants per item (a deterministic spread, lib/content/mutation.ts
 * capMutants): about 1,260 of the bank's 2,454 (measured 6–26 s instead of 23–38 s on the loaded 2-core machine). content:check
 * and content:mutants grade them all.
 */
const SUITE_CAP = 150;

describe("the bank", () => {
  let content: Content;
  beforeAll(async () => {
    content = await readContent("exercises");
  });

  it("kills every non-equivalent mutant of every code item and exercise", { timeout: 300_000 }, async () => {
    const t0 = Date.now();
    const results = await mutateContent(content, { ...opts, maxPerItem: SUITE_CAP });
    console.log(`${mutationTable(results)}\n(${Date.now() - t0} ms)`);
    expect(mutationIssues(results)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(18);
    for (const r of results) expect(r.graded, r.slug).toBe(Math.min(r.generated, SUITE_CAP));
  });
});
