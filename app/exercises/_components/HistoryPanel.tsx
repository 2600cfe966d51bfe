"use client";
// The History tab: the learner's previous submissions, each with a diff of its code against the program in the editor.
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, formatScore } from "@/app/_lib/format";
import type { HistoryEntry } from "../submission";
import { CodeDiff } from "./LazyEditors";
import styles from "../exercises.module.css";

export function HistoryPanel({
  history,
  viewing,
  onView,
  currentCode,
}: {
  history: HistoryEntry[] | null;
  /** The submission whose diff is open (kept by the workspace: it stays open across tab switches). */
  viewing: HistoryEntry | null;
  onView: (h: HistoryEntry | null) => void;
  currentCode: string;
}) {
  const t = useTranslations("exercises");
  const locale = useLocale();
  return (
    <section className={styles.panel} aria-label={t("tab_history")} data-testid="history-panel">
      {history === null ? <p>{t("loading")}</p> : history.length === 0 ? <p className="muted">{t("noSubmissions")}</p> : null}
      {history?.length ? (
        <ul className={styles.history}>
          {history.map((h) => (
            <li key={h.id} data-submission={h.id}>
              <span>{formatDateTime(new Date(h.createdAt), locale)}</span>
              <span className="badge">{t(`status_${h.status}` as "status_queued")}</span>
              <span>
                {h.score !== null && h.maxScore !== null ? t("scoreOf", { score: formatScore(h.score), max: formatScore(h.maxScore) }) : ""}
              </span>
              <button type="button" className="btn btn-secondary" onClick={() => onView(h)}>
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
            <button type="button" className="btn btn-ghost" onClick={() => onView(null)}>
              {t("close")}
            </button>
          </div>
          <div className={styles.diffEditor}>
            <CodeDiff original={viewing.code} modified={currentCode} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
