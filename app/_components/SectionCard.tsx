import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SectionSummary } from "@/lib/courses/queries";
import { localized, type Locale } from "@/lib/i18n/config";
import styles from "./SectionCard.module.css";

/** A section as a card: title, summary, counts. Later issues add the learner's progress in `.progress`. */
export async function SectionCard({
  courseSlug,
  section,
  index,
  locale,
  headingLevel = 3,
}: {
  courseSlug: string;
  section: SectionSummary;
  index: string;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("learn.stats");
  const tc = await getTranslations("course");
  const H = `h${headingLevel}` as const;
  const href = `/courses/${encodeURIComponent(courseSlug)}/${encodeURIComponent(section.slug)}`;
  const summary = localized(section.summary, locale);
  return (
    <li className={styles.card} data-section={section.slug}>
      <span className={styles.index} aria-hidden="true">
        {index}
      </span>
      <div className={styles.body}>
        <H className={styles.title}>
          <Link href={href} className={styles.link}>
            <span className="visually-hidden">{tc("sectionLabel", { position: index })}: </span>
            {localized(section.title, locale)}
          </Link>
        </H>
        {summary && <p className={styles.summary}>{summary}</p>}
        <ul className={styles.stats} aria-label={localized(section.title, locale)}>
          <li className="badge badge-accent">{t("questions", { count: section.questionCount })}</li>
          <li className="badge">{t("exercises", { count: section.exerciseCount })}</li>
          {section.testCount > 0 && <li className="badge">{t("tests", { count: section.testCount })}</li>}
        </ul>
      </div>
    </li>
  );
}
