// /instructor/classes/[id]/mock-exams/[slug] — a mock exam in one class: its settings (question count, minutes,
// proportions by unit and section; instructors only) and the class's results by section (lib/mock-exam).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { pct, ScoreBar } from "@/app/tests/_mock/ScoreBar";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { classCan } from "@/lib/classes/permissions";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { classMockResults } from "@/lib/mock-exam/class-results";
import { getClassMockSettings } from "@/lib/mock-exam/config";
import { MockSettingsForm } from "./MockSettingsForm";
import styles from "../../../../instructor.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mock"))("startTitle") };
}

export default async function ClassMockExamPage({ params }: Props) {
  const { id, slug } = await params;
  const scope = await requireClassScope(id, "view", {
    callbackUrl: `/instructor/classes/${encodeURIComponent(id)}/mock-exams/${encodeURIComponent(slug)}`,
  });
  const c = scope.current!;
  const load = () => Promise.all([getClassMockSettings(db(), c.id, slug), classMockResults(db(), c.id, slug)]);
  const [settings, results] = await withDb(load).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
  const [t, tc, locale] = await Promise.all([getTranslations("mock"), getTranslations("classes"), getLocale() as Promise<Locale>]);
  const manage = classCan(c.power, "manageAssignments");
  const action = `/api/classes/${c.id}/mock-exams/${encodeURIComponent(slug)}`;
  const units = settings.bank.units.map((u) => ({
    slug: u.slug,
    title: localized(u.title, locale),
    bank: u.sections.reduce((n, s) => n + s.items.length, 0),
    sections: u.sections.map((s) => ({ slug: s.slug, title: localized(s.title, locale), bank: s.items.length })),
  }));
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{c.name}</span>
        <h1>{localized(results.test.title, locale)}</h1>
        <p>
          <Link href={`/instructor/classes/${c.id}`}>{c.name}</Link> ·{" "}
          <Link href={withClass("/instructor/gradebook", c.id)}>{tc("gradebook")}</Link>
        </p>
      </header>

      <section aria-labelledby="mock-settings" className={styles.block}>
        <h2 id="mock-settings">
          {t("settingsHeading")} <span className="badge">{settings.custom ? t("custom") : t("default")}</span>
        </h2>
        <p className="muted">{t("settingsLead")}</p>
        <p data-testid="mock-plan">
          {t("questions")}: {settings.plan.questions} · {t("minutes")}: {settings.plan.timeLimitMinutes}
        </p>
        {manage && (
          <>
            <MockSettingsForm
              action={action}
              questions={settings.plan.questions}
              minutes={settings.plan.timeLimitMinutes}
              units={units}
              unitWeights={settings.plan.units}
              sectionWeights={settings.plan.sections}
            />
            {settings.custom && (
              <ApiForm action={action} method="DELETE" submitLabel={t("reset")} variant="secondary" testId="mock-reset" />
            )}
          </>
        )}
      </section>

      <section aria-labelledby="mock-results" className={styles.block}>
        <h2 id="mock-results">{t("resultsHeading")}</h2>
        <p className="muted">{t("resultsLead")}</p>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="mock-class-results">
            <thead>
              <tr>
                <th scope="col">{t("learnerCol")}</th>
                <th scope="col">{t("attemptsCol")}</th>
                <th scope="col">{t("total")}</th>
                {results.sections.map((s) => (
                  <th key={s.section} scope="col" title={localized(s.unitTitle, locale)}>
                    {localized(s.title, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.learners.map((l) => (
                <tr key={l.userId} data-learner={l.email}>
                  <th scope="row">
                    <Link href={withClass(`/instructor/learners/${l.userId}`, c.id)}>{l.name}</Link>
                  </th>
                  <td>{l.attempts}</td>
                  <td>{l.latest ? pct(l.latest.ratio) : t("noAttempt")}</td>
                  {results.sections.map((s) => (
                    <td key={s.section} data-section={s.section}>
                      {l.latest ? pct(l.latest.bySection[s.section] ?? null) : t("noAttempt")}
                    </td>
                  ))}
                </tr>
              ))}
              <tr data-testid="mock-class-mean">
                <th scope="row">{t("mean")}</th>
                <td />
                <td />
                {results.sections.map((s) => (
                  <td key={s.section} data-section={s.section}>
                    {pct(results.mean[s.section] ?? null)}
                    <ScoreBar ratio={results.mean[s.section] ?? null} />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
