import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getSectionPage } from "@/lib/courses/queries";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import styles from "./section.module.css";

type Params = Promise<{ course: string; section: string }>;

/** One query per request, shared by generateMetadata and the page. */
const loadSection = cache((course: string, section: string) => withDb(() => getSectionPage(db(), course, section)));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { course, section } = await params;
  const page = await loadSection(course, section).catch(() => null);
  const locale = (await getLocale()) as Locale;
  return { title: page ? localized(page.section.title, locale) : undefined };
}

export default async function SectionPage({ params }: { params: Params }) {
  const { course, section: sectionSlug } = await params;
  await requireUser({ callbackUrl: `/courses/${course}/${sectionSlug}` });
  const page = await loadSection(course, sectionSlug);
  if (!page) notFound();
  const [t, tl, tn, locale] = await Promise.all([
    getTranslations("section"),
    getTranslations("learn.stats"),
    getTranslations("nav"),
    getLocale() as Promise<Locale>,
  ]);
  const { section } = page;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/learn">{tn("learn")}</Link>
          </li>
          <li>
            <Link href={`/courses/${encodeURIComponent(page.course.slug)}`}>{localized(page.course.title, locale)}</Link>
          </li>
          <li aria-current="page">{localized(section.title, locale)}</li>
        </ol>
      </nav>
      <header className="page-header">
        <span className="eyebrow">{localized(page.unit.title, locale)}</span>
        <h1>{localized(section.title, locale)}</h1>
        {section.summary ? <p>{localized(section.summary, locale)}</p> : null}
        <ul className={styles.stats}>
          <li className="badge badge-accent">{t("questionBank", { count: section.questionCount })}</li>
          <li className="badge">{tl("exercises", { count: section.exerciseCount })}</li>
        </ul>
      </header>

      <div className={styles.columns}>
        <section aria-labelledby="tests-heading" className={styles.column}>
          <h2 id="tests-heading">{t("testsHeading")}</h2>
          {page.tests.length === 0 ? (
            <p className="muted">{t("noTests")}</p>
          ) : (
            <ul className={styles.list}>
              {page.tests.map((test) => (
                <li key={test.slug} className={styles.row}>
                  <div className={styles.rowMain}>
                    <Link href={`/tests/${encodeURIComponent(test.slug)}`} className={styles.rowTitle}>
                      {localized(test.title, locale)}
                    </Link>
                    <span className={styles.rowMeta}>
                      {t("questionsInTest", { count: test.questionCount })} ·{" "}
                      {test.timeLimitS ? t("timeLimit", { minutes: Math.round(test.timeLimitS / 60) }) : t("untimed")}
                    </span>
                  </div>
                  <Link href={`/tests/${encodeURIComponent(test.slug)}`} className="btn btn-secondary" aria-hidden="true" tabIndex={-1}>
                    {t("start")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="exercises-heading" className={styles.column}>
          <h2 id="exercises-heading">{t("exercisesHeading")}</h2>
          {page.exercises.length === 0 ? (
            <p className="muted">{t("noExercises")}</p>
          ) : (
            <ul className={styles.list}>
              {page.exercises.map((ex, i) => (
                <li key={ex.slug} className={styles.row}>
                  <span className={styles.num} aria-hidden="true">
                    {i + 1}
                  </span>
                  <div className={styles.rowMain}>
                    <Link href={`/exercises/${encodeURIComponent(ex.slug)}`} className={styles.rowTitle}>
                      {localized(ex.title, locale)}
                    </Link>
                    <code className={styles.rowMeta}>{ex.slug}</code>
                  </div>
                  <Link href={`/exercises/${encodeURIComponent(ex.slug)}`} className="btn btn-secondary" aria-hidden="true" tabIndex={-1}>
                    {t("open")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
