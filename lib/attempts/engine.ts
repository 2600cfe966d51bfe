// Code-blank answers are graded in a grader process (lib/grader-pool/answer-pool.ts), never in the web process, and
// one at a time per learner: a learner's checks and submits wait for that learner's previous one, so no learner
// holds more than one grader. (CLI tools such as content:check run the engine in-process through
// lib/grading/engine-adapter.ts instead.)
import type { CodeBlankItem } from "@/lib/grading/code-blank-item";
import type { GradeResult } from "@/lib/grading/types";
import { fb, wrong } from "@/lib/grading/util";
import { answerPool } from "@/lib/grader-pool/answer-pool";
import { GradingCrashError } from "@/lib/grader-pool/pool";

const inFlight = new Map<string, Promise<unknown>>();

/** Whether a code blank of this learner is being graded (or waiting for its grader) in this process. */
export function codeBlankInFlight(userId: string): boolean {
  return inFlight.has(userId);
}

export function gradeCodeBlankInGrader(userId: string, item: CodeBlankItem, response: unknown): Promise<GradeResult> {
  const previous = inFlight.get(userId) ?? Promise.resolve();
  const run = previous
    .then(() => answerPool().gradeAnswer(item, response))
    .catch((e: unknown) => {
      if (!(e instanceof GradingCrashError)) throw e;
      return wrong(
        fb(
          "code.grader_error",
          "This answer could not be graded because of an error in the grader. Please try again or report it.",
          "採点処理でエラーが発生したため、この解答を採点できませんでした。もう一度試すか、報告してください。",
        ),
      );
    });
  const tail = run.then(
    () => {},
    () => {},
  );
  inFlight.set(userId, tail);
  void tail.then(() => {
    if (inFlight.get(userId) === tail) inFlight.delete(userId);
  });
  return run;
}
