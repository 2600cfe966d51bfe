"use client";
// The attempt UI: questions, autosave (debounced), practice check/hint/reveal, exam countdown and submit,
// and the read-only review once the attempt is closed. Everything shown comes from the whitelisted payload.
import katex from "katex";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ReportProblem } from "@/app/_components/ReportProblem";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseFormula } from "@/lib/grading/formula";
import type { AttemptPayload, PublicItem } from "@/lib/attempts/payload";
import styles from "./tests.module.css";

type SaveState = "idle" | "saving" | "saved" | "offline";
const DEBOUNCE_MS = 600;
const RETRY_MS = 3000;

async function api(method: string, url: string, body?: unknown): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const res = await fetch(url, {
    method,
    // every state-changing API call says JSON, body or not (lib/http/route.ts answers 415 otherwise)
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: res.ok, status: res.status, data };
}

function isAnswered(r: unknown): boolean {
  if (r === null || r === undefined) return false;
  if (typeof r === "string") return r.trim() !== "";
  if (Array.isArray(r)) return r.length > 0;
  if (typeof r === "object") return Object.values(r as object).some((v) => v !== null && String(v).trim() !== "");
  return true;
}

export function AttemptPlayer({ initial }: { initial: AttemptPayload }) {
  const t = useTranslations("tests");
  const router = useRouter();
  const [attempt, setAttempt] = useState(initial);
  const [items, setItems] = useState<Record<string, PublicItem>>(() => Object.fromEntries(initial.items.map((i) => [i.slug, i])));
  const [drafts, setDrafts] = useState<Record<string, unknown>>(() => Object.fromEntries(initial.items.map((i) => [i.slug, i.response])));
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [globalError, setGlobalError] = useState<string | null>(null);
  const closed = attempt.status !== "in_progress";
  const exam = attempt.mode === "exam";

  useEffect(() => {
    setAttempt(initial);
    setItems(Object.fromEntries(initial.items.map((i) => [i.slug, i])));
  }, [initial]);

  const base = `/api/attempts/${attempt.id}`;
  const itemUrl = (slug: string) => `${base}/answers/${encodeURIComponent(slug)}`;

  const onClosed = useCallback(() => {
    router.push(attempt.href);
    router.refresh();
    window.scrollTo({ top: 0 }); // a review session stays on its URL, so the router would keep the scroll position
  }, [router, attempt.href]);

  const save = useCallback(
    async (slug: string) => {
      delete timers.current[slug];
      setSaveStates((s) => ({ ...s, [slug]: "saving" }));
      try {
        const r = await api("PUT", itemUrl(slug), { response: draftsRef.current[slug] ?? null });
        if (r.ok) {
          setSaveStates((s) => ({ ...s, [slug]: timers.current[slug] ? "saving" : "saved" }));
          setErrors((e) => ({ ...e, [slug]: null }));
        } else if (r.status === 409 && r.data.status && r.data.status !== "in_progress") {
          onClosed();
        } else if (r.status >= 500 || r.status === 0) {
          throw new Error(String(r.data.error ?? r.status));
        } else {
          setSaveStates((s) => ({ ...s, [slug]: "idle" }));
          setErrors((e) => ({ ...e, [slug]: String(r.data.error ?? r.status) }));
        }
      } catch {
        setSaveStates((s) => ({ ...s, [slug]: "offline" }));
        if (!timers.current[slug]) timers.current[slug] = setTimeout(() => void save(slug), RETRY_MS);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [base, onClosed],
  );

  const change = useCallback(
    (slug: string, value: unknown) => {
      setDrafts((d) => ({ ...d, [slug]: value }));
      draftsRef.current = { ...draftsRef.current, [slug]: value };
      setSaveStates((s) => ({ ...s, [slug]: s[slug] === "offline" ? "offline" : "saving" }));
      clearTimeout(timers.current[slug]);
      timers.current[slug] = setTimeout(() => void save(slug), DEBOUNCE_MS);
    },
    [save],
  );

  // Retry pending saves as soon as the browser is back online.
  useEffect(() => {
    const online = () => {
      for (const [slug, st] of Object.entries(saveStatesRef.current)) if (st === "offline") void save(slug);
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [save]);
  const saveStatesRef = useRef(saveStates);
  saveStatesRef.current = saveStates;

  // Warn before leaving with unsaved changes.
  useEffect(() => {
    const handler = (e: BeforeUnloadEvent) => {
      if (Object.values(saveStatesRef.current).some((s) => s === "saving" || s === "offline")) e.preventDefault();
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, []);

  const overall: SaveState = useMemo(() => {
    const v = Object.values(saveStates);
    if (v.includes("offline")) return "offline";
    if (v.includes("saving")) return "saving";
    if (v.includes("saved")) return "saved";
    return "idle";
  }, [saveStates]);

  async function itemAction(slug: string, action: "check" | "hint" | "reveal") {
    clearTimeout(timers.current[slug]);
    delete timers.current[slug];
    setBusy((b) => ({ ...b, [slug]: true }));
    setErrors((e) => ({ ...e, [slug]: null }));
    try {
      const r = await api("POST", `${itemUrl(slug)}/${action}`, action === "check" ? { response: draftsRef.current[slug] ?? null } : {});
      if (r.ok) {
        const item = r.data.item as PublicItem;
        setItems((s) => ({ ...s, [slug]: item }));
        if (action === "check") setSaveStates((s) => ({ ...s, [slug]: "saved" }));
      } else if (r.status === 409 && r.data.status && r.data.status !== "in_progress") {
        onClosed();
      } else {
        setErrors((e) => ({ ...e, [slug]: String(r.data.error ?? r.status) }));
      }
    } catch (e) {
      setErrors((er) => ({ ...er, [slug]: (e as Error).message }));
    } finally {
      setBusy((b) => ({ ...b, [slug]: false }));
    }
  }

  const submit = useCallback(async () => {
    setSubmitting(true);
    setGlobalError(null);
    // Flush pending autosaves first.
    const pending = Object.keys(timers.current);
    for (const slug of pending) {
      clearTimeout(timers.current[slug]);
      await save(slug);
    }
    try {
      const r = await api("POST", `${base}/submit`);
      if (!r.ok) throw new Error(String(r.data.error ?? r.status));
      setAttempt(r.data.attempt as AttemptPayload);
      onClosed();
    } catch (e) {
      setGlobalError(t("errorGeneric", { error: (e as Error).message }));
      setSubmitting(false);
    }
  }, [base, onClosed, save, t]);

  // Resume where the learner left off: bring the first open, unanswered question into view.
  useEffect(() => {
    if (closed) return;
    const started = initial.items.some((i) => isAnswered(i.response) || i.tries > 0 || i.hintsUsed > 0);
    const next = initial.items.find((i) => !i.locked && !isAnswered(i.response));
    if (started && next) document.querySelector(`[data-item="${CSS.escape(next.slug)}"]`)?.scrollIntoView({ block: "start" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const list = attempt.items.map((i) => items[i.slug] ?? i);
  const unanswered = list.filter((i) => !isAnswered(drafts[i.slug])).length;
  const pendingCount = list.filter((i) => i.pending).length;

  return (
    <div className={styles.player} data-attempt-id={attempt.id} data-mode={attempt.mode} data-status={attempt.status}>
      {closed ? (
        <section className={`card ${styles.result}`} aria-labelledby="result-heading">
          <h2 id="result-heading">{t("resultHeading")}</h2>
          <p className={styles.bigScore} data-testid="attempt-score">
            {t("resultScore", {
              score: fmt(attempt.score ?? 0),
              max: fmt(attempt.maxScore ?? 0),
              percent: attempt.maxScore ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 100) : 0,
            })}
          </p>
          {attempt.status === "expired" ? <p className="alert alert-info">{t("statusExpired")}</p> : null}
          {pendingCount ? <p className="muted">{t("pendingNote", { count: pendingCount })}</p> : null}
        </section>
      ) : (
        <div className={styles.toolbar} role="region" aria-label={t("saveStatus")}>
          <p className={styles.intro}>
            {exam
              ? t("examIntro")
              : t("practiceIntro", { hint: Math.round(attempt.penalties.hint * 100), retry: Math.round(attempt.penalties.retry * 100) })}
          </p>
          {exam && attempt.deadlineAt ? <Countdown deadline={attempt.deadlineAt} serverNow={attempt.serverNow} onExpire={submit} /> : null}
          <p
            className={`${styles.saveStatus} ${styles[`save_${overall}`] ?? ""}`}
            role="status"
            aria-live="polite"
            data-save-status={overall}
          >
            {overall === "saving"
              ? t("saveSaving")
              : overall === "offline"
                ? t("saveOffline")
                : overall === "saved"
                  ? t("saveSaved")
                  : t("saveIdle")}
          </p>
        </div>
      )}

      {globalError ? (
        <p className="alert alert-error" role="alert">
          {globalError}
        </p>
      ) : null}

      <ol className={styles.questions}>
        {list.map((item) => (
          <li key={item.slug}>
            <Question
              item={item}
              total={list.length}
              draft={drafts[item.slug]}
              onChange={(v) => change(item.slug, v)}
              onAction={(a) => void itemAction(item.slug, a)}
              busy={Boolean(busy[item.slug])}
              error={errors[item.slug] ?? null}
              exam={exam}
              closed={closed}
              penalties={attempt.penalties}
              attemptId={attempt.id}
            />
          </li>
        ))}
      </ol>

      {!closed ? (
        <div className={styles.submitBar}>
          {confirming ? (
            <div className={`card ${styles.confirm}`} role="alertdialog" aria-labelledby="confirm-text">
              <p id="confirm-text">{t("confirmSubmit", { unanswered })}</p>
              <div className={styles.actions}>
                <button type="button" className="btn btn-primary" onClick={() => void submit()} disabled={submitting} autoFocus>
                  {submitting ? t("submitting") : t("confirmYes")}
                </button>
                <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)} disabled={submitting}>
                  {t("confirmNo")}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="btn btn-primary btn-lg" onClick={() => setConfirming(true)}>
              {exam ? t("submitExam") : t("finishPractice")}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function Countdown({ deadline, serverNow, onExpire }: { deadline: string; serverNow: string; onExpire: () => void }) {
  const t = useTranslations("tests");
  // Offset between the server clock (authoritative) and this browser's clock.
  const offset = useMemo(() => new Date(serverNow).getTime() - Date.now(), [serverNow]);
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - (Date.now() + offset));
  const fired = useRef(false);
  useEffect(() => {
    const id = setInterval(() => setLeft(end - (Date.now() + offset)), 1000);
    return () => clearInterval(id);
  }, [end, offset]);
  useEffect(() => {
    if (left <= 0 && !fired.current) {
      fired.current = true;
      onExpire();
    }
  }, [left, onExpire]);
  const s = Math.max(0, Math.ceil(left / 1000));
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  return (
    <p className={`${styles.timer} ${s < 60 ? styles.timerLow : ""}`}>
      <span>{t("timeLeft")}</span>{" "}
      <strong role="timer" aria-live={s < 60 ? "polite" : "off"} data-testid="time-left">
        {s <= 0 ? t("timeUp") : text}
      </strong>
    </p>
  );
}

function Html({ html, className, as = "div" }: { html: string; className?: string; as?: "div" | "span" }) {
  const Tag = as;
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

function Question({
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
  onAction: (a: "check" | "hint" | "reveal") => void;
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
            {item.score !== null && !item.pending ? ` · ${t("scored", { score: Math.round(item.score * 100) })}` : ""}
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
              : t("hint", { used: item.hintsUsed, total: item.hintsTotal, penalty: Math.round(penalties.hint * 100) })}
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

function Answer({
  item,
  draft,
  onChange,
  disabled,
}: {
  item: PublicItem;
  draft: unknown;
  onChange: (v: unknown) => void;
  disabled: boolean;
}) {
  const t = useTranslations("tests");
  const name = `answer-${item.slug}`;
  const correct = new Set(item.correctOptionIds ?? []);
  switch (item.kind) {
    case "single_choice":
    case "multi_choice": {
      const multi = item.kind === "multi_choice";
      const selected = new Set(multi ? ((draft as string[] | null) ?? []) : draft ? [draft as string] : []);
      return (
        <fieldset className={styles.options} disabled={disabled}>
          <legend className="visually-hidden">{t("yourAnswer")}</legend>
          {(item.options ?? []).map((o) => (
            <label key={o.id} className={`${styles.option} ${correct.has(o.id) ? styles.optionCorrect : ""}`} data-option={o.id}>
              <input
                type={multi ? "checkbox" : "radio"}
                name={name}
                value={o.id}
                checked={selected.has(o.id)}
                onChange={(e) => {
                  if (!multi) onChange(o.id);
                  else {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(o.id);
                    else next.delete(o.id);
                    onChange((item.options ?? []).map((x) => x.id).filter((id) => next.has(id)));
                  }
                }}
              />
              <Html as="span" html={o.html} />
              {correct.has(o.id) ? <span className="badge badge-accent">{t("correctOption")}</span> : null}
            </label>
          ))}
        </fieldset>
      );
    }
    case "numeric": {
      const values = (draft as Record<string, string> | null) ?? {};
      return (
        <div className={styles.fields}>
          {(item.fields ?? []).map((f) => {
            const id = `${name}-${f.id}`;
            return (
              <div className="field" key={f.id}>
                <label htmlFor={id}>{f.labelHtml ? <Html as="span" html={f.labelHtml} /> : t("numericLabel")}</label>
                <input
                  id={id}
                  className={`input ${styles.numInput}`}
                  inputMode={f.integer ? "numeric" : "decimal"}
                  autoComplete="off"
                  value={values[f.id] ?? ""}
                  disabled={disabled}
                  onChange={(e) => onChange({ ...values, [f.id]: e.target.value })}
                />
              </div>
            );
          })}
        </div>
      );
    }
    case "formula":
      return <FormulaInput item={item} value={(draft as string | null) ?? ""} onChange={onChange} disabled={disabled} />;
    case "code_blank": {
      const id = `${name}-code`;
      return (
        <div className={styles.codeWrap}>
          <label htmlFor={id} className="visually-hidden">
            {t("codeLabel")}
          </label>
          <pre className={styles.code}>
            <code>
              <span dangerouslySetInnerHTML={{ __html: item.codeBefore ?? "" }} />
              <input
                id={id}
                className={styles.blank}
                value={(draft as string | null) ?? ""}
                onChange={(e) => onChange(e.target.value)}
                disabled={disabled}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="off"
                size={Math.max(12, ((draft as string | null) ?? "").length + 2)}
                placeholder="____"
              />
              <span dangerouslySetInnerHTML={{ __html: item.codeAfter ?? "" }} />
            </code>
          </pre>
        </div>
      );
    }
    case "short_text": {
      const id = `${name}-text`;
      const v = (draft as string | null) ?? "";
      const max = item.maxLength ?? 200;
      return (
        <div className="field">
          <label htmlFor={id}>{t("shortLabel")}</label>
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={max}
            value={v}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="hint">{t("charCount", { count: v.length, max })}</span>
        </div>
      );
    }
  }
}

function FormulaInput({
  item,
  value,
  onChange,
  disabled,
}: {
  item: PublicItem;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("tests");
  const locale = useLocale() as "en" | "ja";
  const vars = item.variables ?? [];
  const id = `answer-${item.slug}-formula`;
  const preview = useMemo(() => {
    if (!value.trim()) return null;
    const r = parseFormula(value, vars);
    if (r.ok) return { ok: true as const, html: katex.renderToString(r.tex, { throwOnError: false, displayMode: true }) };
    return { ok: false as const, message: r.error.message[locale] ?? r.error.message.en };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, vars.join(","), locale]);
  return (
    <div className="field">
      <label htmlFor={id}>{t("formulaLabel", { vars: vars.join(", ") })}</label>
      <input
        id={id}
        className={`input ${styles.formulaInput}`}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-preview`}
        aria-invalid={preview && !preview.ok ? true : undefined}
      />
      <div id={`${id}-preview`} className={styles.preview} aria-live="polite" data-testid="formula-preview">
        <span className={styles.previewLabel}>{t("formulaPreview")}: </span>
        {preview === null ? (
          <span className="muted">{t("formulaEmpty")}</span>
        ) : preview.ok ? (
          <span dangerouslySetInnerHTML={{ __html: preview.html }} />
        ) : (
          <span className="field-error">{preview.message}</span>
        )}
      </div>
    </div>
  );
}
