// The pool that grades code-blank answers for this process (practice checks and exam submits in the web server):
// separate from the queue's pool, so a check never waits behind exercise gradings, and small (KAKUNIN_ANSWER_GRADERS,
// default 2 or the number of cores if fewer). Started at server start (instrumentation.ts) so checks find warm
// processes; created on first use otherwise.
import os from "node:os";
import { GraderPool } from "./pool";

const g = globalThis as unknown as { __kakuninAnswerPool?: GraderPool };

export function answerPool(): GraderPool {
  g.__kakuninAnswerPool ??= new GraderPool({
    size: Number(process.env.KAKUNIN_ANSWER_GRADERS || Math.min(2, os.availableParallelism())),
    log: (l) => console.log(`[grader] answers: ${l}`),
  });
  return g.__kakuninAnswerPool;
}
