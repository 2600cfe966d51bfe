"use client";
// One question of an attempt: prompt, answer input, verdict and feedback, hints, the practice actions (check, hint,
// reveal) and, once locked, the correct answer with its explanation.
import { useTranslations } from "next-intl";
import { ReportProblem } from "@/app/_components/ReportProblem";
import { percent } from "@/app/_lib/format";
import type { PublicItem } from "@/lib/attempts/payload";
import type { ItemAction } from "../_hooks/useItemActions";
import { isAnswered } from "../answered";
import { Answer } from "./Answer";
import { Html } from "./Html";
import styles from "../tests.module.css";

export function Question({
  item,
  total,
  draft,
  onChange,
  onAction,
  busy,
  error,
  exam,
  closed,
  penalties,
  attemptId,
}: {
  attemptId: string;
  item: PublicItem;
  total: number;
  draft: unknown;
  onChange: (v: unknown) => void;
  onAction: (a: ItemAction) => void;
  busy: boolean;
  error: string | null;
  exam: boolean;
  closed: boolean;
  penalties: { hint: number; retry: number };
}) {
  const t = useTranslations("tests");
  const locked = item.locked;
  const headingId = `q-${item.slug}-heading`;
  const status = item.revealed
    ? "revealed"
    : item.pending
      ? "pending"
      : item.feedback?.code === "attempt.not_answered"
        ? "notAnswered"
        : item.isCorrect === true
          ? "correct"
          : item.isCorrect === false
            ? "incorrect"
            : null;
  return (
    <article
      className={`card ${styles.question} ${status ? (styles[`q_${status}`] ?? "") : ""}`}
      aria-labelledby={headingId}
      data-item={item.slug}
      data-kind={item.kind}
    >
      <header className={styles.qHeader}>
        <h2 id={headingId} className={styles.qTitle}>
          {t("questionOf", { number: item.number, total })}
        </h2>
        <span className="badge">{t("points", { points: item.points })}</span>
        {status ? (
          <span className={`badge ${styles[`badge_${status}`] ?? ""}`} data-testid="verdict">
            {t(status)}
            {item.score !== null && !item.pending ? ` · ${t("scored", { score: percent(item.score) })}` : ""}
          </span>
        ) : null}
      </header>
      <Html html={item.promptHtml} className={styles.prose} />

      <Answer item={item} draft={draft} onChange={onChange} disabled={locked || busy} />

      {item.hintsHtml.length ? (
        <div className={styles.hints}>
          {item.hintsHtml.map((h, i) => (
            <p key={i} className="alert alert-info" data-testid="hint">
              <strong>{t("hintLabel", { number: i + 1 })}: </strong>
              <Html as="span" html={h} />
            </p>
          ))}
        </div>
      ) : null}

      <div aria-live="polite" className={styles.feedbackRegion}>
        {item.feedback ? (
          <p className={`alert ${item.isCorrect ? "alert-success" : item.pending ? "alert-info" : "alert-error"}`} data-testid="feedback">
            {item.feedback.message}
          </p>
        ) : null}
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>

      {!exam && !locked && !closed ? (
        <div className={styles.actions}>
          <button type="button" className="btn btn-primary" onClick={() => onAction("check")} disabled={busy || !isAnswered(draft)}>
            {busy ? t("checking") : t("check")}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => onAction("hint")}
            disabled={busy || item.hintsUsed >= item.hintsTotal}
          >
            {item.hintsUsed >= item.hintsTotal
              ? t("noMoreHints")
              : t("hint", { used: item.hintsUsed, total: item.hintsTotal, penalty: percent(penalties.hint) })}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => onAction("reveal")} disabled={busy}>
            {t("reveal")}
          </button>
        </div>
      ) : null}

      {locked && (item.explanationHtml || item.solutionHtml) ? (
        <section className={styles.explanation} aria-label={t("explanation")}>
          {item.solutionHtml ? (
            <p data-testid="solution">
              <strong>{t("correctAnswer")}: </strong>
              <Html as="span" html={item.solutionHtml} />
            </p>
          ) : null}
          {item.explanationHtml ? (
            <>
              <h3>{t("explanation")}</h3>
              <Html html={item.explanationHtml} className={styles.prose} />
            </>
          ) : null}
        </section>
      ) : null}
      <ReportProblem target={{ kind: "item", slug: item.slug, attemptId }} />
    </article>
  );
}
