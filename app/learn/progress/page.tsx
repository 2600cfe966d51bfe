import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { chartPoints, getProgress, type HistoryPoint } from "@/lib/progress/mastery";
import { getResumeList } from "@/lib/progress/resume";
import { getReviewSummary } from "@/lib/review/summary";
import { ResumePanel } from "../_components/ResumePanel";
import { ReviewPanel } from "../_components/ReviewPanel";
import { MyReports } from "@/app/_components/MyReports";
import { listOwnReports } from "@/lib/reports/service";
import styles from "./progress.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title") };
}

const W = 600;
const H = 180;

export default async function ProgressPage() {
  const user = await requireUser({ callbackUrl: "/learn/progress" });
  const now = new Date();
  const [t, format, locale, p, review, resume, reports] = await Promise.all([
    getTranslations("progress"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getProgress(db(), user.id, now)), // the signed-in learner's own rows only
    withDb(() => getReviewSummary(db(), user.id, now)),
    withDb(() => getResumeList(db(), user.id, now)),
    withDb(() => listOwnReports(db(), user.id)),
  ]);
  const history = p.history.slice(-30);
  const points = chartPoints(
    history.map((h) => h.percent),
    W,
    H,
    12,
  );
  const label = (h: HistoryPoint) =>
    h.kind === "test" ? localized(h.title, locale) || h.label : h.kind === "review" ? t("kindReview") : h.label;
  const kindLabel = (h: HistoryPoint) => (h.kind === "test" ? t("kindTest") : h.kind === "review" ? t("kindReview") : t("kindExercise"));
  const outcome = (o: string | null) => (o && ["again", "hard", "good", "easy"].includes(o) ? t(`outcome.${o}` as "outcome.good") : "—");

  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{user.name || user.email}</span>
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>

      <div className={styles.grid}>
        <ReviewPanel summary={review} now={now} />
        <ResumePanel resume={resume} />
      </div>

      <div className={styles.grid}>
        <section className={`card ${styles.block}`} aria-labelledby="mastery-h">
          <h2 id="mastery-h">{t("masteryHeading")}</h2>
          <p className="muted">{t("masteryRule")}</p>
          <ul className={styles.list}>
            {p.sections.map((s) => {
              const percent = Math.round(s.mastery * 100);
              return (
                <li key={s.slug} data-section={s.slug}>
                  <div className={styles.row}>
                    <Link href={`/courses/${encodeURIComponent(s.courseSlug)}/${encodeURIComponent(s.slug)}`}>
                      {localized(s.title, locale)}
                    </Link>
                    <span className="muted">{t("masteryValue", { percent, tried: s.tried, total: s.total })}</span>
                  </div>
                  <div
                    className={styles.bar}
                    role="meter"
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                    aria-label={localized(s.title, locale)}
                  >
                    <div className={styles.fill} style={{ width: `${percent}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>

        <section className={`card ${styles.block}`} aria-labelledby="due-h">
          <h2 id="due-h">{t("dueHeading")}</h2>
          {p.due.length === 0 ? (
            <p className="muted">
              {t("dueEmpty")} {p.nextReviewInDays !== null ? t("nextReview", { days: p.nextReviewInDays }) : t("noReviews")}
            </p>
          ) : (
            <ul className={styles.list}>
              {p.due.map((d) => (
                <li key={`${d.kind}:${d.slug}`} className={styles.row}>
                  <Link href={d.href}>
                    {d.kind === "exercise" ? t("kindExercise") : t("kindTest")}: {d.slug}
                  </Link>
                  <span className="badge">{t("lastOutcome", { outcome: outcome(d.lastOutcome) })}</span>
                </li>
              ))}
            </ul>
          )}
          {p.upcoming.length > 0 && (
            <>
              <h3 className="muted">{t("upcomingHeading")}</h3>
              <ul className={styles.list}>
                {p.upcoming.map((d) => (
                  <li key={`${d.kind}:${d.slug}`} className={styles.row}>
                    <Link href={d.href}>{d.slug}</Link>
                    <span className="muted">{t("inDays", { days: d.inDays })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section className={`card ${styles.block}`} aria-labelledby="history-h" style={{ marginBottom: "var(--space-6)" }}>
        <h2 id="history-h">{t("historyHeading")}</h2>
        {history.length === 0 ? (
          <p className="muted">{t("historyEmpty")}</p>
        ) : (
          <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("historyChart", { count: history.length })}>
            <g className={styles.gridlines}>
              {[0, 50, 100].map((v) => {
                const y = 12 + (H - 24) * (1 - v / 100);
                return (
                  <g key={v}>
                    <line x1={12} x2={W - 12} y1={y} y2={y} />
                    <text className={styles.axis} x={14} y={y - 2}>
                      {v}%
                    </text>
                  </g>
                );
              })}
            </g>
            {points.length > 1 && <polyline className={styles.line} points={points.map(([x, y]) => `${x},${y}`).join(" ")} />}
            {points.map(([x, y], i) => (
              <circle key={i} className={history[i]!.kind === "exercise" ? styles.dotExercise : styles.dot} cx={x} cy={y} r={4}>
                <title>{`${label(history[i]!)} — ${history[i]!.percent}% (${format.dateTime(history[i]!.at, { dateStyle: "medium" })})`}</title>
              </circle>
            ))}
          </svg>
        )}
      </section>

      <div className={styles.grid}>
        <section className={`card ${styles.block}`} aria-labelledby="weak-h">
          <h2 id="weak-h">{t("weakHeading")}</h2>
          {p.weakSpots.length === 0 ? (
            <p className="muted">{t("weakEmpty")}</p>
          ) : (
            <ul className={styles.list}>
              {p.weakSpots.map((w) => (
                <li key={w.itemSlug} className={styles.row}>
                  <Link href={`/courses/${encodeURIComponent(w.courseSlug)}/${encodeURIComponent(w.sectionSlug)}`}>
                    {w.itemSlug} <span className="muted">— {localized(w.sectionTitle, locale)}</span>
                  </Link>
                  <span className="badge">{t("weakRow", { failed: w.failed, graded: w.graded })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className={`card ${styles.block}`} aria-labelledby="recent-h">
          <h2 id="recent-h">{t("recentHeading")}</h2>
          {p.recent.length === 0 ? (
            <p className="muted">{t("historyEmpty")}</p>
          ) : (
            <ul className={styles.list}>
              {p.recent.map((h, i) => (
                <li key={i} className={styles.row}>
                  <span>
                    <span className="badge">{kindLabel(h)}</span> {label(h)}
                  </span>
                  <span className="muted">
                    {h.percent}% · {format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <MyReports reports={reports} />
    </>
  );
}
