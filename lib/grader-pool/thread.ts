// Body of a grader-pool thread: receives {id, version, code}, answers {id, ok, report} or {id, ok: false, error}.
import { parentPort } from "node:worker_threads";
import { gradeSubmissionCode, type GradableVersion } from "./grade-task";

interface TaskMessage {
  id: number;
  version: GradableVersion;
  code: string;
}

parentPort!.on("message", (m: TaskMessage) => {
  try {
    const report = gradeSubmissionCode(m.version, m.code);
    parentPort!.postMessage({ id: m.id, ok: true, report });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
