// Autosave of an attempt's answers: each question's answer is PUT 600 ms after its last change and retried while it
// fails; every question has its own save state, shown as one. A closed attempt (409) hands over to onClosed.
import { useCallback, useMemo, useRef, useState } from "react";
import { SAVE_RETRY_MS, type SaveState, stateAfterEdit, useAutosaveGuards } from "@/app/_hooks/useAutosaveGuards";
import { api } from "@/app/_lib/api";
import type { PublicItem } from "@/lib/attempts/payload";

const DEBOUNCE_MS = 600;

export function useAnswerAutosave({
  items,
  base,
  onClosed,
  setError,
}: {
  /** The questions as loaded: their saved responses are the first drafts. */
  items: PublicItem[];
  /** The attempt's API URL. */
  base: string;
  onClosed: () => void;
  setError: (slug: string, error: string | null) => void;
}) {
  const [drafts, setDrafts] = useState<Record<string, unknown>>(() => Object.fromEntries(items.map((i) => [i.slug, i.response])));
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});

  const itemUrl = useCallback((slug: string) => `${base}/answers/${encodeURIComponent(slug)}`, [base]);

  const save = useCallback(
    async (slug: string) => {
      delete timers.current[slug];
      setSaveStates((s) => ({ ...s, [slug]: "saving" }));
      try {
        const r = await api("PUT", itemUrl(slug), { response: draftsRef.current[slug] ?? null });
        if (r.ok) {
          setSaveStates((s) => ({ ...s, [slug]: timers.current[slug] ? "saving" : "saved" }));
          setError(slug, null);
        } else if (r.status === 409 && r.data.status && r.data.status !== "in_progress") {
          onClosed();
        } else if (r.status >= 500 || r.status === 0) {
          throw new Error(String(r.data.error ?? r.status));
        } else {
          setSaveStates((s) => ({ ...s, [slug]: "idle" }));
          setError(slug, String(r.data.error ?? r.status));
        }
      } catch {
        setSaveStates((s) => ({ ...s, [slug]: "offline" }));
        if (!timers.current[slug]) timers.current[slug] = setTimeout(() => void save(slug), SAVE_RETRY_MS);
      }
    },
    [itemUrl, onClosed, setError],
  );

  const change = useCallback(
    (slug: string, value: unknown) => {
      setDrafts((d) => ({ ...d, [slug]: value }));
      draftsRef.current = { ...draftsRef.current, [slug]: value };
      setSaveStates((s) => ({ ...s, [slug]: stateAfterEdit(s[slug]) }));
      clearTimeout(timers.current[slug]);
      timers.current[slug] = setTimeout(() => void save(slug), DEBOUNCE_MS);
    },
    [save],
  );

  useAutosaveGuards({
    unsaved: () => Object.values(saveStates).some((s) => s === "saving" || s === "offline"),
    retry: () => {
      for (const [slug, st] of Object.entries(saveStates)) if (st === "offline") void save(slug);
    },
  });

  /** A pending save of this answer is dropped (an action sends the answer itself). */
  const cancel = useCallback((slug: string) => {
    clearTimeout(timers.current[slug]);
    delete timers.current[slug];
  }, []);
  const markSaved = useCallback((slug: string) => setSaveStates((s) => ({ ...s, [slug]: "saved" })), []);

  /** Saves every answer still waiting for its debounce or retry, one after the other. */
  const flush = useCallback(async () => {
    const pending = Object.keys(timers.current);
    for (const slug of pending) {
      clearTimeout(timers.current[slug]);
      await save(slug);
    }
  }, [save]);

  const overall: SaveState = useMemo(() => {
    const v = Object.values(saveStates);
    if (v.includes("offline")) return "offline";
    if (v.includes("saving")) return "saving";
    if (v.includes("saved")) return "saved";
    return "idle";
  }, [saveStates]);

  return { drafts, draftsRef, overall, change, cancel, markSaved, flush, itemUrl };
}
