// Every real item under exercises/questions is graded with its own model answers (must be
// correct) and its declared wrong answers (must not be). Keeps grader and content in step.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { ItemFile } from "@/lib/content/schema";
import { answerValues, drawVariant } from "@/lib/content/params";
import { evaluateNumber } from "@/lib/content/math";
import { gradeAnswer, isPending } from "@/lib/grading";

const root = path.resolve(__dirname, "../../exercises/questions");
const items: Array<[string, ItemFile]> = existsSync(root)
  ? readdirSync(root)
      .filter((d) => existsSync(path.join(root, d, "item.yaml")))
      .map((d) => [d, ItemFile.parse(parseYaml(readFileSync(path.join(root, d, "item.yaml"), "utf8")))] as [string, ItemFile])
  : [];

const of = <K extends ItemFile["kind"]>(k: K) => items.filter(([, i]) => i.kind === k) as Array<[string, Extract<ItemFile, { kind: K }>]>;
const nonEmpty = <T,>(xs: T[]): T[] => (xs.length ? xs : ([[ "(none)", null ]] as unknown as T[]));

describe.skipIf(items.length === 0)("content items graded with their own answers", () => {
  it.each(nonEmpty(of("single_choice")))("single_choice %s", async (slug, item) => {
    if (!item) return;
    for (const o of item.options) {
      const r = await gradeAnswer(item, o.id, { slug });
      expect(r.correct).toBe(o.id === item.answer.correct);
    }
  });

  it.each(nonEmpty(of("multi_choice")))("multi_choice %s", async (slug, item) => {
    if (!item) return;
    expect((await gradeAnswer(item, item.answer.correct, { slug })).score).toBe(1);
    const wrongPick = item.options.find((o) => !item.answer.correct.includes(o.id));
    if (wrongPick) expect((await gradeAnswer(item, [...item.answer.correct, wrongPick.id], { slug })).correct).toBe(false);
  });

  it.each(nonEmpty(of("numeric")))("numeric %s (base and 5 drawn variants)", async (slug, item) => {
    if (!item) return;
    const fields = Array.isArray(item.answer) ? item.answer : [item.answer];
    for (const seed of [null, 1, 2, 3, 4, 5]) {
      const params = drawVariant({ parameters: item.parameters, constraints: item.constraints, base: item.base }, seed).values;
      const ans = answerValues(fields, params);
      const response = Array.isArray(item.answer) ? Object.fromEntries(Object.entries(ans).map(([k, v]) => [k, String(v)])) : String(ans[fields[0]!.id]);
      const r = await gradeAnswer(item, response, { slug, params });
      expect(r.correct, `${slug} seed ${seed}: ${r.feedback.message.en}`).toBe(true);
      if (!Array.isArray(item.answer)) {
        for (const d of item.answer.distractors) {
          const dv = evaluateNumber(d.expression, params);
          const w = await gradeAnswer(item, String(dv), { slug, params });
          expect(w.correct, `${slug} distractor ${d.expression}`).toBe(false);
        }
      }
    }
  });

  it.each(nonEmpty(of("formula")))("formula %s", async (slug, item) => {
    if (!item) return;
    for (const e of [item.answer.expression, ...item.answer.equivalents]) {
      const r = await gradeAnswer(item, e, { slug });
      expect(r.correct, `${slug}: ${e} → ${r.feedback.code} ${r.feedback.message.en}`).toBe(true);
    }
    for (const d of item.answer.distractors) {
      const r = await gradeAnswer(item, d.expression, { slug });
      expect(r.correct, `${slug}: distractor ${d.expression}`).toBe(false);
    }
  });

  it.each(nonEmpty(of("short_text")))("short_text %s", async (slug, item) => {
    if (!item) return;
    for (const s of [...item.answer.samples.en, ...item.answer.samples.ja]) {
      const r = await gradeAnswer(item, s, { slug });
      expect(isPending(r)).toBe(true);
      if (isPending(r)) expect(r.provisionalScore, `${slug}: sample ${s}`).toBe(1);
    }
    for (const s of [...(item.answer.wrongSamples?.en ?? []), ...(item.answer.wrongSamples?.ja ?? [])]) {
      const r = await gradeAnswer(item, s, { slug });
      if (isPending(r)) expect(r.provisionalScore, `${slug}: wrong sample ${s}`).toBeLessThan(1);
    }
  });
});
