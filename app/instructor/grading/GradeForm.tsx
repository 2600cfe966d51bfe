"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { percentToFraction, postAnswerScore } from "@/lib/gradebook/answer-score";
import styles from "./grading.module.css";

/** Score (0..1 as a percentage input) and comment for one pending short-text answer → POST …/grade. */
export function GradeForm({ answerId, suggested }: { answerId: string; suggested: number }) {
  const t = useTranslations("gradebook");
  const router = useRouter();
  const id = useId();
  const [percent, setPercent] = useState(String(Math.round(suggested * 100)));
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const score = percentToFraction(percent);
    if (score === null) {
      setError(t("gradeScoreInvalid"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { ok, status, data } = await postAnswerScore(answerId, "grade", { score, comment: comment.trim() || null });
      if (!ok) throw new Error(data.error ?? `HTTP ${status}`);
      setDone(true);
      router.refresh();
    } catch (err) {
      setError(t("gradeFailed", { error: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  if (done) return <p className="alert alert-success">{t("gradeSaved")}</p>;
  return (
    <form onSubmit={submit} className={styles.form} data-answer={answerId}>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${id}-score`}>{t("gradeScore")}</label>
        <input
          id={`${id}-score`}
          name="score"
          type="number"
          min={0}
          max={100}
          step={1}
          required
          inputMode="numeric"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
          className={styles.score}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-comment`}>{t("gradeComment")}</label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t("gradeSaving") : t("gradeSubmit")}
      </button>
    </form>
  );
}
