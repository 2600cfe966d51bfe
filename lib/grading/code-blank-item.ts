// Grades a code-blank ITEM (lib/content/schema ItemFile of kind code_blank): validates the untrusted response and runs
// lib/grading/code-blank.ts. Its own module so that a grader process (lib/grader-pool/child.ts) loads only this and
// the engine, not every grader of lib/grading.
import { z } from "zod";
import type { ItemFile } from "../content/schema";
import { gradeCodeBlank, type SessionFactory } from "./code-blank";
import type { FinalGrade } from "./types";
import { fb, wrong } from "./util";

export type CodeBlankItem = Extract<ItemFile, { kind: "code_blank" }>;

export const invalidResponse = (expected: string): FinalGrade =>
  wrong(
    fb(
      "response.invalid",
      `The submitted answer has the wrong format (expected ${expected}). Please reload the page and try again.`,
      `送信された解答の形式が正しくありません（${expected} が必要です）。ページを再読み込みしてもう一度お試しください。`,
    ),
  );

export function gradeCodeBlankItem(item: CodeBlankItem, response: unknown, createSession: SessionFactory | undefined): FinalGrade {
  const r = z.string().max(10_000).nullish().safeParse(response);
  if (!r.success) return invalidResponse("one line of code");
  if (!createSession) {
    return wrong(
      fb(
        "code.engine_unavailable",
        "The Python engine is not available, so this answer could not be graded. Please try again later.",
        "Python 実行エンジンが利用できないため採点できませんでした。しばらくしてからもう一度お試しください。",
      ),
    );
  }
  return gradeCodeBlank(
    {
      template: item.template,
      setup: item.answer.setup,
      reference: item.answer.reference,
      compare: item.answer.compare,
      rtol: item.answer.rtol,
      atol: item.answer.atol,
      dtype: item.answer.dtype,
    },
    r.data,
    { createSession },
  );
}
