// Body of a grader process (started by grader-process.ts through code-cache-entry.cjs, or child-entry.mjs without a bundle): grades exercise tests and
// code-blank answers with the real engine and streams its progress to the pool (protocol.ts). Learner code runs
// only here; when it exhausts this process (heap cap, resident-memory or wall-clock watchdog, OS limits), only this
// process dies and the pool replaces it.
import fs from "node:fs";
import { gradeCodeBlankItem } from "../grading/code-blank-item";
import { createGradingSession } from "../grading/engine-adapter";
import { setDefaultClock } from "../../engine/index";
import { installNodeHost } from "../engine-host/install-node-host";
import { threadCpuClock } from "./thread-cpu";
import { watchEngineRuns } from "./exec-watch";
import { gradeTests, type GradableVersion } from "./grade-task";
import { warmUp } from "./warm-up";
import type { ChildMessage, ParentMessage } from "./protocol";

// Should the machine run out of memory after all, the kernel's OOM killer takes a grader, not the site or PostgreSQL.
try {
  fs.writeFileSync("/proc/self/oom_score_adj", "1000");
} catch {
  /* not Linux */
}

// Typed-array backing stores live outside the V8 heap cap: the probe bounds them per engine session.
installNodeHost();
// A program's time limit is the CPU time it gets: waiting for a CPU (a reniced grader, a busy machine) costs none.
setDefaultClock(threadCpuClock());

const send = (m: ChildMessage): void => {
  process.send?.(m);
};

let current = 0;
watchEngineRuns((limitMs) => send({ kind: "exec", id: current, limitMs }));

const versions = new Map<string, GradableVersion>();

function cpuS(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function handle(m: ParentMessage): void {
  current = m.id;
  try {
    if (m.kind === "exercise") {
      if (m.version) versions.set(m.versionId, m.version);
      const version = versions.get(m.versionId);
      if (!version) throw new Error(`exercise version ${m.versionId} is not loaded in this grader`);
      gradeTests(version, m.code, m.tests, {
        onStart: (name) => send({ kind: "test-start", id: m.id, name }),
        onTest: (outcome) => send({ kind: "test", id: m.id, outcome }),
      });
      send({ kind: "done", id: m.id, cpuS: cpuS() });
    } else {
      const result = gradeCodeBlankItem(m.item, m.response, createGradingSession);
      send({ kind: "done", id: m.id, result, cpuS: cpuS() });
    }
  } catch (e) {
    send({ kind: "failed", id: m.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

process.on("message", (m: ParentMessage) => handle(m));
// the pool went away (the web or worker process died): do not outlive it
process.on("disconnect", () => process.exit(0));
// the engine's code optimised before the first learner's grading (warm-up.ts); a failure shows in that grading
try {
  warmUp();
} catch {
  /* reported by the first real task */
}
// on the next turn: a bundled grader's loader (code-cache-entry.cjs) first writes the code cache when it has none
setImmediate(() => send({ kind: "ready", pid: process.pid, cpuMs: cpuS() * 1000 }));
