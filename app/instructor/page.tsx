import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { ClassSwitcher } from "./_components/ClassSwitcher";
import { db } from "@/lib/db/client";
import { getInstructorOverview, listCourses } from "@/lib/courses/queries";
import { localized, type Locale } from "@/lib/i18n/config";
import { withDb } from "@/lib/http/errors";
import Link from "next/link";
import { ExerciseLinks } from "./exercises/ExerciseLinks";
import { openReportCounts } from "@/lib/reports/service";
import styles from "./instructor.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("instructor"))("title") };
}

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** Admins see the whole installation (counts, audit log); instructors and TAs their class switcher and content. */
export default async function InstructorPage({ searchParams }: Props = {}) {
  const scope = await requireClassScope((await searchParams)?.class, "view", { callbackUrl: "/instructor" });
  const admin = scope.user.role === "admin";
  const tc = await getTranslations("classes");
  const cls = (href: string) => withClass(href, scope.current?.id);
  const [t, tg, format, locale, overview, courses, reports, tr] = await Promise.all([
    getTranslations("instructor"),
    getTranslations("gradebook"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getInstructorOverview(db())),
    withDb(() => listCourses(db())),
    withDb(() => openReportCounts(db(), scope.learnerClassId)),
    getTranslations("reports"),
  ]);
  const stats = [
    ["learners", overview.learners],
    ["instructors", overview.staff],
    ["items", overview.items],
    ["exercises", overview.exercises],
    ["tests", overview.tests],
    ["attempts", overview.attempts],
    ["submissions", overview.submissions],
  ] as const;
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <p>
          <Link href="/instructor/classes" className="btn btn-secondary" data-testid="classes-link">
            {tc("title")}
          </Link>{" "}
          <Link href={cls("/instructor/gradebook")} className="btn btn-secondary" data-testid="gradebook-link">
            {tg("title")}
          </Link>{" "}
          <Link href={cls("/instructor/grading")} className="btn btn-secondary" data-testid="grading-link">
            {tg("gradingTitle")}
          </Link>{" "}
          <Link href="/instructor/reports" className="btn btn-secondary" data-testid="reports-link" data-open={reports.total}>
            {tr("openCount", { count: reports.total })}
          </Link>
        </p>
      </header>
      <ClassSwitcher scope={scope} path="/instructor" />
      {admin && (
        <dl className={styles.stats}>
          {stats.map(([key, value]) => (
            <div key={key} className={styles.stat} data-stat={key}>
              <dt>{t(key)}</dt>
              <dd>{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {courses.map((course) => (
        <section key={course.slug} aria-labelledby={`content-${course.slug}`} className={styles.block}>
          <h2 id={`content-${course.slug}`}>
            {t("contentHeading")} <span className="muted">— {localized(course.title, locale)}</span>
          </h2>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("contentSection")}</th>
                  <th scope="col" className={styles.num}>
                    {t("items")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("exercises")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("tests")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {course.units.flatMap((unit) =>
                  unit.sections.map((s) => (
                    <tr key={s.slug} data-section={s.slug}>
                      <th scope="row">{localized(s.title, locale)}</th>
                      <td className={styles.num}>{format.number(s.questionCount)}</td>
                      <td className={styles.num}>{format.number(s.exerciseCount)}</td>
                      <td className={styles.num}>{format.number(s.testCount)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <ExerciseLinks scope={scope} />
      {admin && (
        <section aria-labelledby="audit-heading">
          <h2 id="audit-heading">{t("auditHeading")}</h2>
          {overview.recentAudit.length === 0 ? (
            <p className="muted">{t("auditEmpty")}</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t("auditWhen")}</th>
                    <th scope="col">{t("auditWho")}</th>
                    <th scope="col">{t("auditAction")}</th>
                    <th scope="col">{t("auditTarget")}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.recentAudit.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <time dateTime={a.createdAt.toISOString()}>
                          {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                        </time>
                      </td>
                      <td>{a.actor ? a.actor.name || a.actor.email : t("system")}</td>
                      <td>
                        <code>{a.action}</code>
                      </td>
                      <td>
                        {a.targetType} <code className="muted">{a.targetId}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
