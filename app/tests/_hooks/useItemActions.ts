// The practice actions on one question — check (grades the current answer), hint, reveal: each answers with the
// question's new public state. A question is busy while its action runs.
import { type RefObject, useCallback, useState } from "react";
import { api } from "@/app/_lib/api";
import type { PublicItem } from "@/lib/attempts/payload";

export type ItemAction = "check" | "hint" | "reveal";

export function useItemActions({
  itemUrl,
  draftsRef,
  cancelSave,
  markSaved,
  onItem,
  onClosed,
  setError,
}: {
  itemUrl: (slug: string) => string;
  draftsRef: RefObject<Record<string, unknown>>;
  cancelSave: (slug: string) => void;
  markSaved: (slug: string) => void;
  onItem: (slug: string, item: PublicItem) => void;
  onClosed: () => void;
  setError: (slug: string, error: string | null) => void;
}) {
  const [busy, setBusy] = useState<Record<string, boolean>>({});

  const itemAction = useCallback(
    async (slug: string, action: ItemAction) => {
      cancelSave(slug);
      setBusy((b) => ({ ...b, [slug]: true }));
      setError(slug, null);
      try {
        const r = await api("POST", `${itemUrl(slug)}/${action}`, action === "check" ? { response: draftsRef.current[slug] ?? null } : {});
        if (r.ok) {
          onItem(slug, r.data.item as PublicItem);
          if (action === "check") markSaved(slug);
        } else if (r.status === 409 && r.data.status && r.data.status !== "in_progress") {
          onClosed();
        } else {
          setError(slug, String(r.data.error ?? r.status));
        }
      } catch (e) {
        setError(slug, (e as Error).message);
      } finally {
        setBusy((b) => ({ ...b, [slug]: false }));
      }
    },
    [itemUrl, draftsRef, cancelSave, markSaved, onItem, onClosed, setError],
  );

  return { busy, itemAction };
}
