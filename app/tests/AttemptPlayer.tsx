"use client";
// The attempt UI: questions, autosave (debounced), practice check/hint/reveal, exam countdown and submit,
// and the read-only review once the attempt is closed. Everything shown comes from the whitelisted payload.
// This file holds the attempt's state and wires the hooks (_hooks/) to the components (_components/).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { useSubmit } from "@/app/_hooks/useSubmit";
import { api } from "@/app/_lib/api";
import type { AttemptPayload, PublicItem } from "@/lib/attempts/payload";
import { AttemptToolbar } from "./_components/AttemptToolbar";
import { Question } from "./_components/Question";
import { ResultCard } from "./_components/ResultCard";
import { SubmitBar } from "./_components/SubmitBar";
import { useAnswerAutosave } from "./_hooks/useAnswerAutosave";
import { useItemActions } from "./_hooks/useItemActions";
import { isAnswered } from "./answered";
import styles from "./tests.module.css";

export function AttemptPlayer({ initial }: { initial: AttemptPayload }) {
  const t = useTranslations("tests");
  const router = useRouter();
  const [attempt, setAttempt] = useState(initial);
  const [items, setItems] = useState<Record<string, PublicItem>>(() => Object.fromEntries(initial.items.map((i) => [i.slug, i])));
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [confirming, setConfirming] = useState(false);
  const closed = attempt.status !== "in_progress";
  const exam = attempt.mode === "exam";

  useEffect(() => {
    setAttempt(initial);
    setItems(Object.fromEntries(initial.items.map((i) => [i.slug, i])));
  }, [initial]);

  const base = `/api/attempts/${attempt.id}`;

  const onClosed = useCallback(() => {
    router.push(attempt.href);
    router.refresh();
    window.scrollTo({ top: 0 }); // a review session stays on its URL, so the router would keep the scroll position
  }, [router, attempt.href]);
  const setError = useCallback((slug: string, error: string | null) => setErrors((e) => ({ ...e, [slug]: error })), []);
  const onItem = useCallback((slug: string, item: PublicItem) => setItems((s) => ({ ...s, [slug]: item })), []);

  const { drafts, draftsRef, overall, change, cancel, markSaved, flush, itemUrl } = useAnswerAutosave({
    items: initial.items,
    base,
    onClosed,
    setError,
  });
  const { busy, itemAction } = useItemActions({ itemUrl, draftsRef, cancelSave: cancel, markSaved, onItem, onClosed, setError });
  const { submitting, error: globalError, submit: send } = useSubmit((e) => t("errorGeneric", { error: (e as Error).message }));

  const submit = useCallback(
    () =>
      send(async () => {
        // Flush pending autosaves first.
        await flush();
        const r = await api("POST", `${base}/submit`);
        if (!r.ok) throw new Error(String(r.data.error ?? r.status));
        setAttempt(r.data.attempt as AttemptPayload);
        onClosed();
        return undefined;
      }),
    [send, flush, base, onClosed],
  );

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
        <ResultCard attempt={attempt} pendingCount={pendingCount} />
      ) : (
        <AttemptToolbar attempt={attempt} saveState={overall} onExpire={submit} />
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
        <SubmitBar
          exam={exam}
          unanswered={unanswered}
          confirming={confirming}
          submitting={submitting}
          onConfirming={setConfirming}
          onSubmit={submit}
        />
      ) : null}
    </div>
  );
}
