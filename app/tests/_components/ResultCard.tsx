"use client";
// The result of a closed attempt: score and percentage, whether time ran out, how many answers await a grader.
import { useTranslations } from "next-intl";
import { formatScore, percent } from "@/app/_lib/format";
import type { AttemptPayload } from "@/lib/attempts/payload";
import styles from "../tests.module.css";

export function ResultCard({ attempt, pendingCount }: { attempt: AttemptPayload; pendingCount: number }) {
  const t = useTranslations("tests");
  return (
    <section className={`card ${styles.result}`} aria-labelledby="result-heading">
      <h2 id="result-heading">{t("resultHeading")}</h2>
      <p className={styles.bigScore} data-testid="attempt-score">
        {t("resultScore", {
          score: formatScore(attempt.score ?? 0),
          max: formatScore(attempt.maxScore ?? 0),
          percent: attempt.maxScore ? percent((attempt.score ?? 0) / attempt.maxScore) : 0,
        })}
      </p>
      {attempt.status === "expired" ? <p className="alert alert-info">{t("statusExpired")}</p> : null}
      {pendingCount ? <p className="muted">{t("pendingNote", { count: pendingCount })}</p> : null}
    </section>
  );
}
