"use client";
// The Submit tab: the submission's live status (queue position, grading, score) and, once graded, every test's
// result — hidden tests by name and points only.
import { useTranslations } from "next-intl";
import { formatScore } from "@/app/_lib/format";
import { type SubmissionView, TERMINAL } from "../submission";
import styles from "../exercises.module.css";

export function SubmitPanel({
  submission,
  submitting,
  submitError,
}: {
  submission: SubmissionView | null;
  submitting: boolean;
  submitError: string | null;
}) {
  const t = useTranslations("exercises");
  return (
    <section className={styles.panel} aria-label={t("tab_submit")} data-testid="submit-panel">
      {submitError ? <p className="alert alert-error">{submitError}</p> : null}
      {submitting && !submission ? <p role="status">{t("submitting")}</p> : null}
      {!submission && !submitting && !submitError ? <p className="muted">{t("submitNote")}</p> : null}
      {submission ? <SubmissionStatus s={submission} /> : null}
    </section>
  );
}

function SubmissionStatus({ s }: { s: SubmissionView }) {
  const t = useTranslations("exercises");
  const done = TERMINAL.has(s.status);
  return (
    <div data-testid="submission" data-status={s.status} data-id={s.id}>
      <p className={styles.summary} role="status" aria-live="polite">
        {s.status === "queued"
          ? s.position !== null
            ? t("queuedAt", { position: s.position })
            : t("status_queued")
          : s.status === "running"
            ? t("status_running")
            : s.status === "error"
              ? t("gradingError")
              : s.score !== null && s.maxScore !== null
                ? t("scoreOf", { score: formatScore(s.score), max: formatScore(s.maxScore) })
                : t("status_graded")}
      </p>
      {s.error ? <p className="alert alert-error">{s.error}</p> : null}
      {done && s.results.length ? (
        <ul className={styles.results}>
          {s.results.map((r) => (
            <li
              key={r.name}
              className={r.passed ? styles.pass : styles.fail}
              data-test={r.name}
              data-passed={String(r.passed)}
              data-hidden={String(r.hidden)}
            >
              <div className={styles.resultHead}>
                <strong>
                  {r.passed ? "✓" : "✗"} {r.name}
                </strong>
                <span className="muted">
                  {r.hidden ? t("hiddenTest") : ""}
                  {r.points !== null && r.maxPoints !== null ? ` ${formatScore(r.points)}/${formatScore(r.maxPoints)}` : ""}
                </span>
              </div>
              {!r.hidden && r.message ? <div>{r.message}</div> : null}
              {!r.hidden && (r.expected !== undefined || r.got !== undefined) ? (
                <dl className={styles.expGot}>
                  <dt>{t("expected")}</dt>
                  <dd>
                    <code>{r.expected}</code>
                  </dd>
                  <dt>{t("got")}</dt>
                  <dd>
                    <code>{r.got}</code>
                  </dd>
                </dl>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
