import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import "katex/dist/katex.min.css";
import { formatDateTime, formatScore, percent } from "@/app/_lib/format";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { ApiForm } from "@/app/_components/ApiForm";
import { AssignmentBanner } from "@/app/learn/_components/AssignmentBanner";
import { assignmentForLearner } from "@/lib/assignments/service";
import { localized, type Locale } from "@/lib/i18n/config";
import { buildAttemptPayload } from "@/lib/attempts/payload";
import { getOwnedAttempt, HINT_PENALTY, RETRY_PENALTY } from "@/lib/attempts/service";
import { getTestPage } from "../queries";
import { AttemptPlayer } from "../AttemptPlayer";
import { StartPanel } from "../StartPanel";
import { MockStartPanel } from "../_mock/MockStartPanel";
import { mockPreview } from "@/lib/mock-exam/preview";
import styles from "../tests.module.css";

type Params = Promise<{ slug: string }>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const test = await withDb(() => db().test.findUnique({ where: { slug }, select: { title: true } })).catch(() => null);
  const locale = (await getLocale()) as Locale;
  return { title: test ? localized(test.title, locale) : undefined };
}

export default async function TestPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams?: Promise<{ mode?: string | string[]; assignment?: string | string[] }>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const wanted = query?.mode;
  const user = await requireUser({ callbackUrl: `/tests/${slug}` });
  const data = await withDb(() => getTestPage(db(), slug, user.id));
  if (!data) notFound();
  const { test } = data;
  // ?assignment=<id> (My assignments, an LMS launch): the attempt is started for that class assignment; one that is
  // not the learner's, not yet open or not of this test → 404.
  const assignment =
    typeof query?.assignment === "string"
      ? await withDb(() => assignmentForLearner(db(), user.id, query.assignment as string, new Date())).catch((e: unknown) => {
          if (e instanceof HttpError && e.status === 404) notFound();
          throw e;
        })
      : null;
  if (assignment && assignment.testId !== test.id) notFound();
  const [t, tn, ta, tm, locale] = await Promise.all([
    getTranslations("tests"),
    getTranslations("nav"),
    getTranslations("assignments"),
    getTranslations("mock"),
    getLocale() as Promise<Locale>,
  ]);

  // An exam in progress takes precedence over practice unless ?mode=practice asks for the practice attempt (the
  // "resume" links say which one they mean); the deadline is checked (lazy expiry) on load.
  const first = wanted === "practice" ? "practice" : "exam";
  const open = [...data.attempts]
    .sort((a, b) => (a.mode === b.mode ? 0 : a.mode === first ? -1 : 1))
    .find((a) => a.status === "in_progress");
  const attempt = open ? await withDb(() => getOwnedAttempt(db(), user.id, open.id)) : null;
  const live = attempt && attempt.status === "in_progress" ? attempt : null;
  const attempts = live || !attempt ? data.attempts : (await withDb(() => getTestPage(db(), slug, user.id)))!.attempts;

  const title = localized(test.title, locale);
  // a mock exam (lib/mock-exam): the learner's own plan (class settings or the test's) and what the bank can serve
  const mock = test.mockPlan ? await withDb(() => mockPreview(db(), user.id, test)) : null;
  const minutes = mock ? mock.plan.timeLimitMinutes : test.timeLimitS ? Math.round(test.timeLimitS / 60) : null;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/learn">{tn("learn")}</Link>
          </li>
          <li>
            <Link href={`/courses/${encodeURIComponent(test.unit.course.slug)}`}>{localized(test.unit.course.title, locale)}</Link>
          </li>
          {test.section ? (
            <li>
              <Link href={`/courses/${encodeURIComponent(test.unit.course.slug)}/${encodeURIComponent(test.section.slug)}`}>
                {localized(test.section.title, locale)}
              </Link>
            </li>
          ) : null}
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <header className="page-header">
        <span className="eyebrow">
          {mock ? tm("eyebrow", { course: localized(test.unit.course.title, locale) }) : localized(test.unit.title, locale)}
        </span>
        <h1>{title}</h1>
        <ul className={styles.meta}>
          <li className="badge badge-accent">
            {t("questions", { count: live ? live.answers.length : mock ? mock.drawn : test._count.items })}
          </li>
          <li className="badge">{minutes ? t("timeLimit", { minutes }) : t("untimed")}</li>
          {live ? <li className="badge">{live.mode === "exam" ? t("modeExam") : t("modePractice")}</li> : null}
        </ul>
      </header>

      {assignment && <AssignmentBanner assignment={assignment} />}
      {live ? (
        <AttemptPlayer initial={buildAttemptPayload(live, locale)} />
      ) : (
        <>
          {assignment ? (
            <ApiForm
              action="/api/attempts"
              fixed={{ assignmentId: assignment.id }}
              submitLabel={ta("start")}
              redirectTo="/tests/{testSlug}/attempts/{attemptId}"
              testId="start-assignment"
            />
          ) : mock ? (
            <MockStartPanel
              testSlug={test.slug}
              requested={mock.plan.questions}
              drawn={mock.drawn}
              minutes={mock.plan.timeLimitMinutes}
              classPlan={mock.classPlan}
            />
          ) : (
            <StartPanel
              testSlug={test.slug}
              minutes={minutes}
              examTaken={attempts.some((a) => a.mode === "exam")}
              penalties={{ hint: percent(HINT_PENALTY), retry: percent(RETRY_PENALTY) }}
            />
          )}
          <section aria-labelledby="history-heading" className={styles.history}>
            <h2 id="history-heading">{t("history")}</h2>
            {attempts.length === 0 ? (
              <p className="muted">{t("noAttempts")}</p>
            ) : (
              <ul className={styles.historyList}>
                {attempts.map((a) => (
                  <li key={a.id} className={styles.historyRow} data-attempt={a.id}>
                    <span className="badge">{a.mode === "exam" ? t("modeExam") : t("modePractice")}</span>
                    <span>
                      {t("startedAt", {
                        date: formatDateTime(a.startedAt, locale, { timeZone: "Asia/Tokyo" }),
                      })}
                    </span>
                    <span className={styles.historyStatus}>
                      {a.status === "in_progress"
                        ? t("statusInProgress")
                        : a.status === "expired"
                          ? t("statusExpired")
                          : t("statusSubmitted")}
                    </span>
                    {a.score !== null && a.maxScore !== null ? (
                      <strong>{t("scoreOf", { score: formatScore(a.score), max: formatScore(a.maxScore) })}</strong>
                    ) : (
                      <span />
                    )}
                    {a.status !== "in_progress" ? (
                      <Link href={`/tests/${encodeURIComponent(test.slug)}/attempts/${a.id}`} className="btn btn-secondary">
                        {t("viewReview")}
                      </Link>
                    ) : (
                      <span />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
