// Body of a grader-pool thread: receives {id, versionId, version?, code}, answers {id, ok, report} or
// {id, ok: false, error}. ExerciseVersions are immutable, so the pool sends a version's content only the first time
// this thread sees it; the thread keeps it by id.
import { parentPort } from "node:worker_threads";
import { installNodeMemoryProbe } from "../engine-host/install-memory-probe";
import { gradeSubmissionCode, type GradableVersion } from "./grade-task";

// Typed-array backing stores live outside the V8 heap limit the pool sets: the probe bounds them per session.
installNodeMemoryProbe();

interface TaskMessage {
  id: number;
  versionId?: string;
  version?: GradableVersion;
  code: string;
}

const versions = new Map<string, GradableVersion>();

parentPort!.on("message", (m: TaskMessage) => {
  try {
    let version = m.version;
    if (version && m.versionId) versions.set(m.versionId, version);
    else if (!version && m.versionId) version = versions.get(m.versionId);
    if (!version) throw new Error(`exercise version ${m.versionId} is not loaded in this thread`);
    const report = gradeSubmissionCode(version, m.code);
    parentPort!.postMessage({ id: m.id, ok: true, report });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
