// A review session: the ordinary attempt player over the session's questions (check, hints, feedback as in practice);
// once finished, the new review date of every question and the code exercises still due.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import "katex/dist/katex.min.css";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/config";
import { buildAttemptPayload } from "@/lib/attempts/payload";
import { attemptHref, getOwnedAttempt } from "@/lib/attempts/service";
import { getReviewSummary, scheduleOf } from "@/lib/review/summary";
import { AttemptPlayer } from "../../../tests/AttemptPlayer";
import { ReviewPanel } from "../../_components/ReviewPanel";
import styles from "../../_components/panels.module.css";

type Params = Promise<{ id: string }>;

const OUTCOMES = new Set(["again", "hard", "good", "easy"]);

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("sessionTitle") };
}

export default async function ReviewSessionPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requireUser({ callbackUrl: `/learn/review/${id}` });
  // Owner only: anyone else (and unknown ids) get the 404 page.
  const attempt = await withDb(() => getOwnedAttempt(db(), user.id, id)).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
  if (attempt.test) redirect(attemptHref(attempt)); // a test attempt, not a review session
  const [t, tn, locale] = await Promise.all([getTranslations("review"), getTranslations("progress"), getLocale() as Promise<Locale>]);
  const closed = attempt.status !== "in_progress";
  const now = new Date();
  const sections = new Set(attempt.answers.map((a) => a.itemVersion.item.sectionId)).size;
  const [schedule, summary] = closed
    ? await withDb(() =>
        Promise.all([
          scheduleOf(
            db(),
            user.id,
            attempt.answers.map((a) => a.itemVersion.itemId),
            now,
          ),
          getReviewSummary(db(), user.id, now),
        ]),
      )
    : [[], null];

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/learn/progress">{tn("title")}</Link>
          </li>
          <li aria-current="page">{t("sessionTitle")}</li>
        </ol>
      </nav>
      <header className="page-header">
        <span className="eyebrow">{t("heading")}</span>
        <h1>{t("sessionTitle")}</h1>
        <p>{t("sessionLead", { count: attempt.answers.length, sections })}</p>
      </header>

      {closed ? (
        <div className={styles.grid}>
          <section className={`card ${styles.panel}`} aria-labelledby="schedule-h" data-testid="review-schedule">
            <h2 id="schedule-h">{t("scheduleHeading")}</h2>
            <ul className={styles.list}>
              {schedule.map((s) => (
                <li key={s.slug} className={styles.row} data-item={s.slug} data-due-in-days={s.inDays}>
                  <span>{s.slug}</span>
                  <span className="muted">
                    {t("scheduleRow", { days: s.inDays })}
                    {s.lastOutcome && OUTCOMES.has(s.lastOutcome) ? ` · ${tn(`outcome.${s.lastOutcome}` as "outcome.good")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {summary ? <ReviewPanel summary={summary} now={now} /> : null}
        </div>
      ) : null}

      <AttemptPlayer initial={buildAttemptPayload(attempt, locale)} />

      <p>
        <Link href="/learn/progress" className="btn btn-secondary">
          {t("backToProgress")}
        </Link>
      </p>
    </>
  );
}
