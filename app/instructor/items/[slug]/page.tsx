import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { openReportCounts } from "@/lib/reports/service";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { ClassSwitcher } from "../../_components/ClassSwitcher";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { getItemStats } from "@/lib/gradebook/items";
import { listItemAudit } from "@/lib/gradebook/manual";
import { WrongAnswers } from "../WrongAnswers";
import styles from "../../instructor.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await getTranslations("gradebook"))("itemTitle", { slug }) };
}

export default async function ItemStatsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const scope = await requireClassScope((await searchParams)?.class, "view", {
    callbackUrl: `/instructor/items/${encodeURIComponent(slug)}`,
  });
  const classId = scope.learnerClassId;
  const [t, format, locale, s] = await Promise.all([
    getTranslations("gradebook"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getItemStats(db(), slug, { classId })),
  ]);
  if (!s) notFound();
  const [audit, reports, tr] = await Promise.all([
    withDb(() => listItemAudit(db(), s.slug, { classId })),
    withDb(() => openReportCounts(db(), classId)),
    getTranslations("reports"),
  ]);
  const openReports = reports.bySlug.get(s.slug) ?? 0;
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const score = (v: unknown) => (typeof v === "number" ? percent(v) : t("none"));
  const totalChosen = s.options.reduce((n, o) => n + o.count, 0) + s.unanswered;
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{localized(s.sectionTitle, locale)}</span>
        <h1>{t("itemTitle", { slug: s.slug })}</h1>
        {s.prompt != null && <p>{localized(s.prompt, locale)}</p>}
        <p>
          <Link href={withClass("/instructor/gradebook", scope.current?.id)}>{t("back")}</Link>
        </p>
        <ClassSwitcher scope={scope} path={`/instructor/items/${encodeURIComponent(s.slug)}`} />
      </header>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>{t("responses")}</dt>
          <dd>{format.number(s.n)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{t("facility")}</dt>
          <dd>{s.facility === null ? t("none") : percent(s.facility)}</dd>
        </div>
        <div className={styles.stat} data-stat="open-reports">
          <dt>
            <Link href={`/instructor/reports?slug=${encodeURIComponent(s.slug)}`}>{tr("title")}</Link>
          </dt>
          <dd>{format.number(openReports)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{t("discrimination")}</dt>
          <dd>
            {s.discrimination === null
              ? t("none")
              : format.number(s.discrimination, { maximumFractionDigits: 2, signDisplay: "exceptZero" })}
          </dd>
        </div>
      </dl>
      <p className="muted">{s.discrimination === null ? t("notEnough") : t("discriminationRule", { size: s.groupSize })}</p>
      <section aria-labelledby="opt-heading" className={styles.block}>
        <h2 id="opt-heading">{t("optionsHeading")}</h2>
        {s.options.length === 0 ? (
          <p className="muted">{t("notChoice")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("option")}</th>
                  <th scope="col" className={styles.num}>
                    {t("chosen")}
                  </th>
                  <th scope="col" className={styles.num}>
                    %
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...s.options, ...(s.unanswered ? [{ id: "", text: t("noOption"), correct: false, count: s.unanswered }] : [])].map(
                  (o) => (
                    <tr key={o.id || "none"} data-option={o.id}>
                      <th scope="row">
                        {o.id && <code>{o.id}</code>} {localized(o.text, locale)}{" "}
                        {o.correct && <span className="badge badge-accent">{t("correct")}</span>}
                      </th>
                      <td className={styles.num}>{format.number(o.count)}</td>
                      <td className={styles.num}>{totalChosen ? percent(o.count / totalChosen) : t("none")}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {s.wrong && <WrongAnswers report={s.wrong} locale={locale} t={t} format={format} />}
      <section aria-labelledby="audit-heading" className={styles.block}>
        <h2 id="audit-heading">{t("auditHeading")}</h2>
        {audit.length === 0 ? (
          <p className="muted">{t("auditEmpty")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("auditWhen")}</th>
                  <th scope="col">{t("auditWho")}</th>
                  <th scope="col">{t("auditLearner")}</th>
                  <th scope="col">{t("auditAction")}</th>
                  <th scope="col">{t("auditChange")}</th>
                  <th scope="col">{t("auditReason")}</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((e) => (
                  <tr key={e.id} data-audit={e.action}>
                    <td>
                      <time dateTime={e.createdAt.toISOString()}>
                        {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                    </td>
                    <td>{e.actorName ?? t("system")}</td>
                    <td>{e.learnerName}</td>
                    <td>{e.action === "answer.override" ? t("actionOverride") : t("actionGrade")}</td>
                    <td>
                      {score(e.details.oldScore)} → {score(e.details.newScore)}
                    </td>
                    <td>
                      {typeof e.details.reason === "string"
                        ? e.details.reason
                        : typeof e.details.comment === "string"
                          ? e.details.comment
                          : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
