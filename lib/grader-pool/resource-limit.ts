// What a learner reads when a grader process was stopped: per exercise test (TestOutcome) and per code-blank answer
// (FinalGrade). Bilingual like lib/exercises/run-tests.ts and lib/grading/util.ts.
import type { FinalGrade } from "../grading/types";
import { fb, wrong } from "../grading/util";
import type { DeathCause } from "./grader-process";
import type { TestOutcome } from "../exercises/types";
import type { PlannedTest } from "./plan";

const REASON: Record<DeathCause, { en: string; ja: string }> = {
  memory: {
    en: "it used more memory than a grader allows. Look for very large lists, sets, strings or numbers",
    ja: "採点プロセスのメモリ上限を超えました。非常に大きなリスト・集合・文字列・数値を作っていないか確認してください",
  },
  time: {
    en: "it ran longer than its time limit. Look for an endless loop or a very large computation",
    ja: "制限時間を超えて実行されました。無限ループや非常に大きな計算がないか確認してください",
  },
  cpu: {
    en: "it used more CPU time than a grader allows. Look for an endless loop or a very large computation",
    ja: "採点プロセスの CPU 時間の上限を超えました。無限ループや非常に大きな計算がないか確認してください",
  },
  crash: {
    en: "the grader running it stopped unexpectedly",
    ja: "実行中の採点プロセスが予期せず停止しました",
  },
};

/** A failed outcome of `t` with resource-limit feedback (the learner's code caused it, so it counts as theirs). */
function limitOutcome(t: PlannedTest, durationMs: number, limit: string, message: { en: string; ja: string }): TestOutcome {
  return {
    name: t.name,
    hidden: t.hidden,
    passed: false,
    points: 0,
    maxPoints: t.points,
    durationMs,
    feedback: { code: "exercise.resource_limit", message, details: { limit } },
    ...(limit === "not_run" ? {} : { error: { type: "ResourceLimit", message: limit, inLearnerCode: true } }),
  };
}

/** The test that was running when its grader process was stopped. */
export function stoppedTest(t: PlannedTest, cause: DeathCause, durationMs: number): TestOutcome {
  const r = REASON[cause];
  return limitOutcome(t, durationMs, cause, {
    en: `Resource limit: this test was stopped because ${r.en}.`,
    ja: `リソース上限：このテストは停止されました。${r.ja}。`,
  });
}

/** A test not run because this submission's graders were already stopped MAX_STOPS times. */
export function notRunTest(t: PlannedTest, stops: number): TestOutcome {
  return limitOutcome(t, 0, "not_run", {
    en: `Resource limit: not run, because this submission already stopped ${stops} graders (memory or time limits).`,
    ja: `リソース上限：この提出はすでに ${stops} 回採点プロセスを停止させたため、このテストは実行されませんでした（メモリまたは時間の上限）。`,
  });
}

/** A code-blank answer whose grader process was stopped. */
export function stoppedAnswer(cause: DeathCause): FinalGrade {
  const r = REASON[cause];
  return wrong(
    fb("code.resource_limit", `Resource limit: your code was stopped because ${r.en}.`, `リソース上限：コードは停止されました。${r.ja}。`, {
      limit: cause,
    }),
  );
}
