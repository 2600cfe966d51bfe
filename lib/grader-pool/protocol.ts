// The messages between a grader process (child.ts) and the pool (grader-process.ts), over Node's IPC channel.
// The child streams as it goes — "exec" before every engine run (the parent arms the wall-clock watchdog with that
// run's own limit), "test" after every finished exercise test — so whatever happens next, the parent already holds
// every result that was finished and knows which test was running.
import type { CodeBlankItem } from "../grading/code-blank-item";
import type { GradeResult } from "../grading/types";
import type { TestOutcome } from "../exercises/types";
import type { GradableVersion } from "./plan";

/** Grade `code` against the tests of `version` whose names are in `tests` (in that order). */
export interface ExerciseTask {
  kind: "exercise";
  id: number;
  versionId: string;
  /** Sent only the first time this process sees the version (versions are immutable; the child keeps them). */
  version?: GradableVersion;
  code: string;
  tests: string[];
}

/** Grade a code-blank answer (lib/grading/code-blank-item.ts with the real engine). */
export interface AnswerTask {
  kind: "answer";
  id: number;
  item: CodeBlankItem;
  response: unknown;
}

export type ParentMessage = ExerciseTask | AnswerTask;

export type ChildMessage =
  /** cpuMs: the CPU time (user + system) the process used to start, warm-up included. */
  | { kind: "ready"; pid: number; cpuMs: number }
  /** An engine run starts (limitMs: its own time limit) or ended (limitMs: null). */
  | { kind: "exec"; id: number; limitMs: number | null }
  | { kind: "test-start"; id: number; name: string }
  | { kind: "test"; id: number; outcome: TestOutcome }
  /** cpuS: the CPU seconds this process has used so far (the pool retires it past a limit). */
  | { kind: "done"; id: number; result?: GradeResult; cpuS: number }
  | { kind: "failed"; id: number; error: string };
