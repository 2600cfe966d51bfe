// The class page's list of the course's mock exams, each linking to its settings and results by section.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { courseMockTests } from "@/lib/mock-exam/config";
import styles from "../../instructor.module.css";

export async function MockExamsSection({ classId }: { classId: string }) {
  const tests = await withDb(async () => {
    const c = await db().class.findUniqueOrThrow({ where: { id: classId }, select: { courseId: true } });
    return courseMockTests(db(), c.courseId);
  });
  if (tests.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("mock"), getLocale() as Promise<Locale>]);
  return (
    <section aria-labelledby="mock-exams" className={styles.block}>
      <h2 id="mock-exams">{t("classLink")}</h2>
      <ul>
        {tests.map((m) => (
          <li key={m.slug}>
            {localized(m.title, locale)} ·{" "}
            <Link href={`/instructor/classes/${classId}/mock-exams/${encodeURIComponent(m.slug)}`} data-testid={`mock-link-${m.slug}`}>
              {t("open")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
