import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { learnerVisibleTo, requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { DEFAULT_ATTEMPTS, DEFAULT_SUBMISSIONS, getLearnerDetail, pageSize } from "@/lib/gradebook/learner";
import { AttemptsTable } from "./AttemptsTable";
import { SubmissionsTable } from "./SubmissionsTable";
import { dateTime, moreHref, percent, type View } from "./view";
import styles from "./learner.module.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

// The title names no one: metadata is produced even for visitors the page itself turns away.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learnerDetail"))("title") };
}

/** One learner's record for instructors: mastery, every attempt and answer, every code submission with diffs. */
export default async function LearnerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = (await searchParams) ?? {};
  const scope = await requireClassScope(query.class, "view", { callbackUrl: `/instructor/learners/${encodeURIComponent(id)}` });
  // A learner who shares no class with the user is answered like an unknown id.
  if (!(await learnerVisibleTo(scope.user, id))) notFound();
  const limits = { attempts: pageSize(query.attempts, DEFAULT_ATTEMPTS), submissions: pageSize(query.submissions, DEFAULT_SUBMISSIONS) };
  const [t, tRoles, format, locale, detail] = await Promise.all([
    getTranslations("learnerDetail"),
    getTranslations("roles"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getLearnerDetail(db(), id, limits)),
  ]);
  if (!detail) notFound();
  const view: View = { t, format, locale };
  const { learner, attempts, submissions } = detail;
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{t("title")}</span>
        <h1>{learner.name || learner.email}</h1>
        <p>
          <Link href={withClass("/instructor/gradebook", scope.current?.id)} data-testid="gradebook-link">
            {t("back")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="account-heading" className={styles.block}>
        <h2 id="account-heading" className="visually-hidden">
          {t("summaryHeading")}
        </h2>
        <dl className={styles.summary}>
          <div>
            <dt>{t("email")}</dt>
            <dd>{learner.email}</dd>
          </div>
          <div>
            <dt>{t("role")}</dt>
            <dd>{tRoles(learner.role)}</dd>
          </div>
          <div>
            <dt>{t("joined")}</dt>
            <dd>
              <time dateTime={learner.createdAt.toISOString()}>{format.dateTime(learner.createdAt, { dateStyle: "medium" })}</time>
            </dd>
          </div>
          <div>
            <dt>{t("lastActivity")}</dt>
            <dd data-testid="last-activity">
              {detail.lastActivityAt ? (
                <time dateTime={detail.lastActivityAt.toISOString()}>{dateTime(view, detail.lastActivityAt)}</time>
              ) : (
                t("noActivity")
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="mastery-heading" className={styles.block}>
        <h2 id="mastery-heading">{t("masteryHeading")}</h2>
        {detail.mastery.length === 0 ? (
          <p className="muted">{t("masteryEmpty")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className={styles.caption}>{t("masteryCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("section")}</th>
                  <th scope="col" className={styles.num}>
                    {t("tried")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("mastery")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.mastery.map((s) => (
                  <tr key={s.slug} data-section={s.slug}>
                    <th scope="row">{localized(s.title, locale)}</th>
                    <td className={styles.num}>{t("triedValue", { tried: s.tried, total: s.total })}</td>
                    <td className={styles.num}>{percent(view, s.mastery)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="attempts-heading" id="attempts" className={styles.block}>
        <h2 id="attempts-heading">{t("attemptsHeading")}</h2>
        {attempts.total === 0 ? (
          <p className="muted">{t("attemptsEmpty")}</p>
        ) : (
          <>
            <p className="muted">{t("showing", { shown: attempts.items.length, total: attempts.total })}</p>
            <AttemptsTable attempts={attempts.items} view={view} />
            {attempts.items.length < attempts.total && (
              <p className={styles.more}>
                <Link
                  className="btn btn-secondary"
                  href={moreHref(learner.id, { ...limits, attempts: limits.attempts + DEFAULT_ATTEMPTS }, "attempts")}
                >
                  {t("showMore")}
                </Link>
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="submissions-heading" id="submissions" className={styles.block}>
        <h2 id="submissions-heading">{t("submissionsHeading")}</h2>
        {submissions.total === 0 ? (
          <p className="muted">{t("submissionsEmpty")}</p>
        ) : (
          <>
            <p className="muted">{t("showing", { shown: submissions.shown, total: submissions.total })}</p>
            {submissions.exercises.map((g) => (
              <section key={g.exerciseSlug} aria-labelledby={`exercise-${g.exerciseSlug}`} className={styles.exercise}>
                <h3 id={`exercise-${g.exerciseSlug}`}>
                  {localized(g.exerciseTitle, locale) || g.exerciseSlug} <code className="muted">{g.exerciseSlug}</code>
                </h3>
                <SubmissionsTable group={g} view={view} />
              </section>
            ))}
            {submissions.shown < submissions.total && (
              <p className={styles.more}>
                <Link
                  className="btn btn-secondary"
                  href={moreHref(learner.id, { ...limits, submissions: limits.submissions + DEFAULT_SUBMISSIONS }, "submissions")}
                >
                  {t("showMore")}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
