// Every answer of one attempt: the question, the learner's response as they gave it, its grade, hints and checks,
// the manual grade and comment, the audited grades and overrides, and (finished attempts) a form to override the score.
import Link from "next/link";
import { localized } from "@/lib/i18n/config";
import type { AnswerDetail, AttemptDetail, ReadableResponse } from "@/lib/gradebook/learner";
import { OverrideForm } from "./OverrideForm";
import { dateTime, excerpt, percent, type View } from "./view";
import styles from "./learner.module.css";

const KINDS = ["single_choice", "multi_choice", "numeric", "formula", "code_blank", "short_text"];

export function AnswerList({ attempt, view }: { attempt: AttemptDetail; view: View }) {
  const { t } = view;
  return (
    <ol
      className={styles.answers}
      aria-label={t("answersLabel", {
        test: localized(attempt.testTitle, view.locale) || attempt.testSlug,
        started: dateTime(view, attempt.startedAt),
      })}
    >
      {attempt.answers.map((a, i) => (
        <li key={a.id} id={`answer-${a.id}`} className={styles.answer} data-answer={a.id}>
          <p className={styles.answerHead}>
            <strong>{t("question", { number: i + 1 })}</strong>{" "}
            <Link href={`/instructor/items/${encodeURIComponent(a.itemSlug)}`}>
              <code>{a.itemSlug}</code>
            </Link>{" "}
            <span className="muted">
              · {KINDS.includes(a.kind) ? t(`kind.${a.kind}` as "kind.numeric") : a.kind} · {t("points", { points: a.points })} ·{" "}
              {t("itemVersion", { version: a.itemVersion })}
            </span>
          </p>
          {a.prompt != null && <p className={styles.prompt}>{excerpt(a.prompt, view.locale)}</p>}
          <dl className={styles.facts}>
            <dt>{t("response")}</dt>
            <dd>
              <Response response={a.response} view={view} />
            </dd>
            <dt>{t("result")}</dt>
            <dd>
              <Result answer={a} finished={attempt.status !== "in_progress"} view={view} />
            </dd>
            <dt>{t("hintsUsed")}</dt>
            <dd>{view.format.number(a.hintsUsed)}</dd>
            <dt>{t("checks")}</dt>
            <dd>{view.format.number(a.tries)}</dd>
            {localized(a.feedback, view.locale) && (
              <>
                <dt>{t("feedback")}</dt>
                <dd>{localized(a.feedback, view.locale)}</dd>
              </>
            )}
            {a.manualScore !== null && (
              <>
                <dt>{t("manualGrade")}</dt>
                <dd data-manual-score={a.manualScore}>
                  {t("manualGradeValue", { percent: percent(view, a.manualScore), name: a.gradedByName ?? t("system") })}
                </dd>
              </>
            )}
            {a.manualComment && (
              <>
                <dt>{t("manualComment")}</dt>
                <dd>{a.manualComment}</dd>
              </>
            )}
          </dl>
          {a.audit.length > 0 && <AuditTrail answer={a} view={view} />}
          {attempt.status !== "in_progress" && <OverrideForm answerId={a.id} current={a.manualScore ?? a.score} points={a.points} />}
        </li>
      ))}
    </ol>
  );
}

function Response({ response, view }: { response: ReadableResponse; view: View }) {
  const { t, locale } = view;
  switch (response.type) {
    case "none":
      return <span className="muted">{t("notAnswered")}</span>;
    case "choices":
      return (
        <ul className={styles.plainList}>
          {response.options.map((o) => (
            <li key={o.id} data-option={o.id}>
              <code>{o.id}</code> {o.text != null && excerpt(o.text, locale)}{" "}
              {o.correct !== null && (
                <span className={`badge ${o.correct ? styles.good : styles.bad}`}>{o.correct ? t("optionCorrect") : t("optionWrong")}</span>
              )}
            </li>
          ))}
        </ul>
      );
    case "fields":
      return (
        <ul className={styles.plainList}>
          {response.fields.map((f) => (
            <li key={f.id} data-field={f.id}>
              {f.label != null ? `${localized(f.label, locale)}: ` : response.fields.length > 1 ? `${f.id}: ` : ""}
              <code>{f.value}</code>
            </li>
          ))}
        </ul>
      );
    case "text":
      return response.code ? (
        <pre className={styles.code}>
          <code>{response.text}</code>
        </pre>
      ) : (
        <blockquote className={styles.quote}>{response.text}</blockquote>
      );
  }
}

function Result({ answer: a, finished, view }: { answer: AnswerDetail; finished: boolean; view: View }) {
  const { t } = view;
  const verdict =
    a.correct === true
      ? { label: t("correct"), cls: styles.good }
      : a.correct === false
        ? { label: t("incorrect"), cls: styles.bad }
        : a.manualScore !== null
          ? { label: t("gradedByHand"), cls: "" }
          : finished && a.kind === "short_text" && a.response.type !== "none"
            ? { label: t("pending"), cls: "" }
            : { label: t("notGraded"), cls: "" };
  return (
    <>
      <span className={`badge ${verdict.cls}`}>{verdict.label}</span>
      {a.revealed && <span className="badge">{t("revealed")}</span>}
      {a.score !== null && <span className="muted"> {t("autoScore", { percent: percent(view, a.score) })}</span>}
    </>
  );
}

function AuditTrail({ answer, view }: { answer: AnswerDetail; view: View }) {
  const { t } = view;
  const score = (x: number | null) => (x === null ? t("none") : percent(view, x));
  return (
    <div className={styles.audit}>
      <p className={styles.auditHead}>{t("auditHeading")}</p>
      <ul className={styles.plainList}>
        {answer.audit.map((e) => (
          <li key={e.id} data-audit={e.action}>
            <time dateTime={e.at.toISOString()}>{dateTime(view, e.at)}</time> · {e.actorName ?? t("system")} ·{" "}
            <strong>{e.action === "answer.override" ? t("actionOverride") : t("actionGrade")}</strong>{" "}
            {t("auditChange", { old: score(e.oldScore), new: score(e.newScore) })}
            {e.reason && <> · {t("auditReason", { reason: e.reason })}</>}
            {e.comment && <> · {t("auditComment", { comment: e.comment })}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
