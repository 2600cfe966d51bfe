// The learner's test attempts, newest first: one summary row each (anchor `attempt-<id>`) and a row below it that
// expands to every answer.
import { localized } from "@/lib/i18n/config";
import type { AttemptDetail } from "@/lib/gradebook/learner";
import { AnswerList } from "./AnswerList";
import { dateTime, duration, type View } from "./view";
import styles from "./learner.module.css";

const STATUS = { in_progress: "statusInProgress", submitted: "statusSubmitted", expired: "statusExpired" } as const;
const COLUMNS = 7;

export function AttemptsTable({ attempts, view }: { attempts: AttemptDetail[]; view: View }) {
  const { t, format } = view;
  const time = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{dateTime(view, d)}</time> : t("none"));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t("attemptsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("test")}</th>
            <th scope="col">{t("mode")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("started")}</th>
            <th scope="col">{t("submitted")}</th>
            <th scope="col" className={styles.num}>
              {t("score")}
            </th>
            <th scope="col" className={styles.num}>
              {t("timeSpent")}
            </th>
          </tr>
        </thead>
        {attempts.map((a) => (
          <tbody key={a.id} className={styles.group}>
            <tr id={`attempt-${a.id}`} data-attempt={a.id}>
              <th scope="row">
                {localized(a.testTitle, view.locale) || a.testSlug}
                <br />
                <code className="muted">{a.testSlug}</code>
              </th>
              <td>{a.mode === "exam" ? t("modeExam") : t("modePractice")}</td>
              <td>{t(STATUS[a.status])}</td>
              <td>{time(a.startedAt)}</td>
              <td>{time(a.submittedAt)}</td>
              <td className={styles.num}>
                {a.score !== null && a.maxScore !== null
                  ? t("scoreValue", { score: format.number(a.score), max: format.number(a.maxScore) })
                  : t("none")}
              </td>
              <td className={styles.num}>{a.timeSpentMs === null ? t("none") : duration(view, a.timeSpentMs)}</td>
            </tr>
            <tr className={styles.detailRow}>
              <td colSpan={COLUMNS}>
                {a.answers.length === 0 ? (
                  <span className="muted">{t("answersSummary", { count: 0 })}</span>
                ) : (
                  <details className={styles.details}>
                    <summary>{t("answersSummary", { count: a.answers.length })}</summary>
                    <AnswerList attempt={a} view={view} />
                  </details>
                )}
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
