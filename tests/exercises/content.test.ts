// Every code exercise: the reference passes, the starter and every wrong/*.py fixture fail (the same proof as
// `npm run exercises:check`), the public payload carries no solution or hidden-test data, and the browser's
// public Run / the server's full grading from stored payloads agree with grading from the content tree.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalJson, exercisePayload } from "@/lib/content/load";
import { readContent, type Content } from "@/lib/content/read";
import { compareValues, type ExportedValue } from "@/lib/grading/array-compare";
import { gradeSubmission, runPublicTests, type ExerciseSecret, type PublicExerciseContent } from "@/lib/exercises/payload";
import { expectationsFor } from "@/lib/exercises/expectations";
import { proveExercise } from "@/lib/content/prove";

let content: Content;
beforeAll(async () => {
  content = await readContent("exercises");
});

const REQUIRED = [
  "bptt-backward",
  "gradient-clipping",
  "lstm-cell-forward",
  "gru-update",
  "bidirectional-rnn",
  "word-embedding",
  "recursive-net",
  "d-tanh",
  "rnn-binary-addition-lab",
];

/**
 * Texts that would show a hidden expected value in the public content: its JSON as stored (keys sorted, as
 * canonicalJson stores every payload) and, as a prompt or explanation would quote them, a scalar's number or an
 * array's data. A text under 6 characters identifies nothing: `true`, `false`, `null` or `0.5` are in every payload
 * ("lab":false, a public test's flags and tolerances).
 */
function leakTexts(v: ExportedValue): string[] {
  const o = v && typeof v === "object" ? (v as { py?: unknown; value?: unknown; data?: unknown }) : null;
  const texts = [o ? canonicalJson(v) : JSON.stringify(v)];
  if (o?.py === "scalar" && typeof o.value === "number") texts.push(String(o.value));
  if (o?.py === "ndarray") texts.push(JSON.stringify(o.data));
  return texts.filter((t) => t.length >= 6);
}

describe("code exercises", () => {
  it("include the Day 3 set and the lab", () => {
    const slugs = content.exercises.map((e) => e.slug);
    for (const s of REQUIRED) expect(slugs).toContain(s);
    const lab = content.exercises.find((e) => e.slug === "rnn-binary-addition-lab")!;
    expect(lab.data.lab).toBe(true);
    expect(lab.data.mode).toBe("free");
    expect(lab.solution).toMatch(/matplotlib\.pyplot/);
    for (const s of ["lstm-cell-forward", "gru-update"]) expect(content.exercises.find((e) => e.slug === s)!.data.mode).toBe("free");
  });

  it("reference passes, starter and every wrong fixture fail (one caught by a hidden test)", { timeout: 120_000 }, () => {
    const problems: string[] = [];
    for (const ex of content.exercises) {
      const proof = proveExercise(ex);
      for (const p of proof.problems) problems.push(`${ex.slug}/${p.file}: ${p.message}`);
      expect(proof.programs.length, ex.slug).toBe(2 + ex.wrong.length);
    }
    expect(problems).toEqual([]);
  });

  it("the public payload contains neither the solution nor hidden tests or their expectations", () => {
    for (const ex of content.exercises) {
      const p = exercisePayload(ex);
      const pub = JSON.stringify(p.content);
      const c = p.content as Record<string, unknown>;
      const hidden = ex.data.tests.filter((t) => t.hidden);
      expect(pub, ex.slug).not.toContain(ex.solution.trim());
      for (const w of ex.wrong) expect(pub, `${ex.slug} wrong/${w.name}`).not.toContain(w.code.trim());
      expect(Object.keys(c.publicExpected as object).sort()).toEqual(
        ex.data.tests
          .filter((t) => !t.hidden)
          .map((t) => t.name)
          .sort(),
      );
      for (const t of hidden) expect(pub, `${ex.slug}: hidden test ${t.name}`).not.toContain(`"${t.name}"`);
      const secret = p.secret as Record<string, unknown>;
      expect(Object.keys(secret.hiddenExpected as object).sort()).toEqual(hidden.map((t) => t.name).sort());
      // Hidden expected values do not appear in the public content.
      const exp = expectationsFor(ex);
      for (const t of hidden)
        for (const [name, v] of Object.entries(exp[t.name]!.values))
          for (const text of leakTexts(v)) expect(pub, `${ex.slug}: hidden ${t.name} ${name}`).not.toContain(text);
      // The payload (and so its content hash) is deterministic.
      expect(exercisePayload(ex).hash).toBe(p.hash);
    }
  });

  it("stored payloads grade like the content tree: public Run without the solution, full grading with the secret", () => {
    for (const slug of ["gradient-clipping", "bidirectional-rnn", "gru-update"]) {
      const ex = content.exercises.find((e) => e.slug === slug)!;
      const p = exercisePayload(ex);
      const pub = p.content as unknown as PublicExerciseContent;
      const secret = p.secret as unknown as ExerciseSecret;
      const run = runPublicTests(pub, ex.solution);
      expect(
        run.tests.every((t) => t.passed && !t.hidden),
        slug,
      ).toBe(true);
      const full = gradeSubmission(pub, secret, ex.solution);
      expect(full.score, slug).toBe(full.maxScore);
      for (const w of ex.wrong)
        expect(
          gradeSubmission(pub, { ...secret, solution: "raise RuntimeError('solution must not run')" }, w.code).score,
          `${slug} ${w.name}`,
        ).toBeLessThan(full.maxScore);
      const withoutExpectations = gradeSubmission({ ...pub, publicExpected: {} }, { ...secret, hiddenExpected: {} }, ex.solution);
      expect(withoutExpectations.score, slug).toBe(full.maxScore);
    }
  });

  it("expected call results agree with CPython + NumPy (tests/content/python-reference.json)", () => {
    const rec = JSON.parse(readFileSync(path.join(__dirname, "..", "content", "python-reference.json"), "utf8")) as {
      exercises: Record<string, { tests: Record<string, { calls?: ExportedValue[] }> }>;
    };
    const problems: string[] = [];
    for (const ex of content.exercises) {
      const exp = expectationsFor(ex);
      for (const t of ex.data.tests) {
        if (!t.calls.length) continue;
        const recorded = rec.exercises[ex.slug]?.tests[t.name]?.calls;
        if (!recorded) {
          problems.push(`${ex.slug} ${t.name}: not recorded (python3 scripts/record-content-reference.py)`);
          continue;
        }
        exp[t.name]!.calls.forEach((v, k) => {
          const cmp = compareValues(v, recorded[k]!, { rtol: 1e-9, atol: 1e-12, dtype: "exact" });
          if (!cmp.equal) problems.push(`${ex.slug} ${t.name} call ${k}: ${cmp.feedback.message.en}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });
});
