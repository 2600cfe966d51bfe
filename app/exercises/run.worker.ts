// The Python engine in a Web Worker: syntax checks while typing, and Run on the public tests (never an attempt).
// Per-test results come from THE exercise test runner (lib/exercises/run-tests.ts, the same code the server grader
// uses) against the public expectations shipped with the page; one more run of the first public test's setup +
// code gives the stdout and plots shown to the learner. Stoppable: the page terminates this worker.
import { checkSyntax, loadAllOnImport, loadStdlib, ModuleLoadError, runLoadingModules, Session, type PlotSpec } from "@/engine/core";
import { publicRunInput } from "@/lib/exercises/payload";
import { LEARNER_FILE, learnerLine, runExerciseTests, SETUP_FILE } from "@/lib/exercises/run-tests";
import type { ExpectedValues } from "@/lib/exercises/types";
import type { RunReport, WorkerRequest, WorkerResponse } from "./protocol";

const post = (m: WorkerResponse) => (self as unknown as Worker).postMessage(m);

function showRun(req: Extract<WorkerRequest, { type: "run" }>): { stdout: string; plots: PlotSpec[]; error: RunReport["error"] } {
  const session = new Session({ timeoutMs: req.timeMs, maxMemoryBytes: req.memoryMb * 1024 * 1024, maxOutputBytes: req.outputKb * 1024 });
  const seed = req.tests[0]?.seed ?? 0;
  const pre = session.exec(`SEED = ${seed}\n`, "<seed>");
  const setup = pre.ok ? session.exec(req.setup, SETUP_FILE) : pre;
  if (!setup.ok) return { stdout: setup.stdout, plots: [], error: null };
  const r = session.exec(req.code, LEARNER_FILE);
  const e = r.error;
  return {
    stdout: r.stdout + (r.stderr && !r.ok ? (r.stdout && !r.stdout.endsWith("\n") ? "\n" : "") + r.stderr : ""),
    plots: r.plots,
    error: e
      ? {
          type: e.type,
          message: e.message,
          line:
            learnerLine(e.traceback) ??
            (e.type.endsWith("Error") && e.line && /SyntaxError|IndentationError|TabError/.test(e.type) ? e.line : null),
          traceback: e.traceback,
        }
      : null,
  };
}

function run(req: Extract<WorkerRequest, { type: "run" }>): RunReport {
  const t0 = performance.now();
  const publicExpected: Record<string, ExpectedValues> = {};
  for (const t of req.tests) if (t.expected) publicExpected[t.name] = t.expected as ExpectedValues;
  const report = runExerciseTests(
    publicRunInput(
      {
        setup: req.setup,
        limits: { timeMs: req.timeMs, memoryMb: req.memoryMb, outputKb: req.outputKb },
        rtol: req.rtol,
        atol: req.atol,
        publicTests: req.tests.map(({ expected: _e, ...t }) => t),
        publicExpected,
      },
      req.code,
    ),
  );
  const shown = showRun(req);
  return {
    tests: report.tests.map((o) => ({
      name: o.name,
      passed: o.passed,
      points: o.points,
      maxPoints: o.maxPoints,
      durationMs: Math.round(o.durationMs),
      message: o.feedback.message,
      ...(o.expected !== undefined ? { expected: o.expected } : {}),
      ...(o.got !== undefined ? { got: o.got } : {}),
      ...(o.error
        ? { error: { type: o.error.type, message: o.error.message, line: o.error.line ?? null, inLearnerCode: o.error.inLearnerCode } }
        : {}),
    })),
    stdout: shown.stdout,
    plots: shown.plots,
    error:
      shown.error ??
      (() => {
        const e = report.tests.find((o) => o.error?.inLearnerCode && o.error.line)?.error;
        return e ? { type: e.type, message: e.message, line: e.line ?? null, traceback: "" } : null;
      })(),
    durationMs: Math.round(performance.now() - t0),
  };
}

// The second chunk of the engine (numpy) loads as the worker starts; a run waits for it.
// Without it a program would fail with a misleading AttributeError, so a run says so instead. The stdlib modules
// (json, re, ...) load when a program first imports one (runLoadingModules); once that chunk is in, they load anyway
// as soon as the worker is idle, so that a later run needs no network.
const stdlibFailure = loadStdlib().then(
  () => null,
  (e: unknown) => (e instanceof Error ? e.message : String(e)),
);
void stdlibFailure.then((failed) => {
  if (failed === null) setTimeout(() => loadAllOnImport().catch(() => undefined), 0);
});

const notLoaded = (id: number, why: string): WorkerResponse => ({
  type: "crash",
  id,
  message: `Pythonエンジンの読み込みが終わっていません。ページを再読み込みしてください。 / The Python engine did not finish loading (${why}); reload the page.`,
});

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  try {
    if (req.type === "check") {
      const p = checkSyntax(req.source);
      post({ type: "check", id: req.id, problem: p ? { type: p.type, message: p.message, line: p.line ?? 1, col: p.col ?? 1 } : null });
    } else if (req.type === "run") {
      const failed = await stdlibFailure;
      if (failed !== null) return post(notLoaded(req.id, failed));
      post({ type: "run", id: req.id, report: await runLoadingModules(() => run(req), [req.setup, req.code]) });
    }
  } catch (e) {
    if (e instanceof ModuleLoadError) post(notLoaded(req.id, e.message));
    else post({ type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
