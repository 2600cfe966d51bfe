// The learner's review offer: start (or continue) a short mixed review session of due items, or — when nothing is
// due — the next review date; due code exercises are listed with links (they are reviewed by submitting them again).
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localized, type Locale } from "@/lib/i18n/config";
import { daysAhead, type ReviewSummary } from "@/lib/review/summary";
import { StartReviewButton } from "./StartReviewButton";
import styles from "./panels.module.css";

export function ReviewPanel({ summary, now }: { summary: ReviewSummary; now: Date }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="review-panel-h" data-testid="review-panel">
      <h2 id="review-panel-h">{t("heading")}</h2>
      {summary.openSessionId ? (
        <>
          <p>{t("openSession")}</p>
          <Link href={`/learn/review/${summary.openSessionId}`} className="btn btn-primary" data-testid="continue-review">
            {t("continueReview")}
          </Link>
        </>
      ) : summary.dueItems > 0 ? (
        <>
          <p>
            {t("dueCount", { count: summary.dueItems })}{" "}
            <span className="muted">{t("sessionNote", { size: Math.min(summary.sessionSize, summary.dueItems) })}</span>
          </p>
          <StartReviewButton />
        </>
      ) : (
        <p data-testid="next-review">
          {t("nothingDue")}{" "}
          {summary.nextDueAt
            ? t("nextReviewDate", {
                date: format.dateTime(summary.nextDueAt, { dateStyle: "medium", timeStyle: "short" }),
                days: daysAhead(summary.nextDueAt, now),
              })
            : t("noneScheduled")}
        </p>
      )}
      {summary.dueExercises.length > 0 ? (
        <>
          <h3>{t("dueExercisesHeading")}</h3>
          <p className="muted">{t("dueExercisesNote")}</p>
          <ul className={styles.list}>
            {summary.dueExercises.map((e) => (
              <li key={e.slug} className={styles.row} data-due-exercise={e.slug}>
                <Link href={e.href}>{localized(e.title, locale) || e.slug}</Link>
                <span className="muted">{t("dueSince", { date: format.dateTime(e.dueAt, { dateStyle: "medium" }) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
