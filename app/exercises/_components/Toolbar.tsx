"use client";
// The workspace toolbar: Run (and Stop while running), Submit, Reset, and the draft's save status.
import { useTranslations } from "next-intl";
import type { SaveState } from "@/app/_hooks/useAutosaveGuards";
import styles from "../exercises.module.css";

export function Toolbar({
  running,
  submitting,
  saveState,
  modKey,
  onRun,
  onStop,
  onSubmit,
  onReset,
}: {
  running: boolean;
  submitting: boolean;
  saveState: SaveState;
  /** The modifier key shown in the shortcut hints ("Ctrl" or "⌘"). */
  modKey: string;
  onRun: () => void;
  onStop: (note: string) => void;
  onSubmit: () => Promise<void>;
  onReset: () => void;
}) {
  const t = useTranslations("exercises");
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={t("toolbar")}>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => onRun()}
        disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-testid="run"
      >
        {t("run")} <kbd className={styles.kbd}>{modKey}+Enter</kbd>
      </button>
      {running ? (
        <button type="button" className="btn btn-ghost" onClick={() => onStop(t("runStopped"))} data-testid="stop">
          {t("stop")}
        </button>
      ) : null}
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void onSubmit()}
        disabled={submitting}
        aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
        data-testid="submit"
      >
        {t("submit")} <kbd className={styles.kbd}>{modKey}+Shift+Enter</kbd>
      </button>
      <button type="button" className="btn btn-ghost" onClick={onReset} data-testid="reset">
        {t("reset")}
      </button>
      <span
        className={`${styles.saveStatus} ${styles[`save_${saveState}`] ?? ""}`}
        role="status"
        aria-live="polite"
        data-testid="save-status"
        data-state={saveState}
      >
        {saveState === "saving" ? t("saving") : saveState === "saved" ? t("saved") : saveState === "offline" ? t("offline") : t("notSaved")}
      </span>
    </div>
  );
}
