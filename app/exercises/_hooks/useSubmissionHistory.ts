// The learner's previous submissions of an exercise (newest first, with their code); null while the first load runs.
import { useCallback, useEffect, useState } from "react";
import { type HistoryEntry, historyEntry } from "../submission";

export function useSubmissionHistory(slug: string) {
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);

  const loadHistory = useCallback(async () => {
    try {
      const res = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, { cache: "no-store" });
      if (!res.ok) {
        setHistory((h) => h ?? []);
        return;
      }
      const body = (await res.json()) as unknown;
      const list = (Array.isArray(body) ? body : ((body as { submissions?: unknown[] }).submissions ?? [])) as Record<string, unknown>[];
      setHistory(list.map(historyEntry));
    } catch {
      setHistory((h) => h ?? []);
    }
  }, [slug]);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  return { history, loadHistory };
}
