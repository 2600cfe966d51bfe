"use client";
// The exercise workspace: Monaco editor (free or gap-filling), live syntax squiggles, Run in a Web Worker on the
// public tests (stdout, plots, per-test results; never an attempt), Submit to the grading queue with live status,
// draft autosave, reset to starter, previous submissions with a diff to the current code, keyboard shortcuts.
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ReportProblem } from "@/app/_components/ReportProblem";
import type { PlotSpec } from "@/engine/index";
import type { ExercisePagePayload } from "@/lib/exercises/page-payload";
import type { CodeEditorProps, EditorApi } from "./MonacoEditors";
import { extractFills, parseTemplate } from "./gapfill";
import { PlotChart, type OverlaidSeries } from "./PlotChart";
import type { RunReport, SyntaxProblem, WorkerRequest, WorkerResponse } from "./protocol";
import styles from "./exercises.module.css";

const CodeEditor = dynamic<CodeEditorProps>(() => import("./MonacoEditors"), { ssr: false, loading: () => <EditorLoading /> });
const CodeDiff = dynamic<{ original: string; modified: string }>(() => import("./MonacoEditors").then((m) => m.CodeDiff), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  const t = useTranslations("exercises");
  return <div className={styles.editorLoading}>{t("editorLoading")}</div>;
}

type SaveState = "idle" | "saving" | "saved" | "offline";
type Loc = { en: string; ja: string };
const MAX_RUNS = 5;
const TERMINAL = new Set(["graded", "error"]);

interface SubmissionResult {
  name: string;
  hidden: boolean;
  passed: boolean;
  points: number | null;
  maxPoints: number | null;
  message: string | null;
  expected?: string;
  got?: string;
}
interface SubmissionView {
  id: string;
  status: string;
  position: number | null;
  score: number | null;
  maxScore: number | null;
  results: SubmissionResult[];
  error?: string;
}
interface HistoryEntry {
  id: string;
  createdAt: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  code: string;
}

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const pick = (m: unknown, locale: string): string | null => {
  if (typeof m === "string") return m;
  if (m && typeof m === "object") {
    const o = m as Record<string, unknown>;
    if (o.message !== undefined) return pick(o.message, locale);
    const v = o[locale] ?? o.en;
    if (typeof v === "string") return v;
  }
  return null;
};
const text = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === "string" ? v : JSON.stringify(v);

function normaliseSubmission(raw: unknown, locale: string, prev?: SubmissionView | null): SubmissionView {
  const r0 = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const r = (r0.submission && typeof r0.submission === "object" ? r0.submission : r0) as Record<string, unknown>;
  const list = Array.isArray(r.results) ? r.results : Array.isArray(r.tests) ? r.tests : (prev?.results ?? []);
  return {
    id: typeof r.id === "string" ? r.id : (prev?.id ?? ""),
    status: typeof r.status === "string" ? r.status : (prev?.status ?? "queued"),
    position: typeof r.position === "number" ? r.position : r.position === null ? null : (prev?.position ?? null),
    score: typeof r.score === "number" ? r.score : (prev?.score ?? null),
    maxScore: typeof r.maxScore === "number" ? r.maxScore : (prev?.maxScore ?? null),
    error: typeof r.error === "string" ? r.error : (pick(r.error, locale) ?? undefined),
    results: (list as unknown[]).map((x) => {
      if (!x || typeof x !== "object") return x as SubmissionResult;
      const t = x as Record<string, unknown>;
      return {
        name: String(t.name ?? t.testName ?? "?"),
        hidden: t.hidden === true,
        passed: t.passed === true,
        points: typeof t.points === "number" ? t.points : null,
        maxPoints: typeof t.maxPoints === "number" ? t.maxPoints : null,
        message: t.hidden === true ? null : pick(t.feedback, locale),
        expected: t.hidden === true ? undefined : text(t.expected),
        got: t.hidden === true ? undefined : text(t.got),
      };
    }),
  };
}

export function ExerciseWorkspace({
  payload,
  draft,
  assignmentId = null,
}: {
  payload: Omit<ExercisePagePayload, "promptHtml" | "hintsHtml">;
  draft: { code: string; updatedAt: string } | null;
  /** Submissions are made for this class assignment (lib/assignments); null = self-study. */
  assignmentId?: string | null;
}) {
  const t = useTranslations("exercises");
  const locale = useLocale();
  const { slug, starter, mode } = payload;
  const draftUrl = `/api/exercises/${encodeURIComponent(slug)}/draft`;
  const localKey = `kakunin:draft:${slug}`;

  // ----------------------------------------------------------------------------- code and drafts
  const [initialCode] = useState(() => draft?.code ?? starter);
  // A gap-fill draft that does not fit the current starter (the exercise changed): shown so nothing is lost.
  const [staleDraft] = useState(() =>
    mode === "gapfill" && draft && !extractFills(parseTemplate(starter), draft.code) ? draft.code : null,
  );
  const codeRef = useRef(initialCode);
  const lastSaved = useRef(draft?.code ?? null);
  const [saveState, setSaveState] = useState<SaveState>(draft ? "saved" : "idle");
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const editorApi = useRef<EditorApi | null>(null);

  const save = useCallback(async (): Promise<void> => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (saving.current) await saving.current;
    const code = codeRef.current;
    if (code === lastSaved.current) {
      setSaveState((s) => (s === "idle" ? s : "saved"));
      return;
    }
    setSaveState("saving");
    const p = (async () => {
      try {
        const res = await fetch(draftUrl, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code }),
        });
        if (!res.ok) throw new Error(String(res.status));
        lastSaved.current = code;
        try {
          localStorage.removeItem(localKey);
        } catch {}
        setSaveState(codeRef.current === code ? "saved" : "saving");
      } catch {
        setSaveState("offline");
        if (retryTimer.current) clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => void save(), 3000);
      }
    })();
    saving.current = p;
    await p;
    saving.current = null;
    if (codeRef.current !== lastSaved.current && !saveTimer.current && !retryTimer.current) scheduleSave();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftUrl, localKey]);

  const scheduleSave = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      if (retryTimer.current) {
        clearTimeout(retryTimer.current);
        retryTimer.current = null;
      }
      void save();
    }, 800);
  }, [save]);

  // A crash-safe local copy of unsaved edits: newer than the server draft ⇒ restored (and saved) on load.
  useEffect(() => {
    try {
      const raw = localStorage.getItem(localKey);
      if (!raw) return;
      const local = JSON.parse(raw) as { code: string; at: number };
      const serverAt = draft ? Date.parse(draft.updatedAt) : 0;
      if (local.at > serverAt && local.code !== (draft?.code ?? starter)) {
        const id = setInterval(() => {
          if (!editorApi.current) return;
          clearInterval(id);
          editorApi.current.setCode(local.code);
        }, 100);
        return () => clearInterval(id);
      }
      localStorage.removeItem(localKey);
    } catch {}
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const online = () => {
      if (codeRef.current !== lastSaved.current) void save();
    };
    const hide = () => {
      if (codeRef.current !== lastSaved.current) {
        try {
          void fetch(draftUrl, {
            method: "PUT",
            keepalive: true,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ code: codeRef.current }),
          });
        } catch {}
      }
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (codeRef.current !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("pagehide", hide);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", hide);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [draftUrl, save]);

  // ----------------------------------------------------------------------------- workers
  const syntaxWorker = useRef<Worker | null>(null);
  const runWorker = useRef<Worker | null>(null);
  const reqId = useRef(0);
  const [syntax, setSyntax] = useState<SyntaxProblem | null>(null);
  const [runtime, setRuntime] = useState<{ line: number; message: string } | null>(null);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastCheck = useRef(0);

  const newWorker = () => new Worker(new URL("./run.worker.ts", import.meta.url), { type: "module" });

  useEffect(() => {
    const w = newWorker();
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const m = ev.data;
      if (m.type === "check" && m.id === lastCheck.current) setSyntax(m.problem);
    };
    syntaxWorker.current = w;
    return () => {
      w.terminate();
      runWorker.current?.terminate();
    };
  }, []);

  const checkNow = (source: string) => {
    const id = ++reqId.current;
    lastCheck.current = id;
    syntaxWorker.current?.postMessage({ type: "check", id, source } satisfies WorkerRequest);
  };

  const mounted = useRef(false);
  const onChange = useCallback(
    (code: string) => {
      // The editor's first report is its initial text: never a save (a gap-fill draft that no longer fits the
      // starter is shown as the starter, and the stored draft stays until the learner edits).
      const first = !mounted.current;
      mounted.current = true;
      const changed = code !== codeRef.current;
      codeRef.current = code;
      if (checkTimer.current) clearTimeout(checkTimer.current);
      checkTimer.current = setTimeout(() => checkNow(code), 300);
      if (!changed || first) return;
      setRuntime(null);
      try {
        localStorage.setItem(localKey, JSON.stringify({ code, at: Date.now() }));
      } catch {}
      setSaveState((s) => (s === "offline" ? s : "saving"));
      scheduleSave();
    },
    [localKey, scheduleSave],
  );

  // ----------------------------------------------------------------------------- run
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<(RunReport & { n: number }) | null>(null);
  const [runNote, setRunNote] = useState<string | null>(null);
  const [runs, setRuns] = useState<{ run: number; plots: PlotSpec[] }[]>([]);
  const runCounter = useRef(0);
  const runTimeout = useRef<ReturnType<typeof setTimeout> | null>(null);
  const runningRef = useRef(false);

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
    setPanel("run");
    const w = runWorker.current ?? newWorker();
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
  }, [payload, stop]);

  // ----------------------------------------------------------------------------- submit
  const [submission, setSubmission] = useState<SubmissionView | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const follow = useRef<{ es: EventSource | null; poll: ReturnType<typeof setInterval> | null } | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [viewing, setViewing] = useState<HistoryEntry | null>(null);

  const loadHistory = useCallback(async () => {
    try {
      const res = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, { cache: "no-store" });
      if (!res.ok) {
        setHistory((h) => h ?? []);
        return;
      }
      const body = (await res.json()) as unknown;
      const list = (Array.isArray(body) ? body : ((body as { submissions?: unknown[] }).submissions ?? [])) as Record<string, unknown>[];
      setHistory(
        list.map((s) => ({
          id: String(s.id),
          createdAt: String(s.createdAt),
          status: String(s.status),
          score: typeof s.score === "number" ? s.score : null,
          maxScore: typeof s.maxScore === "number" ? s.maxScore : null,
          code: typeof s.code === "string" ? s.code : "",
        })),
      );
    } catch {
      setHistory((h) => h ?? []);
    }
  }, [slug]);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  const stopFollowing = () => {
    follow.current?.es?.close();
    if (follow.current?.poll) clearInterval(follow.current.poll);
    follow.current = null;
  };
  useEffect(() => stopFollowing, []);

  const refresh = useCallback(
    async (id: string) => {
      try {
        const res = await fetch(`/api/submissions/${encodeURIComponent(id)}`, { cache: "no-store" });
        if (!res.ok) return;
        const body = (await res.json()) as unknown;
        let done = false;
        setSubmission((prev) => {
          const next = normaliseSubmission(body, locale, prev);
          done = TERMINAL.has(next.status);
          return next;
        });
        if (done && follow.current) {
          stopFollowing();
          void loadHistory();
        }
      } catch {}
    },
    [locale, loadHistory],
  );

  const startFollowing = useCallback(
    (id: string) => {
      stopFollowing();
      const f: { es: EventSource | null; poll: ReturnType<typeof setInterval> | null } = { es: null, poll: null };
      follow.current = f;
      const startPolling = (ms: number) => {
        if (f.poll) clearInterval(f.poll);
        f.poll = setInterval(() => void refresh(id), ms);
      };
      try {
        const es = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
        f.es = es;
        const onEvent = (ev: MessageEvent) => {
          try {
            const data = JSON.parse(String(ev.data)) as Record<string, unknown>;
            if (typeof data.status !== "string") return;
            // Terminal: the results come with GET /api/submissions/:id (the status shows once they are there).
            if (TERMINAL.has(data.status)) void refresh(id);
            else setSubmission((prev) => normaliseSubmission({ ...data, results: undefined }, locale, prev));
          } catch {
            void refresh(id);
          }
        };
        es.onmessage = onEvent;
        for (const name of ["status", "position", "update", "queued", "running", "graded", "error", "result", "done"])
          es.addEventListener(name, onEvent as EventListener);
        es.onerror = () => {
          // Polling fallback (SSE unavailable or dropped).
          es.close();
          f.es = null;
          if (follow.current === f) startPolling(1500);
        };
        // Safety net even while SSE is up.
        startPolling(4000);
      } catch {
        startPolling(1500);
      }
    },
    [locale, refresh],
  );

  const submit = useCallback(async () => {
    if (submitting) return;
    setSubmitting(true);
    setSubmitError(null);
    stopFollowing();
    setSubmission(null);
    setPanel("submit");
    try {
      await save();
      const idempotencyKey = crypto.randomUUID();
      const res = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: codeRef.current, idempotencyKey, ...(assignmentId ? { assignmentId } : {}) }),
      });
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) {
        setSubmitError(
          res.status === 404 || res.status === 405
            ? t("submitUnavailable")
            : typeof body.error === "string"
              ? body.error
              : t("submitFailed"),
        );
        return;
      }
      const view = normaliseSubmission(body, locale, null);
      setSubmission(view);
      if (TERMINAL.has(view.status)) void refresh(view.id);
      else startFollowing(view.id);
      void loadHistory();
    } catch {
      setSubmitError(t("submitFailed"));
    } finally {
      setSubmitting(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitting, save, slug, locale, startFollowing, refresh, loadHistory]);

  // ----------------------------------------------------------------------------- shortcuts, reset, panels
  const [panel, setPanel] = useState<"run" | "submit" | "history">("run");
  const runRef = useRef(run);
  const submitRef = useRef(submit);
  runRef.current = run;
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if ((e.target as HTMLElement | null)?.closest?.(".monaco-editor")) return; // the editor's own keybindings
      e.preventDefault();
      if (e.shiftKey) void submitRef.current();
      else runRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const resetDialog = useRef<HTMLDialogElement | null>(null);
  const doReset = () => {
    resetDialog.current?.close();
    editorApi.current?.setCode(starter);
    setRuntime(null);
  };

  const mod = isMac() ? "⌘" : "Ctrl";
  const [modKey, setModKey] = useState("Ctrl");
  useEffect(() => setModKey(mod), [mod]);

  const loc = (m: Loc) => (locale === "ja" ? m.ja : m.en);
  const runPassed = report ? report.tests.filter((x) => x.passed === true).length : 0;

  return (
    <div className={styles.workspace}>
      <div className={styles.toolbar} role="toolbar" aria-label={t("toolbar")}>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={run}
          disabled={running}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          data-testid="run"
        >
          {t("run")} <kbd className={styles.kbd}>{modKey}+Enter</kbd>
        </button>
        {running ? (
          <button type="button" className="btn btn-ghost" onClick={() => stop(t("runStopped"))} data-testid="stop">
            {t("stop")}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void submit()}
          disabled={submitting}
          aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
          data-testid="submit"
        >
          {t("submit")} <kbd className={styles.kbd}>{modKey}+Shift+Enter</kbd>
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => resetDialog.current?.showModal()} data-testid="reset">
          {t("reset")}
        </button>
        <span
          className={`${styles.saveStatus} ${styles[`save_${saveState}`] ?? ""}`}
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-state={saveState}
        >
          {saveState === "saving"
            ? t("saving")
            : saveState === "saved"
              ? t("saved")
              : saveState === "offline"
                ? t("offline")
                : t("notSaved")}
        </span>
      </div>
      <ReportProblem target={{ kind: "exercise", slug, getCode: () => codeRef.current }} />
      {mode === "gapfill" ? <p className={styles.modeNote}>{t("gapfillNote")}</p> : null}
      {staleDraft !== null ? (
        <div className="alert alert-info" data-testid="stale-draft">
          <p>{t("staleDraft")}</p>
          <details>
            <summary>{t("staleDraftShow")}</summary>
            <pre className={styles.stdout}>{staleDraft}</pre>
          </details>
        </div>
      ) : null}
      <div className={styles.editorBox}>
        <CodeEditor
          initialCode={initialCode}
          starter={starter}
          mode={mode}
          onChange={onChange}
          onRun={() => runRef.current()}
          onSubmit={() => void submitRef.current()}
          syntax={syntax}
          runtime={runtime}
          apiRef={editorApi}
          label={t("editorLabel")}
        />
      </div>
      <p className={styles.syntaxLine} aria-live="polite" data-testid="syntax-status">
        {syntax ? t("syntaxError", { line: syntax.line, message: `${syntax.type}: ${syntax.message}` }) : ""}
      </p>

      <div className={styles.tabs} role="tablist">
        {(["run", "submit", "history"] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={panel === p}
            className={styles.tab}
            onClick={() => setPanel(p)}
            data-testid={`tab-${p}`}
          >
            {t(`tab_${p}`)}
          </button>
        ))}
      </div>

      {panel === "run" ? (
        <section className={styles.panel} aria-label={t("tab_run")} data-testid="run-panel">
          <p className="muted">{t("runNote", { count: payload.publicTests.length })}</p>
          {running ? <p role="status">{t("running")}</p> : null}
          {runNote ? <p className="alert alert-info">{runNote}</p> : null}
          {report ? (
            <>
              <p className={styles.summary} data-testid="run-summary" data-run={report.n}>
                {t("runSummary", { passed: runPassed, total: report.tests.length, ms: report.durationMs })}
              </p>
              <ul className={styles.results}>
                {report.tests.map((r) => (
                  <li
                    key={r.name}
                    className={r.passed === true ? styles.pass : r.passed === false ? styles.fail : styles.neutral}
                    data-test={r.name}
                    data-passed={String(r.passed)}
                  >
                    <div className={styles.resultHead}>
                      <strong>
                        {r.passed === true ? "✓" : r.passed === false ? "✗" : "•"} {r.name}
                      </strong>
                      <span className="muted">{r.durationMs} ms</span>
                    </div>
                    {payload.publicTests.find((x) => x.name === r.name)?.description ? (
                      <div className="muted">{loc(payload.publicTests.find((x) => x.name === r.name)!.description!)}</div>
                    ) : null}
                    <div>{loc(r.message)}</div>
                    {r.expected !== undefined || r.got !== undefined ? (
                      <dl className={styles.expGot}>
                        <dt>{t("expected")}</dt>
                        <dd>
                          <code>{r.expected}</code>
                        </dd>
                        <dt>{t("got")}</dt>
                        <dd>
                          <code>{r.got}</code>
                        </dd>
                      </dl>
                    ) : null}
                  </li>
                ))}
              </ul>
              <h3 className={styles.h3}>{t("stdout")}</h3>
              <pre className={styles.stdout} data-testid="stdout">
                {report.stdout || t("noOutput")}
              </pre>
            </>
          ) : null}
          {runs.length ? <Plots runs={runs} onClear={() => setRuns([])} /> : null}
        </section>
      ) : null}

      {panel === "submit" ? (
        <section className={styles.panel} aria-label={t("tab_submit")} data-testid="submit-panel">
          {submitError ? <p className="alert alert-error">{submitError}</p> : null}
          {submitting && !submission ? <p role="status">{t("submitting")}</p> : null}
          {!submission && !submitting && !submitError ? <p className="muted">{t("submitNote")}</p> : null}
          {submission ? <SubmissionPanel s={submission} /> : null}
        </section>
      ) : null}

      {panel === "history" ? (
        <section className={styles.panel} aria-label={t("tab_history")} data-testid="history-panel">
          {history === null ? <p>{t("loading")}</p> : history.length === 0 ? <p className="muted">{t("noSubmissions")}</p> : null}
          {history?.length ? (
            <ul className={styles.history}>
              {history.map((h) => (
                <li key={h.id} data-submission={h.id}>
                  <span>{new Date(h.createdAt).toLocaleString(locale === "ja" ? "ja-JP" : "en-GB")}</span>
                  <span className="badge">{t(`status_${h.status}` as "status_queued")}</span>
                  <span>{h.score !== null && h.maxScore !== null ? t("scoreOf", { score: fmt(h.score), max: fmt(h.maxScore) }) : ""}</span>
                  <button type="button" className="btn btn-secondary" onClick={() => setViewing(h)}>
                    {t("viewDiff")}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {viewing ? (
            <div className={styles.diffBox}>
              <div className={styles.diffHead}>
                <span>{t("diffCaption")}</span>
                <button type="button" className="btn btn-ghost" onClick={() => setViewing(null)}>
                  {t("close")}
                </button>
              </div>
              <div className={styles.diffEditor}>
                <CodeDiff original={viewing.code} modified={codeRef.current} />
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      <dialog ref={resetDialog} className={styles.dialog} aria-labelledby="reset-title">
        <h2 id="reset-title">{t("resetTitle")}</h2>
        <p>{t("resetBody")}</p>
        <div className={styles.dialogButtons}>
          <button type="button" className="btn btn-secondary" onClick={() => resetDialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="button" className="btn btn-primary" onClick={doReset} data-testid="reset-confirm">
            {t("resetConfirm")}
          </button>
        </div>
      </dialog>
    </div>
  );

  function SubmissionPanel({ s }: { s: SubmissionView }) {
    const done = TERMINAL.has(s.status);
    return (
      <div data-testid="submission" data-status={s.status} data-id={s.id}>
        <p className={styles.summary} role="status" aria-live="polite">
          {s.status === "queued"
            ? s.position !== null
              ? t("queuedAt", { position: s.position })
              : t("status_queued")
            : s.status === "running"
              ? t("status_running")
              : s.status === "error"
                ? t("gradingError")
                : s.score !== null && s.maxScore !== null
                  ? t("scoreOf", { score: fmt(s.score), max: fmt(s.maxScore) })
                  : t("status_graded")}
        </p>
        {s.error ? <p className="alert alert-error">{s.error}</p> : null}
        {done && s.results.length ? (
          <ul className={styles.results}>
            {s.results.map((r) => (
              <li
                key={r.name}
                className={r.passed ? styles.pass : styles.fail}
                data-test={r.name}
                data-passed={String(r.passed)}
                data-hidden={String(r.hidden)}
              >
                <div className={styles.resultHead}>
                  <strong>
                    {r.passed ? "✓" : "✗"} {r.name}
                  </strong>
                  <span className="muted">
                    {r.hidden ? t("hiddenTest") : ""}
                    {r.points !== null && r.maxPoints !== null ? ` ${fmt(r.points)}/${fmt(r.maxPoints)}` : ""}
                  </span>
                </div>
                {!r.hidden && r.message ? <div>{r.message}</div> : null}
                {!r.hidden && (r.expected !== undefined || r.got !== undefined) ? (
                  <dl className={styles.expGot}>
                    <dt>{t("expected")}</dt>
                    <dd>
                      <code>{r.expected}</code>
                    </dd>
                    <dt>{t("got")}</dt>
                    <dd>
                      <code>{r.got}</code>
                    </dd>
                  </dl>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function Plots({ runs, onClear }: { runs: { run: number; plots: PlotSpec[] }[]; onClear: () => void }) {
  const t = useTranslations("exercises");
  const latest = runs[runs.length - 1]!;
  const count = Math.max(...runs.map((r) => r.plots.length));
  return (
    <div className={styles.plots}>
      <div className={styles.diffHead}>
        <h3 className={styles.h3}>{t("plots", { runs: runs.length })}</h3>
        <button type="button" className="btn btn-ghost" onClick={onClear} data-testid="clear-plots">
          {t("clearPlots")}
        </button>
      </div>
      {Array.from({ length: count }, (_, i) => {
        const spec = latest.plots[i] ?? runs.findLast((r) => r.plots[i])!.plots[i]!;
        const series: OverlaidSeries[] = runs.flatMap((r) =>
          (r.plots[i]?.series ?? []).map((s) => ({ ...s, run: r.run, age: latest.run - r.run })),
        );
        return <PlotChart key={i} spec={spec} series={series} runLabel={(n) => t("runN", { n })} />;
      })}
    </div>
  );
}
