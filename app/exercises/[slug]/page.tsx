// /exercises/[slug]: a code exercise (signed-in). The payload is whitelisted by lib/exercises/page-payload.ts —
// hidden tests and the reference solution never reach the browser.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import "katex/dist/katex.min.css";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/config";
import { getDraft } from "@/lib/exercises/drafts";
import { getExercisePagePayload } from "@/lib/exercises/page-payload";
import { assignmentForLearner } from "@/lib/assignments/service";
import { AssignmentBanner } from "@/app/learn/_components/AssignmentBanner";
import { ExerciseWorkspace } from "../ExerciseWorkspace";
import styles from "../exercises.module.css";

type Params = Promise<{ slug: string }>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = (await getLocale()) as Locale;
  const p = await withDb(() => getExercisePagePayload(db(), slug, locale)).catch(() => null);
  return { title: p?.title };
}

export default async function ExercisePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const user = await requireUser({ callbackUrl: `/exercises/${slug}` });
  const asked = (await searchParams)?.assignment;
  // ?assignment=<id>: the work counts for that class assignment; invisible (not a member, not yet open) → 404.
  const assignment =
    typeof asked === "string"
      ? await withDb(() => assignmentForLearner(db(), user.id, asked, new Date())).catch((e: unknown) => {
          if (e instanceof HttpError && e.status === 404) notFound();
          throw e;
        })
      : null;
  const locale = (await getLocale()) as Locale;
  const payload = await withDb(() => getExercisePagePayload(db(), slug, locale));
  if (!payload) notFound();
  const draft = (await withDb(() => getDraft(db(), user.id, slug))) ?? null;
  const [t, tn] = await Promise.all([getTranslations("exercises"), getTranslations("nav")]);
  const { promptHtml, hintsHtml, ...rest } = payload;

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/learn">{tn("learn")}</Link>
          </li>
          {payload.course ? (
            <li>
              <Link href={`/courses/${encodeURIComponent(payload.course.slug)}`}>{payload.course.title}</Link>
            </li>
          ) : null}
          {payload.course && payload.section ? (
            <li>
              <Link href={`/courses/${encodeURIComponent(payload.course.slug)}/${encodeURIComponent(payload.section.slug)}`}>
                {payload.section.title}
              </Link>
            </li>
          ) : null}
          <li aria-current="page">{payload.title}</li>
        </ol>
      </nav>
      {assignment && <AssignmentBanner assignment={assignment} />}
      <header className="page-header">
        <span className="eyebrow">{t("eyebrow")}</span>
        <h1>{payload.title}</h1>
        <ul className={styles.meta}>
          <li className="badge badge-accent">{payload.mode === "gapfill" ? t("modeGapfill") : t("modeFree")}</li>
          <li className="badge">{t("testCounts", { public: payload.publicTests.length, hidden: payload.hiddenTestCount })}</li>
          {payload.tags.map((tag) => (
            <li key={tag} className="badge">
              {tag}
            </li>
          ))}
        </ul>
      </header>
      <div className={styles.layout}>
        <article className={`card ${styles.prompt}`} aria-labelledby="prompt-heading">
          <h2 id="prompt-heading" className="visually-hidden">
            {t("promptHeading")}
          </h2>
          <div className={styles.markdown} dangerouslySetInnerHTML={{ __html: promptHtml }} />
          {hintsHtml.length ? (
            <section aria-labelledby="hints-heading" className={styles.hints}>
              <h3 id="hints-heading" className={styles.h3}>
                {t("hints")}
              </h3>
              {hintsHtml.map((h, i) => (
                <details key={i} className={styles.hint}>
                  <summary>{t("hintN", { n: i + 1 })}</summary>
                  <div dangerouslySetInnerHTML={{ __html: h }} />
                </details>
              ))}
            </section>
          ) : null}
        </article>
        <ExerciseWorkspace payload={rest} draft={draft} assignmentId={assignment?.id ?? null} />
      </div>
    </>
  );
}
