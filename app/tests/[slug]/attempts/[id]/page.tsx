import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import "katex/dist/katex.min.css";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { buildAttemptPayload } from "@/lib/attempts/payload";
import { getOwnedAttempt, orderedAnswers } from "@/lib/attempts/service";
import { mockResult } from "@/lib/mock-exam/results";
import { MockResult } from "../../../_mock/MockResult";
import { AttemptPlayer } from "../../../AttemptPlayer";

type Params = Promise<{ slug: string; id: string }>;

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tests");
  return { title: t("reviewTitle") };
}

export default async function AttemptReviewPage({ params }: { params: Params }) {
  const { slug, id } = await params;
  const user = await requireUser({ callbackUrl: `/tests/${slug}/attempts/${id}` });
  // Owner only: anyone else (and unknown ids) get the 404 page.
  const attempt = await withDb(() => getOwnedAttempt(db(), user.id, id)).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
  const test = attempt.test;
  if (!test || test.slug !== slug) notFound(); // review sessions have their own page (/learn/review/[id])
  if (attempt.status === "in_progress") redirect(`/tests/${encodeURIComponent(slug)}`);
  const [t, locale] = await Promise.all([getTranslations("tests"), getLocale() as Promise<Locale>]);
  // a mock exam: its score by unit and section, questions to review, earlier attempts (lib/mock-exam/results)
  const mock = attempt.mockDraw ? await withDb(() => mockResult(db(), attempt)) : null;
  const numbers = new Map(orderedAnswers(attempt).map((r, i) => [r.slug, i + 1]));
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link href={`/tests/${encodeURIComponent(slug)}`}>{localized(test.title, locale)}</Link>
          </li>
          <li aria-current="page">{t("reviewTitle")}</li>
        </ol>
      </nav>
      <header className="page-header">
        <span className="eyebrow">{attempt.mode === "exam" ? t("modeExam") : t("modePractice")}</span>
        <h1>
          {t("reviewTitle")}: {localized(test.title, locale)}
        </h1>
      </header>
      {mock ? <MockResult result={mock} attemptId={attempt.id} numbers={numbers} locale={locale} /> : null}
      <AttemptPlayer initial={buildAttemptPayload(attempt, locale)} />
      <p>
        <Link href={`/tests/${encodeURIComponent(slug)}`} className="btn btn-secondary">
          {t("backToTest")}
        </Link>
      </p>
    </>
  );
}
