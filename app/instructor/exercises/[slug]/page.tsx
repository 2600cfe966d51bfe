import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { ClassSwitcher } from "../../_components/ClassSwitcher";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { getExerciseStats, type StatsScope } from "@/lib/gradebook/exercise-stats";
import { listRegradeRuns } from "@/lib/gradebook/regrade";
import { FailurePatterns } from "./FailurePatterns";
import { PassRateChart } from "./PassRateChart";
import { RegradeHistory } from "./RegradeHistory";
import { RegradePanel } from "./RegradePanel";
import base from "../../instructor.module.css";
import styles from "./exercise-stats.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await getTranslations("exerciseStats"))("title", { title: slug }) };
}

/** Statistics, failure patterns and regrade of one code exercise (instructors and admins). */
export default async function ExerciseStatsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const path = `/instructor/exercises/${encodeURIComponent(slug)}`;
  const sp = (await searchParams) ?? {};
  const classScope = await requireClassScope(sp.class, "view", { callbackUrl: path });
  const scope: StatsScope = sp.scope === "all" ? "all" : "latest";
  const cls = (href: string) => withClass(href, classScope.current?.id);
  const [t, format, locale, s] = await Promise.all([
    getTranslations("exerciseStats"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getExerciseStats(db(), slug, { scope, classId: classScope.learnerClassId })),
  ]);
  if (!s) notFound();
  const runs = await withDb(() => listRegradeRuns(db(), s.slug));
  const percent = (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const title = s.title ? localized(s.title, locale) : s.slug;
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{localized(s.sectionTitle, locale)}</span>
        <h1>{t("title", { title })}</h1>
        <p>
          <code>{s.slug}</code> · {t("version", { version: s.currentVersion })}
        </p>
        <p>
          <Link href={cls("/instructor")}>{t("back")}</Link> ·{" "}
          <Link href={`/exercises/${encodeURIComponent(s.slug)}`}>{t("openExercise")}</Link>
        </p>
        <ClassSwitcher scope={classScope} path={path} />
      </header>
      <dl className={base.stats}>
        <div className={base.stat} data-stat="submissions">
          <dt>{t("submissions")}</dt>
          <dd>
            {format.number(s.submissions.total)}
            <span className={styles.sub}>{t("submissionsDetail", s.submissions)}</span>
          </dd>
        </div>
        <div className={base.stat} data-stat="learners">
          <dt>{t("learners")}</dt>
          <dd>{format.number(s.learners)}</dd>
        </div>
        <div className={base.stat} data-stat="first-pass">
          <dt>{t("firstPass")}</dt>
          <dd>
            {percent(s.firstPass.rate)}
            <span className={styles.sub}>{t("passOf", { passed: s.firstPass.passed, of: s.firstPass.of })}</span>
          </dd>
        </div>
        <div className={base.stat} data-stat="eventual-pass">
          <dt>{t("eventualPass")}</dt>
          <dd>
            {percent(s.eventualPass.rate)}
            <span className={styles.sub}>{t("passOf", { passed: s.eventualPass.passed, of: s.eventualPass.of })}</span>
          </dd>
        </div>
        <div className={base.stat} data-stat="mean-score">
          <dt>{t("meanScore")}</dt>
          <dd>{percent(s.meanLatestScore)}</dd>
        </div>
      </dl>
      <p className="muted">{t("rulesNote")}</p>

      <nav className={styles.scope} aria-label={t("scopeLabel")}>
        <span>{t("scopeLabel")}:</span>
        <Link href={cls(path)} aria-current={scope === "latest" ? "page" : undefined}>
          {t("scopeLatest")}
        </Link>
        <span aria-hidden="true">·</span>
        <Link href={cls(`${path}?scope=all`)} aria-current={scope === "all" ? "page" : undefined}>
          {t("scopeAll")}
        </Link>
      </nav>

      <section aria-labelledby="tests-heading" className={base.block}>
        <h2 id="tests-heading">{t("testsHeading")}</h2>
        {s.inScope === 0 ? (
          <p className="muted">{t("testsEmpty")}</p>
        ) : (
          <>
            <p className="muted">{t("testsLead", { count: s.inScope, passing: s.passingInScope })}</p>
            <PassRateChart tests={s.perTest} t={t} percent={percent} />
          </>
        )}
      </section>

      <section aria-labelledby="patterns-heading" className={base.block}>
        <h2 id="patterns-heading">{t("patternsHeading")}</h2>
        <p className="muted">{t("patternsLead")}</p>
        <FailurePatterns
          stats={s}
          t={t}
          percent={percent}
          locale={locale}
          formatDate={(d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}
        />
      </section>

      <section aria-labelledby="regrade-heading" className={base.block}>
        <h2 id="regrade-heading">{t("regradeHeading")}</h2>
        <p className="muted">{t("regradeLead", { version: s.currentVersion })}</p>
        <RegradePanel slug={s.slug} submissions={s.submissions.total} initialRun={runs[0] ?? null} />
      </section>

      <section aria-labelledby="history-heading" className={base.block}>
        <h2 id="history-heading">{t("historyHeading")}</h2>
        <RegradeHistory runs={runs} t={t} formatDate={(d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" })} />
      </section>
    </>
  );
}
