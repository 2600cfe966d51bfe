import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { listCourses } from "@/lib/courses/queries";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("courses") };
}

export default async function CoursesPage() {
  await requireUser({ callbackUrl: "/courses" });
  const courses = await withDb(() => listCourses(db()));
  if (courses.length === 1) redirect(`/courses/${encodeURIComponent(courses[0]!.slug)}`);
  const [t, tl, locale] = await Promise.all([getTranslations("nav"), getTranslations("learn"), getLocale() as Promise<Locale>]);
  return (
    <>
      <header className="page-header">
        <h1>{t("courses")}</h1>
      </header>
      {courses.length === 0 ? (
        <p className="alert alert-info">{tl("noCourses")}</p>
      ) : (
        <ul>
          {courses.map((c) => (
            <li key={c.slug}>
              <Link href={`/courses/${encodeURIComponent(c.slug)}`}>{localized(c.title, locale)}</Link>{" "}
              <span className="muted">{tl("stats.sections", { count: c.totals.sections })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
