// The class page's assignments: list (dates in the class's time zone, link to each assignment's results) and, for
// those who may manage assignments, the form to create one.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { LocalTime } from "@/app/_components/LocalTime";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { classCan, type ClassPower } from "@/lib/classes/permissions";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import styles from "../../instructor.module.css";

export async function AssignmentsSection({ classId, timeZone, power }: { classId: string; timeZone: string; power: ClassPower }) {
  const [t, locale, assignments, tests] = await Promise.all([
    getTranslations("assignments"),
    getLocale() as Promise<Locale>,
    withDb(() =>
      db().assignment.findMany({
        where: { classId },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          opensAt: true,
          dueAt: true,
          closesAt: true,
          latePolicy: true,
          penaltyPerDay: true,
          test: { select: { slug: true } },
          _count: { select: { exercises: true } },
        },
      }),
    ),
    withDb(() =>
      db().test.findMany({
        where: { mockPlan: { equals: Prisma.DbNull } }, // a mock exam is set up on the class's mock exam page
        orderBy: [{ position: "asc" }, { slug: "asc" }],
        select: { slug: true, title: true },
      }),
    ),
  ]);
  return (
    <section aria-labelledby="assignments" className={styles.block}>
      <h2 id="assignments">{t("heading")}</h2>
      {assignments.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="assignment-list">
            <thead>
              <tr>
                <th scope="col">{t("title")}</th>
                <th scope="col">{t("opens")}</th>
                <th scope="col">{t("due")}</th>
                <th scope="col">{t("closes")}</th>
                <th scope="col">{t("latePolicy")}</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id} data-assignment={a.id}>
                  <td>
                    <Link href={`/instructor/classes/${classId}/assignments/${a.id}`}>{a.title}</Link>{" "}
                    <span className="muted">{a.test ? a.test.slug : t("exerciseCount", { count: a._count.exercises })}</span>
                  </td>
                  <td>
                    <LocalTime iso={a.opensAt.toISOString()} timeZone={timeZone} />
                  </td>
                  <td>
                    <LocalTime iso={a.dueAt.toISOString()} timeZone={timeZone} />
                  </td>
                  <td>
                    <LocalTime iso={a.closesAt.toISOString()} timeZone={timeZone} />
                  </td>
                  <td>{a.latePolicy === "no_credit" ? t("noCredit") : t("penaltyPerDayShort", { pct: a.penaltyPerDay })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {classCan(power, "manageAssignments") && (
        <details>
          <summary>{t("create")}</summary>
          <p className="muted">{t("datesHelp", { zone: timeZone })}</p>
          <ApiForm
            action={`/api/classes/${classId}/assignments`}
            testId="create-assignment"
            submitLabel={t("create")}
            fields={[
              { name: "title", label: t("title"), type: "text", required: true },
              {
                name: "testSlug",
                label: t("test"),
                type: "select",
                options: [
                  { value: "", label: t("noTest") },
                  ...tests.map((x) => ({ value: x.slug, label: `${localized(x.title, locale)} (${x.slug})` })),
                ],
              },
              { name: "exerciseSlugs", label: t("exercises"), type: "text", help: t("exercisesHelp") },
              { name: "opensAt", label: t("opens"), type: "datetime-local", required: true },
              { name: "dueAt", label: t("due"), type: "datetime-local", required: true },
              { name: "closesAt", label: t("closes"), type: "datetime-local", required: true },
              { name: "attemptsAllowed", label: t("attemptsAllowed"), type: "number", help: t("attemptsHelp") },
              { name: "timeLimitMin", label: t("timeLimitMin"), type: "number" },
              {
                name: "latePolicy",
                label: t("latePolicy"),
                type: "select",
                options: [
                  { value: "no_credit", label: t("noCredit") },
                  { value: "penalty_per_day", label: t("penaltyPerDay") },
                ],
              },
              { name: "penaltyPerDay", label: t("penaltyPct"), type: "number", defaultValue: "10" },
              {
                name: "release",
                label: t("release"),
                type: "select",
                defaultValue: "after_due",
                options: [
                  { value: "immediately", label: t("releaseImmediately") },
                  { value: "after_due", label: t("releaseAfterDue") },
                  { value: "after_close", label: t("releaseAfterClose") },
                ],
              },
            ]}
          />
        </details>
      )}
    </section>
  );
}
