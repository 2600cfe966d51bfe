"use client";
// "Override score" for one answer of a finished attempt → POST /api/instructor/answers/:id/override
// {score: 0..1, reason}. The reason is required (the browser refuses an empty one; the server refuses a blank one
// with a message shown under the field). Once saved the page refreshes, so the new grade and its audit entry appear.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { MAX_REASON_LENGTH, percentToFraction, postAnswerScore } from "@/lib/gradebook/answer-score";
import styles from "./learner.module.css";

/** `current`: the answer's effective score (manual grade first) as a fraction, null when it has none. */
export function OverrideForm({ answerId, current, points }: { answerId: string; current: number | null; points: number }) {
  const t = useTranslations("learnerDetail");
  const router = useRouter();
  const id = useId();
  const [percent, setPercent] = useState(current === null ? "" : String(Math.round(current * 1000) / 10));
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const score = percentToFraction(percent);
    setSaved(false);
    setReasonError(null);
    if (score === null) {
      setError(t("overrideScoreInvalid"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { ok, status, data } = await postAnswerScore(answerId, "override", { score, reason });
      if (!ok) {
        const onReason = data.fields?.reason?.join(" ");
        if (onReason) setReasonError(onReason);
        else
          setError(
            t("overrideFailed", { error: data.fields ? Object.values(data.fields).flat().join(" ") : (data.error ?? `HTTP ${status}`) }),
          );
        return;
      }
      setSaved(true);
      setReason("");
      router.refresh();
    } catch (err) {
      setError(t("overrideFailed", { error: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className={styles.override} data-testid="override">
      <summary>{t("overrideToggle")}</summary>
      <form onSubmit={submit} className={styles.overrideForm} aria-busy={busy}>
        {error && (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        )}
        {saved && (
          <p className="alert alert-success" role="status">
            {t("overrideSaved")}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-score`}>{t("overrideScore")}</label>
          <input
            id={`${id}-score`}
            name="score"
            type="number"
            min={0}
            max={100}
            step={0.1}
            required
            inputMode="decimal"
            className={`input ${styles.overrideScore}`}
            aria-describedby={`${id}-score-hint`}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
          <span id={`${id}-score-hint`} className="hint">
            {t("overrideScoreHint", { points })}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("overrideReason")}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            required
            maxLength={MAX_REASON_LENGTH}
            className="input"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ""}`}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonError(null);
            }}
          />
          <span id={`${id}-reason-hint`} className="hint">
            {t("overrideReasonHint")}
          </span>
          {reasonError && (
            <span id={`${id}-reason-error`} className="field-error" role="alert">
              {reasonError}
            </span>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t("overrideSaving") : t("overrideSubmit")}
        </button>
      </form>
    </details>
  );
}
