import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TestSummary } from "@/lib/courses/queries";
import { localized, type Locale } from "@/lib/i18n/config";
import styles from "./UnitTests.module.css";

/** The unit-wide tests (e.g. the end-of-unit exam) shown above a unit's sections. */
export async function UnitTests({ tests, locale }: { tests: TestSummary[]; locale: Locale }) {
  if (tests.length === 0) return null;
  const t = await getTranslations("section");
  const tc = await getTranslations("course");
  return (
    <ul className={styles.list} aria-label={tc("unitTests")}>
      {tests.map((test) => (
        <li key={test.slug} className={styles.item}>
          <span className={styles.icon} aria-hidden="true">
            ✎
          </span>
          <div className={styles.main}>
            <Link href={`/tests/${encodeURIComponent(test.slug)}`} className={styles.title}>
              {localized(test.title, locale)}
            </Link>
            <span className={styles.meta}>
              {t("questionsInTest", { count: test.questionCount })} ·{" "}
              {test.timeLimitS ? t("timeLimit", { minutes: Math.round(test.timeLimitS / 60) }) : t("untimed")}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
