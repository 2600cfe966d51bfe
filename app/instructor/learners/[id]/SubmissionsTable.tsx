// One exercise's submissions by the learner, newest first: a summary row each (anchor `submission-<id>`) and a row
// that expands to the per-test results (hidden tests included), the submitted code and the diff to the previous one.
import { localized } from "@/lib/i18n/config";
import type { ExerciseSubmissions, SubmissionDetail } from "@/lib/gradebook/learner";
import { CodeDiffView } from "./CodeDiffView";
import { dateTime, type View } from "./view";
import styles from "./learner.module.css";

const STATUS = { queued: "statusQueued", running: "statusRunning", graded: "statusGraded", error: "statusError" } as const;
const COLUMNS = 5;

export function SubmissionsTable({ group, view }: { group: ExerciseSubmissions; view: View }) {
  const { t, format } = view;
  const title = localized(group.exerciseTitle, view.locale) || group.exerciseSlug;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t("submissionsCaption", { exercise: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("submission")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("submitted")}</th>
            <th scope="col" className={styles.num}>
              {t("score")}
            </th>
            <th scope="col" className={styles.num}>
              {t("passed")}
            </th>
          </tr>
        </thead>
        {group.submissions.map((s) => (
          <tbody key={s.id} className={styles.group}>
            <tr id={`submission-${s.id}`} data-submission={s.id}>
              <th scope="row">
                {t("submissionNumber", { number: s.number })}{" "}
                <span className="muted">{t("exerciseVersion", { version: s.exerciseVersion })}</span>
              </th>
              <td>
                {t(STATUS[s.status])}
                {s.error && (
                  <>
                    <br />
                    <span className={styles.badText}>{t("gradingError", { message: s.error })}</span>
                  </>
                )}
              </td>
              <td>
                <time dateTime={s.createdAt.toISOString()}>{dateTime(view, s.createdAt)}</time>
              </td>
              <td className={styles.num}>
                {s.score !== null && s.maxScore !== null
                  ? t("scoreValue", { score: format.number(s.score), max: format.number(s.maxScore) })
                  : t("none")}
              </td>
              <td className={styles.num}>
                {s.results.length
                  ? `${format.number(s.results.filter((r) => r.passed).length)} / ${format.number(s.results.length)}`
                  : t("none")}
              </td>
            </tr>
            <tr className={styles.detailRow}>
              <td colSpan={COLUMNS}>
                <details className={styles.details}>
                  <summary>{t("submissionDetails")}</summary>
                  <SubmissionBody submission={s} view={view} />
                </details>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}

function SubmissionBody({ submission: s, view }: { submission: SubmissionDetail; view: View }) {
  const { t, format, locale } = view;
  const previousNumber = s.number - 1; // numbers count this learner's submissions to the exercise, so the previous is n − 1
  return (
    <div className={styles.submissionBody}>
      {s.results.length === 0 ? (
        <p className="muted">{t("noResults")}</p>
      ) : (
        <table className={`${styles.table} ${styles.inner}`}>
          <caption className={styles.caption}>{t("resultsCaption", { number: s.number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("testName")}</th>
              <th scope="col">{t("result")}</th>
              <th scope="col" className={styles.num}>
                {t("pointsColumn")}
              </th>
              <th scope="col">{t("message")}</th>
            </tr>
          </thead>
          <tbody>
            {s.results.map((r) => (
              <tr key={r.name} data-test={r.name} data-passed={r.passed}>
                <th scope="row">
                  <code>{r.name}</code> {r.hidden && <span className="badge">{t("hiddenTest")}</span>}
                </th>
                <td>
                  <span className={`badge ${r.passed ? styles.good : styles.bad}`}>{r.passed ? t("passed") : t("failed")}</span>
                </td>
                <td className={styles.num}>{t("pointsValue", { points: format.number(r.points), max: format.number(r.maxPoints) })}</td>
                <td>
                  {localized(r.message, locale) || t("none")}
                  {r.error && (
                    <>
                      <br />
                      <code>
                        {r.error.line !== null
                          ? t("errorAtLine", { type: r.error.type, line: r.error.line, message: r.error.message })
                          : t("errorNoLine", { type: r.error.type, message: r.error.message })}
                      </code>
                    </>
                  )}
                  {r.expected !== null && (
                    <>
                      <br />
                      <code>{t("expected", { value: r.expected })}</code>
                    </>
                  )}
                  {r.got !== null && (
                    <>
                      <br />
                      <code>{t("got", { value: r.got })}</code>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className={styles.subhead}>{t("code")}</h4>
      <pre className={styles.code} data-testid="submission-code">
        <code>{s.code}</code>
      </pre>
      {s.previousId && <h4 className={styles.subhead}>{t("diffHeading", { number: previousNumber })}</h4>}
      {!s.previousId ? (
        <p className="muted">{t("diffFirst")}</p>
      ) : !s.diff ? (
        <p className="muted">{t("diffTooLarge")}</p>
      ) : s.diff.hunks.length === 0 ? (
        <p className="muted">{t("diffNone")}</p>
      ) : (
        <>
          <p className="muted">{t("diffStats", { added: s.diff.added, removed: s.diff.removed })}</p>
          <CodeDiffView diff={s.diff} from={`#${previousNumber}`} to={`#${s.number}`} />
        </>
      )}
    </div>
  );
}
