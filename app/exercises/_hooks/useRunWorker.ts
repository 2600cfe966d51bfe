// Run: the learner's program on the public tests in an engine Web Worker (run.worker.ts) — never an attempt. One run
// at a time, stoppable (the worker is terminated), its report, the plots of the last runs and the runtime error line.
import { useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { PlotSpec } from "@/engine/index";
import type { ExercisePagePayload } from "@/lib/exercises/page-payload";
import type { RunReport, WorkerRequest, WorkerResponse } from "../protocol";

/** Plots of this many runs are overlaid in a lab (one run elsewhere). */
const MAX_RUNS = 5;

export type RunPayload = Pick<ExercisePagePayload, "publicTests" | "setup" | "limits" | "rtol" | "atol" | "lab">;
export type PlotRun = { run: number; plots: PlotSpec[] };
export type RuntimeError = { line: number; message: string };

export const newEngineWorker = () => new Worker(new URL("../run.worker.ts", import.meta.url), { type: "module" });

export function useRunWorker({
  payload,
  codeRef,
  onStart,
}: {
  payload: RunPayload;
  codeRef: RefObject<string>;
  /** Called as a run starts (the page shows the run panel). */
  onStart: () => void;
}) {
  const t = useTranslations("exercises");
  const runWorker = useRef<Worker | null>(null);
  const reqId = useRef(0);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<(RunReport & { n: number }) | null>(null);
  const [runNote, setRunNote] = useState<string | null>(null);
  const [runs, setRuns] = useState<PlotRun[]>([]);
  const [runtime, setRuntime] = useState<RuntimeError | null>(null);
  const runCounter = useRef(0);
  const runTimeout = useRef<ReturnType<typeof setTimeout> | null>(null);
  const runningRef = useRef(false);

  // The worker starts with the page, not at the first Run: it loads the engine and its stdlib chunk while the learner
  // reads and types. A worker that fails to load is dropped, so that Run starts a new one and reports the failure.
  useEffect(() => {
    const w = newEngineWorker();
    w.onerror = () => {
      if (runWorker.current === w && !runningRef.current) runWorker.current = null;
    };
    runWorker.current = w;
    return () => {
      runWorker.current?.terminate();
      runWorker.current = null;
    };
  }, []);

  const stop = useCallback((note?: string) => {
    const w = runWorker.current;
    if (w) {
      // a worker stopped while still loading its script reports the aborted load afterwards: it must not
      // overwrite the "Stopped." note
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
    runWorker.current = null;
    if (runTimeout.current) clearTimeout(runTimeout.current);
    runningRef.current = false;
    setRunning(false);
    setRunNote(note ?? null);
  }, []);

  const run = useCallback(() => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    setRunNote(null);
    setRuntime(null);
    onStart();
    const w = runWorker.current ?? newEngineWorker();
    runWorker.current = w;
    const id = ++reqId.current;
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const m = ev.data;
      if (m.id !== id) return;
      if (runTimeout.current) clearTimeout(runTimeout.current);
      runningRef.current = false;
      setRunning(false);
      if (m.type === "run") {
        const n = ++runCounter.current;
        setReport({ ...m.report, n });
        if (m.report.plots.length) setRuns((r) => [...r, { run: n, plots: m.report.plots }].slice(-(payload.lab ? MAX_RUNS : 1)));
        const e = m.report.error;
        if (e?.line) setRuntime({ line: e.line, message: `${e.type}: ${e.message}` });
      } else if (m.type === "crash") {
        setRunNote(m.message);
      }
    };
    w.onerror = (e) => {
      if (runWorker.current === w) stop(e.message || "worker error");
    };
    const tests = payload.publicTests.map(({ name, seed, compare, calls, asserts, stdout, rtol, atol, points, expected }) => ({
      name,
      seed,
      compare,
      calls,
      asserts,
      stdout,
      rtol,
      atol,
      points,
      expected,
    }));
    w.postMessage({
      type: "run",
      id,
      code: codeRef.current,
      setup: payload.setup,
      tests,
      ...payload.limits,
      rtol: payload.rtol,
      atol: payload.atol,
    } satisfies WorkerRequest);
    // The engine enforces its own time limit per test; this guards against a wedged worker.
    runTimeout.current = setTimeout(() => stop(t("runTimedOut")), payload.limits.timeMs * Math.max(1, tests.length) + 5000);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [payload, stop, onStart]);

  const clearRuns = useCallback(() => setRuns([]), []);
  const clearRuntime = useCallback(() => setRuntime(null), []);

  return { running, report, runNote, runs, runtime, run, stop, clearRuns, clearRuntime };
}
