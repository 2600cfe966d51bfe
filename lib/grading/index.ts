/**
 * Single entry point: grade a learner's response to a content item.
 *
 * `item` is a parsed `exercises/questions/<slug>/item.yaml` (lib/content/schema.ts
 * ItemFile, defaults applied). `response` is untrusted (from a request body) and is
 * validated here; its expected shape per kind:
 *   single_choice → string (option id)
 *   multi_choice  → string[] (option ids)
 *   numeric       → string | number for a single field; Record<fieldId, string | number> for several
 *   formula       → string
 *   code_blank    → string (the one-line fill)
 *   short_text    → string
 */
import { z } from "zod";
import type { ItemFile } from "../content/schema";
import { drawVariant, answerValues } from "../content/params";
import { evaluateNumber } from "../content/math";
import { gradeMultiChoice, gradeSingleChoice } from "./choice";
import type { SessionFactory } from "./code-blank";
import { gradeCodeBlankItem, invalidResponse } from "./code-blank-item";
import { gradeFormula } from "./formula";
import { gradeNumeric, type NumericSpec, type NumericTolerance } from "./numeric";
import { gradeShortText } from "./short-text";
import type { FinalGrade, GradeResult, LocalizedText } from "./types";
import { fb, final, hashString, wrong } from "./util";

export * from "./types";
export { describeRule, shuffleOptions } from "./choice";
export { parseFormula } from "./formula";
export { parseNumber, describeTolerance } from "./numeric";
export { compareValues } from "./array-compare";

export interface GradeContext {
  /** Item slug (used to derive deterministic seeds). */
  slug?: string;
  /**
   * Seed of this item's variant (lib/content/params itemSeed(attemptSeed, slug));
   * null/undefined → the base variant. Used for numeric items with parameters.
   */
  variantSeed?: number | null;
  /** Parameter values of the variant shown to the learner; overrides variantSeed. */
  params?: Record<string, number>;
  /** Seed for formula sample points. Default: hash of the slug/expression. */
  seed?: number | string;
  /** Fresh Python sessions, required for code_blank (see engine-adapter). */
  createSession?: SessionFactory;
}

const invalid = invalidResponse;

const Str = z.string().max(10_000);
const StrOrNull = Str.nullish();
const NumInput = z.union([Str, z.number()]).nullish();

function optionFeedback(options: ReadonlyArray<{ id: string; feedback?: LocalizedText | undefined }>): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const o of options) if (o.feedback) out[o.id] = o.feedback;
  return out;
}

function numericTolerance(tol: { abs?: number | undefined; rel?: number | undefined }): NumericTolerance {
  return { mode: "absrel", ...(tol.abs !== undefined ? { abs: tol.abs } : {}), ...(tol.rel !== undefined ? { rel: tol.rel } : {}) };
}

type NumericItemT = Extract<ItemFile, { kind: "numeric" }>;

function gradeNumericItem(item: NumericItemT, response: unknown, ctx: GradeContext): FinalGrade {
  const fields = Array.isArray(item.answer) ? item.answer : [item.answer];
  const params =
    ctx.params ??
    drawVariant({ parameters: item.parameters, constraints: item.constraints, base: item.base }, ctx.variantSeed ?? null).values;
  const answers = answerValues(fields, params);
  const byField: Record<string, unknown> = {};
  if (Array.isArray(item.answer)) {
    const r = z.record(z.string(), NumInput).safeParse(response);
    if (!r.success) return invalid("an object of field → number");
    Object.assign(byField, r.data);
  } else {
    const r = NumInput.safeParse(response);
    if (r.success) byField[fields[0]!.id] = r.data;
    else {
      const rr = z.record(z.string(), NumInput).safeParse(response);
      if (!rr.success) return invalid("a number");
      Object.assign(byField, rr.data);
    }
  }
  const results: Array<{ id: string; label?: LocalizedText; grade: FinalGrade }> = [];
  for (const f of fields) {
    const distractors: Array<{ value: number; feedback?: LocalizedText }> = [];
    for (const d of f.distractors) {
      try {
        distractors.push({ value: evaluateNumber(d.expression, params), ...(d.feedback ? { feedback: d.feedback } : {}) });
      } catch {
        /* a distractor that cannot be evaluated for this variant is skipped */
      }
    }
    const spec: NumericSpec = { answer: answers[f.id]!, tolerance: numericTolerance(f.tolerance), distractors };
    const raw = byField[f.id] as string | number | null | undefined;
    results.push({ id: f.id, ...(f.label ? { label: f.label } : {}), grade: gradeNumeric(spec, raw) });
  }
  if (results.length === 1) return results[0]!.grade;
  const nRight = results.filter((r) => r.grade.correct).length;
  const all = nRight === results.length;
  const score = item.scoring.rule === "per_field" ? nRight / results.length : all ? 1 : 0;
  const fieldsDetail = Object.fromEntries(results.map((r) => [r.id, { correct: r.grade.correct, feedback: r.grade.feedback }]));
  const firstWrong = results.find((r) => !r.grade.correct);
  const lbl = firstWrong?.label ?? { en: firstWrong?.id ?? "", ja: firstWrong?.id ?? "" };
  return final(
    all,
    score,
    all
      ? fb("numeric.correct", "Correct.", "正解です。", { fields: fieldsDetail })
      : fb(
          "numeric.fields",
          `${nRight} of ${results.length} values are correct. ${lbl.en}: ${firstWrong!.grade.feedback.message.en}`,
          `${results.length} 個中 ${nRight} 個の値が正解です。${lbl.ja}：${firstWrong!.grade.feedback.message.ja}`,
          { fields: fieldsDetail },
        ),
  );
}

/** Grade `response` to `item`. Never throws for bad learner input. */
export async function gradeAnswer(item: ItemFile, response: unknown, ctx: GradeContext = {}): Promise<GradeResult> {
  switch (item.kind) {
    case "single_choice": {
      const r = StrOrNull.safeParse(response);
      if (!r.success) return invalid("an option id");
      return gradeSingleChoice(
        { options: item.options.map((o) => o.id), answer: item.answer.correct, optionFeedback: optionFeedback(item.options) },
        r.data,
      );
    }
    case "multi_choice": {
      const r = z.array(Str).max(100).nullish().safeParse(response);
      if (!r.success) return invalid("a list of option ids");
      return gradeMultiChoice(
        {
          options: item.options.map((o) => o.id),
          answers: item.answer.correct,
          rule: item.scoring.rule,
          optionFeedback: optionFeedback(item.options),
        },
        r.data,
      );
    }
    case "numeric":
      return gradeNumericItem(item, response, ctx);
    case "formula": {
      const r = StrOrNull.safeParse(response);
      if (!r.success) return invalid("a formula");
      return gradeFormula(
        {
          expression: item.answer.expression,
          variables: Object.fromEntries(Object.entries(item.variables).map(([k, v]) => [k, { domain: v.domain }])),
          tolerance: item.answer.tolerance,
          samples: Math.max(item.answer.samples, 20),
          distractors: item.answer.distractors.map((d) => ({ expression: d.expression, ...(d.feedback ? { feedback: d.feedback } : {}) })),
        },
        r.data,
        { seed: ctx.seed ?? hashString(ctx.slug ?? item.answer.expression) },
      );
    }
    case "code_blank":
      return gradeCodeBlankItem(item, response, ctx.createSession);
    case "short_text": {
      const r = StrOrNull.safeParse(response);
      if (!r.success) return invalid("text");
      return gradeShortText(
        {
          rubric: item.answer.rubric.map((c) => ({
            id: c.id,
            points: c.points,
            keywords: c.keywords,
            ...(c.description ? { description: c.description } : {}),
          })),
          maxLength: item.maxLength,
          rule: item.scoring.rule,
        },
        r.data,
      );
    }
    default: {
      const k = (item as { kind?: unknown }).kind;
      return wrong(fb("item.unknown_kind", `Unknown question kind: ${String(k)}`, `未知の問題形式です：${String(k)}`));
    }
  }
}
