// /instructor/classes/[id]/assignments/[assignmentId] — who submitted, who is late, the distribution, and the
// per-learner extension form (lib/assignments/report). Class staff only (requireClassScope on the class).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { LocalTime } from "@/app/_components/LocalTime";
import { db } from "@/lib/db/client";
import { requireClassScope } from "@/lib/auth/guard";
import { getAssignmentReport } from "@/lib/assignments/report";
import { withClass } from "@/lib/classes/links";
import { classCan } from "@/lib/classes/permissions";
import { withDb } from "@/lib/http/errors";
import styles from "../../../../instructor.module.css";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments"))("heading") };
}

export default async function AssignmentPage({ params }: Props) {
  const { id, assignmentId } = await params;
  const scope = await requireClassScope(id, "view", {
    callbackUrl: `/instructor/classes/${encodeURIComponent(id)}/assignments/${encodeURIComponent(assignmentId)}`,
  });
  if (!isUuid(assignmentId)) notFound();
  const report = await withDb(() => getAssignmentReport(db(), assignmentId));
  if (!report || report.classId !== scope.current!.id) notFound();
  const [t, format] = await Promise.all([getTranslations("assignments"), getFormatter()]);
  const c = scope.current!;
  const pct = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const days = (ms: number) => Math.ceil(ms / 86_400_000);
  const max = Math.max(1, ...report.bins);
  const { def } = report;
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">{c.name}</span>
        <h1 data-testid="assignment-title">{def.title}</h1>
        <p>
          {t("due")}: <LocalTime iso={def.dueAt.toISOString()} timeZone={c.timeZone} /> · {t("closes")}:{" "}
          <LocalTime iso={def.closesAt.toISOString()} timeZone={c.timeZone} /> ·{" "}
          {def.latePolicy === "no_credit" ? t("noCredit") : t("penaltyPerDayShort", { pct: def.penaltyPerDay })}
        </p>
        <p>
          <Link href={`/instructor/classes/${c.id}`}>{c.name}</Link> ·{" "}
          <Link href={withClass("/instructor/gradebook", c.id)}>{t("gradebook")}</Link>
        </p>
      </header>
      <dl className={styles.stats} data-testid="status-counts">
        {(["submitted", "late", "in_progress", "not_started", "missed"] as const).map((s) => (
          <div key={s} className={styles.stat} data-stat={s}>
            <dt>{t(`status.${s}`)}</dt>
            <dd>{format.number(report.counts[s])}</dd>
          </div>
        ))}
        <div className={styles.stat} data-stat="mean">
          <dt>{t("mean")}</dt>
          <dd>{pct(report.meanPenalised)}</dd>
        </div>
      </dl>
      <section aria-labelledby="dist" className={styles.block}>
        <h2 id="dist">{t("distribution")}</h2>
        <ol className="distribution" data-testid="distribution" style={{ listStyle: "none", padding: 0 }}>
          {report.bins.map((n, i) => (
            <li key={i} data-bin={i} data-count={n}>
              <span style={{ display: "inline-block", width: "6rem" }}>
                {i * 10}–{i === 9 ? 100 : i * 10 + 9}%
              </span>
              <span
                style={{
                  display: "inline-block",
                  background: "currentColor",
                  height: "0.8em",
                  width: `${(n / max) * 20}rem`,
                  opacity: 0.4,
                }}
                aria-hidden="true"
              />{" "}
              {n}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="learners" className={styles.block}>
        <h2 id="learners">{t("learners")}</h2>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="assignment-report">
            <thead>
              <tr>
                <th scope="col">{t("learner")}</th>
                <th scope="col">{t("statusHeading")}</th>
                <th scope="col">{t("raw")}</th>
                <th scope="col">{t("penalised")}</th>
                <th scope="col">{t("lateBy")}</th>
                <th scope="col">{t("count")}</th>
                <th scope="col">{t("lastWork")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.userId} data-learner={r.email} data-status={r.status}>
                  <td>
                    <Link href={withClass(`/instructor/learners/${r.userId}`, c.id)}>{r.name}</Link>
                    {r.extended && <span className="muted"> · {t("extended")}</span>}
                  </td>
                  <td>{t(`status.${r.status}`)}</td>
                  <td data-raw>{pct(r.raw)}</td>
                  <td data-penalised>{pct(r.penalised)}</td>
                  <td>{r.lateMs > 0 ? t("days", { count: days(r.lateMs) }) : "—"}</td>
                  <td>{r.count}</td>
                  <td>{r.lastAt ? <LocalTime iso={r.lastAt.toISOString()} timeZone={c.timeZone} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {classCan(c.power, "manageAssignments") && report.rows.length > 0 && (
        <section aria-labelledby="ext" className={styles.block}>
          <h2 id="ext">{t("extensionHeading")}</h2>
          <p className="muted">{t("datesHelp", { zone: c.timeZone })}</p>
          <ApiForm
            action={`/api/classes/${c.id}/assignments/${def.id}/extensions`}
            method="PUT"
            testId="extension"
            submitLabel={t("saveExtension")}
            fields={[
              {
                name: "userId",
                label: t("learner"),
                type: "select",
                options: report.rows.map((r) => ({ value: r.userId, label: `${r.name} <${r.email}>` })),
              },
              { name: "dueAt", label: t("due"), type: "datetime-local" },
              { name: "closesAt", label: t("closes"), type: "datetime-local" },
              { name: "extraTimeMin", label: t("extraTimeMin"), type: "number" },
            ]}
          />
        </section>
      )}
    </>
  );
}
