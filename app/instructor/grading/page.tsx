import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { ClassSwitcher } from "../_components/ClassSwitcher";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { listPendingShortAnswers } from "@/lib/gradebook/manual";
import { GradeForm } from "./GradeForm";
import styles from "./grading.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gradebook"))("gradingTitle") };
}

/** The grading queue: pending short-text answers of finished attempts, oldest first, one form per answer. */
type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function GradingPage({ searchParams }: Props = {}) {
  const scope = await requireClassScope((await searchParams)?.class, "grade", { callbackUrl: "/instructor/grading" });
  const [t, format, locale, queue] = await Promise.all([
    getTranslations("gradebook"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => listPendingShortAnswers(db(), { limit: 50, classId: scope.learnerClassId })),
  ]);
  return (
    <>
      <header className="page-header">
        <h1>{t("gradingTitle")}</h1>
        <p>{t("gradingLead")}</p>
        <p>
          <Link href={withClass("/instructor/gradebook", scope.current?.id)}>{t("back")}</Link>
        </p>
      </header>
      <ClassSwitcher scope={scope} path="/instructor/grading" />
      {queue.total === 0 ? (
        <p className="muted">{t("gradingEmpty")}</p>
      ) : (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t("gradingPending", { count: queue.total, shown: queue.answers.length })}</h2>
          <ol className={styles.list}>
            {queue.answers.map((a) => {
              const met = a.criteria.filter((c) => c.met).length;
              return (
                <li key={a.answerId} className={styles.card} data-answer={a.answerId}>
                  <p className={styles.meta}>
                    {a.learner.name || a.learner.email} · {localized(a.testTitle, locale)} ·{" "}
                    <Link href={withClass(`/instructor/items/${encodeURIComponent(a.itemSlug)}`, scope.current?.id)}>
                      <code>{a.itemSlug}</code>
                    </Link>
                    {a.submittedAt ? (
                      <>
                        {" · "}
                        <time dateTime={a.submittedAt.toISOString()}>
                          {format.dateTime(a.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                        </time>
                      </>
                    ) : null}
                  </p>
                  {a.prompt != null && <p>{localized(a.prompt, locale)}</p>}
                  <blockquote className={styles.response} aria-label={t("gradingAnswer")}>
                    {a.response || <span className="muted">{t("none")}</span>}
                  </blockquote>
                  <p className={styles.meta}>{t("gradingRubricMet", { met, total: a.criteria.length })}</p>
                  {a.criteria.length > 0 && (
                    <ul className={styles.criteria}>
                      {a.criteria.map((c) => (
                        <li key={c.id} className={c.met ? "badge badge-accent" : "badge"} data-met={c.met}>
                          {c.met ? "✓" : "✗"} {c.description ? localized(c.description, locale) : c.id}
                          {c.keyword ? ` — “${c.keyword}”` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                  <GradeForm answerId={a.answerId} suggested={a.criteria.length ? met / a.criteria.length : 0} />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
