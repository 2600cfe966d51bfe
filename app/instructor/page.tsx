import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { getInstructorOverview } from "@/lib/courses/queries";
import { withDb } from "@/lib/http/errors";
import styles from "./instructor.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("instructor"))("title") };
}

export default async function InstructorPage() {
  await requireRole("instructor", { callbackUrl: "/instructor" });
  const [t, format, overview] = await Promise.all([
    getTranslations("instructor"),
    getFormatter(),
    withDb(() => getInstructorOverview(db())),
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
      </header>
      <dl className={styles.stats}>
        {stats.map(([key, value]) => (
          <div key={key} className={styles.stat} data-stat={key}>
            <dt>{t(key)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
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
    </>
  );
}
