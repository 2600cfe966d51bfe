"use client";
// The exercise workspace: Monaco editor (free or gap-filling), live syntax squiggles, Run in a Web Worker on the
// public tests (stdout, plots, per-test results; never an attempt), Submit to the grading queue with live status,
// draft autosave, reset to starter, previous submissions with a diff to the current code, keyboard shortcuts.
// This file wires the hooks (_hooks/) to the panels (_components/).
import { useCallback, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ReportProblem } from "@/app/_components/ReportProblem";
import type { ExercisePagePayload } from "@/lib/exercises/page-payload";
import { HistoryPanel } from "./_components/HistoryPanel";
import { CodeEditor } from "./_components/LazyEditors";
import { ResetDialog } from "./_components/ResetDialog";
import { RunPanel } from "./_components/RunPanel";
import { SubmitPanel } from "./_components/SubmitPanel";
import { Toolbar } from "./_components/Toolbar";
import { useDraftAutosave } from "./_hooks/useDraftAutosave";
import { useRunWorker } from "./_hooks/useRunWorker";
import { useShortcuts } from "./_hooks/useShortcuts";
import { useSubmission } from "./_hooks/useSubmission";
import { useSubmissionHistory } from "./_hooks/useSubmissionHistory";
import { useSyntaxCheck } from "./_hooks/useSyntaxCheck";
import type { EditorApi } from "./_components/MonacoEditors";
import { extractFills, parseTemplate } from "./gapfill";
import type { HistoryEntry } from "./submission";
import styles from "./exercises.module.css";

type Panel = "run" | "submit" | "history";

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
  const { slug, starter, mode } = payload;
  const [panel, setPanel] = useState<Panel>("run");
  const showRun = useCallback(() => setPanel("run"), []);
  const showSubmit = useCallback(() => setPanel("submit"), []);

  const [initialCode] = useState(() => draft?.code ?? starter);
  // A gap-fill draft that does not fit the current starter (the exercise changed): shown so nothing is lost.
  const [staleDraft] = useState(() =>
    mode === "gapfill" && draft && !extractFills(parseTemplate(starter), draft.code) ? draft.code : null,
  );
  const codeRef = useRef(initialCode);
  const editorApi = useRef<EditorApi | null>(null);

  const { saveState, save, edited } = useDraftAutosave({ slug, starter, draft, codeRef, editorApi });
  const { syntax, check } = useSyntaxCheck();
  const { running, report, runNote, runs, runtime, run, stop, clearRuns, clearRuntime } = useRunWorker({
    payload,
    codeRef,
    onStart: showRun,
  });
  const { history, loadHistory } = useSubmissionHistory(slug);
  const [viewing, setViewing] = useState<HistoryEntry | null>(null);
  const { submission, submitting, submitError, submit } = useSubmission({
    slug,
    assignmentId,
    codeRef,
    save,
    loadHistory,
    onStart: showSubmit,
  });
  const { modKey, onRun, onSubmit } = useShortcuts(run, submit);

  const mounted = useRef(false);
  const onChange = useCallback(
    (code: string) => {
      // The editor's first report is its initial text: never a save (a gap-fill draft that no longer fits the
      // starter is shown as the starter, and the stored draft stays until the learner edits).
      const first = !mounted.current;
      mounted.current = true;
      const changed = code !== codeRef.current;
      codeRef.current = code;
      check(code);
      if (!changed || first) return;
      clearRuntime();
      edited(code);
    },
    [check, clearRuntime, edited],
  );

  const resetDialog = useRef<HTMLDialogElement | null>(null);
  const doReset = () => {
    resetDialog.current?.close();
    editorApi.current?.setCode(starter);
    clearRuntime();
  };

  return (
    <div className={styles.workspace}>
      <Toolbar
        running={running}
        submitting={submitting}
        saveState={saveState}
        modKey={modKey}
        onRun={run}
        onStop={stop}
        onSubmit={submit}
        onReset={() => resetDialog.current?.showModal()}
      />
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
          onRun={onRun}
          onSubmit={onSubmit}
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
        <RunPanel
          publicTests={payload.publicTests}
          running={running}
          runNote={runNote}
          report={report}
          runs={runs}
          onClearRuns={clearRuns}
        />
      ) : null}
      {panel === "submit" ? <SubmitPanel submission={submission} submitting={submitting} submitError={submitError} /> : null}
      {panel === "history" ? <HistoryPanel history={history} viewing={viewing} onView={setViewing} currentCode={codeRef.current} /> : null}

      <ResetDialog dialogRef={resetDialog} onConfirm={doReset} />
    </div>
  );
}
