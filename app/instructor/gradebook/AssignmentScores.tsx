// The class gradebook's assignment columns (lib/assignments/gradebook): per learner shown, each assignment's score
// after the late penalty, with the raw score and the lateness beside it when a penalty applied; the learner's total
// and the class's mean per assignment.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AssignmentColumns } from "@/lib/assignments/gradebook";
import type { GradebookRow } from "@/lib/gradebook/gradebook";
import styles from "../instructor.module.css";

export function AssignmentScores({ cols, rows, classId }: { cols: AssignmentColumns; rows: GradebookRow[]; classId: string }) {
  const t = useTranslations("assignments");
  const format = useFormatter();
  if (cols.assignments.length === 0) return null;
  const pct = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  return (
    <section aria-labelledby="gb-assignments" className={styles.block} data-testid="assignment-scores">
      <h2 id="gb-assignments">{t("columnsHeading")}</h2>
      <p className="muted">{t("csvNote")}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("learner")}</th>
              {cols.assignments.map((a) => (
                <th scope="col" key={a.id} data-assignment={a.id}>
                  <Link href={`/instructor/classes/${classId}/assignments/${a.id}`}>{a.title}</Link>
                  <br />
                  <span className="muted">
                    {a.latePolicy === "no_credit" ? t("noCredit") : t("penaltyPerDayShort", { pct: a.penaltyPerDay })}
                  </span>
                </th>
              ))}
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.userId} data-learner={r.email}>
                <th scope="row">{r.name}</th>
                {cols.assignments.map((a) => {
                  const c = cols.cell(r.userId, a.id);
                  const penalised = c?.penalised ?? null;
                  const raw = c?.raw ?? null;
                  return (
                    <td key={a.id} data-assignment={a.id} data-status={c?.status} data-raw={raw ?? ""} data-penalised={penalised ?? ""}>
                      {pct(penalised)}
                      {c && c.lateMs > 0 && raw !== null && (
                        <span className="muted">
                          {" "}
                          ({t("rawScore", { raw: pct(raw) })}, {t("lateDays", { count: Math.ceil(c.lateMs / 86_400_000) })})
                        </span>
                      )}
                    </td>
                  );
                })}
                <td data-total>{pct(cols.total(r.userId))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("classTotal")}</th>
              {cols.assignments.map((a) => {
                const m = cols.classMeans.get(a.id)!;
                return (
                  <td key={a.id} data-class-mean={a.id}>
                    {pct(m.penalised)}{" "}
                    <span className="muted">
                      ({t("rawScore", { raw: pct(m.raw) })}, n = {m.n})
                    </span>
                  </td>
                );
              })}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
