// The learner's own problem reports and the instructors' replies (lib/reports), on the progress page.
import { useFormatter, useTranslations } from "next-intl";
import type { ReportView } from "@/lib/reports/service";

export function MyReports({ reports }: { reports: ReportView[] }) {
  const t = useTranslations("reports");
  const format = useFormatter();
  return (
    <section className="card" aria-labelledby="my-reports-h" data-testid="my-reports">
      <h2 id="my-reports-h">{t("yours")}</h2>
      {reports.length === 0 ? (
        <p className="muted">{t("yoursEmpty")}</p>
      ) : (
        <ul>
          {reports.map((r) => (
            <li key={r.id} data-report={r.id} data-status={r.status}>
              <p>
                <code>{r.target.slug}</code>{" "}
                <span className="muted">
                  ({t(`status_${r.status}`)}, {format.dateTime(r.createdAt, { dateStyle: "medium" })})
                </span>
              </p>
              <blockquote>{r.message}</blockquote>
              {r.reply ? (
                <p data-testid="report-reply">
                  <strong>{t("instructorReply")}: </strong>
                  {r.reply}
                </p>
              ) : (
                <p className="muted">{t("noReply")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
