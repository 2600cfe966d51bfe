import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getCourseMap } from "@/lib/courses/queries";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { UnitTests } from "../../_components/UnitTests";
import { SectionCard } from "../../_components/SectionCard";
import grid from "../../_components/grid.module.css";

type Params = Promise<{ course: string }>;

/** One query per request, shared by generateMetadata and the page. */
const loadCourseMap = cache((slug: string) => withDb(() => getCourseMap(db(), slug)));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { course } = await params;
  const map = await loadCourseMap(course).catch(() => null);
  const locale = (await getLocale()) as Locale;
  return { title: map ? localized(map.title, locale) : (await getTranslations("course"))("notFound") };
}

export default async function CourseMapPage({ params }: { params: Params }) {
  const { course: courseSlug } = await params;
  await requireUser({ callbackUrl: `/courses/${courseSlug}` });
  const map = await loadCourseMap(courseSlug);
  if (!map) notFound();
  const [t, tl, locale] = await Promise.all([getTranslations("course"), getTranslations("learn"), getLocale() as Promise<Locale>]);
  return (
    <>
      <header className="page-header">
        <h1>{localized(map.title, locale)}</h1>
        <ul className={grid.totals} aria-label={localized(map.title, locale)}>
          <li className="badge">{tl("stats.sections", { count: map.totals.sections })}</li>
          <li className="badge badge-accent">{tl("stats.questions", { count: map.totals.questions })}</li>
          <li className="badge">{tl("stats.exercises", { count: map.totals.exercises })}</li>
          <li className="badge">{tl("stats.tests", { count: map.totals.tests })}</li>
        </ul>
      </header>
      {map.units.map((unit, ui) => (
        <section key={unit.slug} className={grid.unit} aria-labelledby={`unit-${unit.slug}`}>
          <div className={grid.unitHeader}>
            <h2 id={`unit-${unit.slug}`}>{localized(unit.title, locale)}</h2>
          </div>
          <UnitTests tests={unit.unitTests} locale={locale} />
          {unit.sections.length === 0 ? (
            <p className="muted">{t("emptyUnit")}</p>
          ) : (
            <ul className={grid.sections}>
              {unit.sections.map((section, si) => (
                <SectionCard key={section.slug} courseSlug={map.slug} section={section} index={`${ui + 1}.${si + 1}`} locale={locale} />
              ))}
            </ul>
          )}
        </section>
      ))}
      {map.mockExams.length > 0 && (
        <section className={grid.unit} aria-labelledby="mock-exams">
          <div className={grid.unitHeader}>
            <h2 id="mock-exams">{t("mockExams")}</h2>
          </div>
          <UnitTests tests={map.mockExams} locale={locale} />
        </section>
      )}
    </>
  );
}
