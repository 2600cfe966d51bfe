import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { listCourses } from "@/lib/courses/queries";
import { getResumeList } from "@/lib/progress/resume";
import { getReviewSummary } from "@/lib/review/summary";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { UnitTests } from "../_components/UnitTests";
import { SectionCard } from "../_components/SectionCard";
import grid from "../_components/grid.module.css";
import { listMyAssignments } from "@/lib/assignments/mine";
import { learnerClasses } from "@/lib/classes/service";
import { MyAssignmentsPanel } from "./_components/MyAssignmentsPanel";
import { ResumePanel } from "./_components/ResumePanel";
import { ReviewPanel } from "./_components/ReviewPanel";
import panels from "./_components/panels.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learn"))("title") };
}

export default async function LearnPage() {
  const user = await requireUser({ callbackUrl: "/learn" });
  const now = new Date();
  const [t, tp, locale, courses, review, resume] = await Promise.all([
    getTranslations("learn"),
    getTranslations("progress"),
    getLocale() as Promise<Locale>,
    withDb(() => listCourses(db())),
    withDb(() => getReviewSummary(db(), user.id, now)), // the signed-in learner's own rows only
    withDb(() => getResumeList(db(), user.id, now)),
  ]);
  const [assignments, classes] = await Promise.all([
    withDb(() => listMyAssignments(db(), user.id, now)),
    withDb(() => learnerClasses(db(), user.id)),
  ]);
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{t("title")}</span>
        <h1>{t("greeting", { name: user.name || user.email })}</h1>
        <p>{t("lead")}</p>
        <p>
          <Link href="/learn/progress" className="btn btn-secondary">
            {tp("link")}
          </Link>
        </p>
      </header>
      <div className={panels.grid}>
        <MyAssignmentsPanel assignments={assignments} inClass={classes.length > 0} />
        <ReviewPanel summary={review} now={now} />
        <ResumePanel resume={resume} hideWhenEmpty />
      </div>
      {courses.length === 0 && <p className="alert alert-info">{t("noCourses")}</p>}
      {courses.map((course) => (
        <section key={course.slug} className={grid.courseBlock} aria-labelledby={`course-${course.slug}`}>
          <div className={grid.courseHead}>
            <h2 id={`course-${course.slug}`}>{localized(course.title, locale)}</h2>
            <Link href={`/courses/${encodeURIComponent(course.slug)}`} className="btn btn-secondary">
              {t("openCourse")}
            </Link>
          </div>
          <ul className={grid.totals} aria-label={localized(course.title, locale)}>
            <li className="badge">{t("stats.sections", { count: course.totals.sections })}</li>
            <li className="badge badge-accent">{t("stats.questions", { count: course.totals.questions })}</li>
            <li className="badge">{t("stats.exercises", { count: course.totals.exercises })}</li>
            <li className="badge">{t("stats.tests", { count: course.totals.tests })}</li>
          </ul>
          {course.units.map((unit, ui) => (
            <div key={unit.slug}>
              <h3 className="muted">{localized(unit.title, locale)}</h3>
              <UnitTests tests={unit.unitTests} locale={locale} />
              <ul className={grid.sections}>
                {unit.sections.map((section, si) => (
                  <SectionCard
                    key={section.slug}
                    courseSlug={course.slug}
                    section={section}
                    index={`${ui + 1}.${si + 1}`}
                    locale={locale}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
