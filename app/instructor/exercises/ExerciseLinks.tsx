import Link from "next/link";
import type { ClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { listExerciseLinks } from "@/lib/gradebook/exercise-stats";
import base from "../instructor.module.css";

/** Instructor overview: every code exercise, linking to its statistics page (/instructor/exercises/[slug]). */
export async function ExerciseLinks({ scope }: { scope: ClassScope }) {
  const classId = scope.learnerClassId;
  const [t, format, locale, exercises] = await Promise.all([
    getTranslations("exerciseStats"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => listExerciseLinks(db(), { classId })),
  ]);
  return (
    <section aria-labelledby="exercise-links-heading" className={base.block}>
      <h2 id="exercise-links-heading">{t("overviewHeading")}</h2>
      {exercises.length === 0 ? (
        <p className="muted">{t("overviewEmpty")}</p>
      ) : (
        <div className={base.tableWrap}>
          <table className={base.table}>
            <thead>
              <tr>
                <th scope="col">{t("overviewExercise")}</th>
                <th scope="col">{t("overviewSection")}</th>
                <th scope="col" className={base.num}>
                  {t("overviewSubmissions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((e) => (
                <tr key={e.slug} data-exercise={e.slug}>
                  <th scope="row">
                    <Link
                      href={withClass(`/instructor/exercises/${encodeURIComponent(e.slug)}`, scope.current?.id)}
                      data-testid="exercise-stats-link"
                    >
                      {e.title ? localized(e.title, locale) : e.slug}
                    </Link>
                  </th>
                  <td>{localized(e.sectionTitle, locale)}</td>
                  <td className={base.num}>{format.number(e.submissions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
