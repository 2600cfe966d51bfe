import type { RegradeRun } from "@/lib/gradebook/regrade";
import type { StatsT } from "./types";
import base from "../../instructor.module.css";

/** The exercise's regrade runs from the AuditLog, newest first. */
export function RegradeHistory({ runs, t, formatDate }: { runs: RegradeRun[]; t: StatsT; formatDate: (d: Date) => string }) {
  if (runs.length === 0) return <p className="muted">{t("historyEmpty")}</p>;
  return (
    <div className={base.tableWrap}>
      <table className={base.table}>
        <thead>
          <tr>
            <th scope="col">{t("historyWhen")}</th>
            <th scope="col">{t("historyWho")}</th>
            <th scope="col">{t("historyVersions")}</th>
            <th scope="col">{t("historyResult")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const from = Object.keys(r.fromVersions)
              .map((v) => `v${v}`)
              .join(", ");
            return (
              <tr key={r.id} data-run={r.id} data-state={r.state}>
                <td>
                  <time dateTime={r.startedAt}>{formatDate(new Date(r.startedAt))}</time>
                </td>
                <td>{r.actorName ?? t("system")}</td>
                <td>{r.toVersion === null ? t("none") : from ? t("historyMoved", { from, to: r.toVersion }) : `v${r.toVersion}`}</td>
                <td>
                  {t(`state.${r.state}`)}
                  {r.enqueued !== null && <> — {t("historyCounts", { graded: r.graded, failed: r.failed, total: r.enqueued })}</>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
