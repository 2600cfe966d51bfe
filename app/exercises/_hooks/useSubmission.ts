// Submit: the program is saved, then posted to the grading queue with an idempotency key (a retried request never
// makes a second submission); its status is followed live (server-sent events, polling as the fallback) until graded.
import { useLocale, useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/app/_lib/api";
import { useSubmit } from "@/app/_hooks/useSubmit";
import { normaliseSubmission, type SubmissionView, TERMINAL } from "../submission";

type Follow = { es: EventSource | null; poll: ReturnType<typeof setInterval> | null };

export function useSubmission({
  slug,
  assignmentId,
  codeRef,
  save,
  loadHistory,
  onStart,
}: {
  slug: string;
  /** Submissions are made for this class assignment (lib/assignments); null = self-study. */
  assignmentId: string | null;
  codeRef: RefObject<string>;
  /** Saves the draft first. */
  save: () => Promise<void>;
  /** Reloads the submission history (a new submission, a finished grading). */
  loadHistory: () => Promise<void>;
  /** Called as a submission starts (the page shows the submit panel). */
  onStart: () => void;
}) {
  const t = useTranslations("exercises");
  const locale = useLocale();
  const [submission, setSubmission] = useState<SubmissionView | null>(null);
  const { submitting, error: submitError, submit: send } = useSubmit(() => t("submitFailed"));
  const follow = useRef<Follow | null>(null);

  const stopFollowing = () => {
    follow.current?.es?.close();
    if (follow.current?.poll) clearInterval(follow.current.poll);
    follow.current = null;
  };
  useEffect(() => stopFollowing, []);

  const refresh = useCallback(
    async (id: string) => {
      try {
        const res = await fetch(`/api/submissions/${encodeURIComponent(id)}`, { cache: "no-store" });
        if (!res.ok) return;
        const body = (await res.json()) as unknown;
        let done = false;
        setSubmission((prev) => {
          const next = normaliseSubmission(body, locale, prev);
          done = TERMINAL.has(next.status);
          return next;
        });
        if (done && follow.current) {
          stopFollowing();
          void loadHistory();
        }
      } catch {}
    },
    [locale, loadHistory],
  );

  const startFollowing = useCallback(
    (id: string) => {
      stopFollowing();
      const f: Follow = { es: null, poll: null };
      follow.current = f;
      const startPolling = (ms: number) => {
        if (f.poll) clearInterval(f.poll);
        f.poll = setInterval(() => void refresh(id), ms);
      };
      try {
        const es = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
        f.es = es;
        const onEvent = (ev: MessageEvent) => {
          try {
            const data = JSON.parse(String(ev.data)) as Record<string, unknown>;
            if (typeof data.status !== "string") return;
            // Terminal: the results come with GET /api/submissions/:id (the status shows once they are there).
            if (TERMINAL.has(data.status)) void refresh(id);
            else setSubmission((prev) => normaliseSubmission({ ...data, results: undefined }, locale, prev));
          } catch {
            void refresh(id);
          }
        };
        es.onmessage = onEvent;
        for (const name of ["status", "position", "update", "queued", "running", "graded", "error", "result", "done"])
          es.addEventListener(name, onEvent as EventListener);
        es.onerror = () => {
          // Polling fallback (SSE unavailable or dropped).
          es.close();
          f.es = null;
          if (follow.current === f) startPolling(1500);
        };
        // Safety net even while SSE is up.
        startPolling(4000);
      } catch {
        startPolling(1500);
      }
    },
    [locale, refresh],
  );

  const submit = useCallback(async () => {
    if (submitting) return;
    await send(async () => {
      stopFollowing();
      setSubmission(null);
      onStart();
      await save();
      const idempotencyKey = crypto.randomUUID();
      const r = await api("POST", `/api/exercises/${encodeURIComponent(slug)}/submissions`, {
        code: codeRef.current,
        idempotencyKey,
        ...(assignmentId ? { assignmentId } : {}),
      });
      if (!r.ok) {
        return r.status === 404 || r.status === 405
          ? t("submitUnavailable")
          : typeof r.data.error === "string"
            ? r.data.error
            : t("submitFailed");
      }
      const view = normaliseSubmission(r.data, locale, null);
      setSubmission(view);
      if (TERMINAL.has(view.status)) void refresh(view.id);
      else startFollowing(view.id);
      void loadHistory();
      return undefined;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitting, save, slug, locale, startFollowing, refresh, loadHistory, onStart]);

  return { submission, submitting, submitError, submit };
}
