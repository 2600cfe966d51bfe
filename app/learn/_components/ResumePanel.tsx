// "Pick up where you left off": open attempts (practice, exam with its time left, review sessions) and code
// exercises with a draft newer than the last submission, each with a link to continue.
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localized, type Locale } from "@/lib/i18n/config";
import type { ResumeList } from "@/lib/progress/resume";
import styles from "./panels.module.css";

export function ResumePanel({ resume, hideWhenEmpty = false }: { resume: ResumeList; hideWhenEmpty?: boolean }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const empty = resume.attempts.length === 0 && resume.drafts.length === 0;
  if (empty && hideWhenEmpty) return null;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="resume-panel-h" data-testid="resume-panel">
      <h2 id="resume-panel-h">{t("resumeHeading")}</h2>
      {empty ? (
        <p className="muted">{t("resumeEmpty")}</p>
      ) : (
        <ul className={styles.list}>
          {resume.attempts.map((a) => (
            <li key={a.attemptId} className={styles.row} data-resume-attempt={a.attemptId}>
              <span className={styles.what}>
                <span className="badge">
                  {a.kind === "review" ? t("modeReview") : a.mode === "exam" ? t("modeExam") : t("modePractice")}
                </span>
                <strong>{a.kind === "review" ? t("sessionTitle") : localized(a.title, locale)}</strong>
                <span className="muted">
                  {t("answered", { answered: a.answered, total: a.total })}
                  {a.secondsLeft !== null ? ` · ${t("timeLeft", { minutes: Math.ceil(a.secondsLeft / 60) })}` : ""}
                </span>
              </span>
              <Link href={a.href} className="btn btn-secondary">
                {t("continue")}
              </Link>
            </li>
          ))}
          {resume.drafts.map((d) => (
            <li key={d.slug} className={styles.row} data-resume-draft={d.slug}>
              <span className={styles.what}>
                <span className="badge">{t("kindDraft")}</span>
                <strong>{localized(d.title, locale) || d.slug}</strong>
                <span className="muted">
                  {t(d.lastSubmittedAt ? "draftChanged" : "draftNeverSubmitted", {
                    date: format.dateTime(d.savedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </span>
              </span>
              <Link href={d.href} className="btn btn-secondary">
                {t("continue")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
