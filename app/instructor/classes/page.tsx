// /instructor/classes — the classes the user teaches (admins: every class) and the form to create one (global role
// instructor or admin; TAs see their classes only).
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { db } from "@/lib/db/client";
import { requireClassScope } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { DEFAULT_TIME_ZONE } from "@/lib/classes/time-zone";
import { listCourses } from "@/lib/courses/queries";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import styles from "../instructor.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes"))("title") };
}

export default async function ClassesPage() {
  const scope = await requireClassScope(undefined, "view", { callbackUrl: "/instructor/classes" });
  const [t, locale, courses] = await Promise.all([
    getTranslations("classes"),
    getLocale() as Promise<Locale>,
    withDb(() => listCourses(db())),
  ]);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      <section aria-labelledby="my-classes" className={styles.block}>
        <h2 id="my-classes">{t("myClasses")}</h2>
        {scope.classes.length === 0 ? (
          <p className="muted">{t("noClasses")}</p>
        ) : (
          <ul data-testid="class-list">
            {scope.classes.map((c) => (
              <li key={c.id}>
                <Link href={`/instructor/classes/${c.id}`} data-class={c.id}>
                  {c.name}
                </Link>{" "}
                <span className="muted">
                  {c.term} · {c.timeZone} · {t(`power.${c.power}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {hasRole(scope.user.role, "instructor") && (
        <section aria-labelledby="new-class" className={styles.block}>
          <h2 id="new-class">{t("createHeading")}</h2>
          <ApiForm
            action="/api/classes"
            testId="create-class"
            submitLabel={t("create")}
            redirectTo="/instructor/classes/{id}"
            fields={[
              {
                name: "courseSlug",
                label: t("course"),
                type: "select",
                required: true,
                options: courses.map((c) => ({ value: c.slug, label: localized(c.title, locale) })),
              },
              { name: "name", label: t("name"), type: "text", required: true },
              { name: "term", label: t("term"), type: "text" },
              { name: "timeZone", label: t("timeZone"), type: "text", defaultValue: DEFAULT_TIME_ZONE, help: t("timeZoneHelp") },
            ]}
          />
        </section>
      )}
    </>
  );
}
