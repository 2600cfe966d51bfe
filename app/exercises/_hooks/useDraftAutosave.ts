// The exercise draft's autosave: a debounced PUT, one save at a time, retried while it fails; a crash-safe local copy
// of unsaved edits (restored on load when newer than the server's draft); a keepalive save as the page goes away.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { SAVE_RETRY_MS, type SaveState, stateAfterEdit, useAutosaveGuards } from "@/app/_hooks/useAutosaveGuards";
import type { EditorApi } from "../_components/MonacoEditors";

const DEBOUNCE_MS = 800;

export function useDraftAutosave({
  slug,
  starter,
  draft,
  codeRef,
  editorApi,
}: {
  slug: string;
  starter: string;
  draft: { code: string; updatedAt: string } | null;
  /** The program in the editor now. */
  codeRef: RefObject<string>;
  editorApi: RefObject<EditorApi | null>;
}) {
  const draftUrl = `/api/exercises/${encodeURIComponent(slug)}/draft`;
  const localKey = `kakunin:draft:${slug}`;
  const lastSaved = useRef(draft?.code ?? null);
  const [saveState, setSaveState] = useState<SaveState>(draft ? "saved" : "idle");
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);

  const save = useCallback(async (): Promise<void> => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (saving.current) await saving.current;
    const code = codeRef.current;
    if (code === lastSaved.current) {
      setSaveState((s) => (s === "idle" ? s : "saved"));
      return;
    }
    setSaveState("saving");
    const p = (async () => {
      try {
        const res = await fetch(draftUrl, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code }),
        });
        if (!res.ok) throw new Error(String(res.status));
        lastSaved.current = code;
        try {
          localStorage.removeItem(localKey);
        } catch {}
        setSaveState(codeRef.current === code ? "saved" : "saving");
      } catch {
        setSaveState("offline");
        if (retryTimer.current) clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => void save(), SAVE_RETRY_MS);
      }
    })();
    saving.current = p;
    await p;
    saving.current = null;
    if (codeRef.current !== lastSaved.current && !saveTimer.current && !retryTimer.current) scheduleSave();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftUrl, localKey]);

  const scheduleSave = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      if (retryTimer.current) {
        clearTimeout(retryTimer.current);
        retryTimer.current = null;
      }
      void save();
    }, DEBOUNCE_MS);
  }, [save]);

  // A crash-safe local copy of unsaved edits: newer than the server draft ⇒ restored (and saved) on load.
  useEffect(() => {
    try {
      const raw = localStorage.getItem(localKey);
      if (!raw) return;
      const local = JSON.parse(raw) as { code: string; at: number };
      const serverAt = draft ? Date.parse(draft.updatedAt) : 0;
      if (local.at > serverAt && local.code !== (draft?.code ?? starter)) {
        const id = setInterval(() => {
          if (!editorApi.current) return;
          clearInterval(id);
          editorApi.current.setCode(local.code);
        }, 100);
        return () => clearInterval(id);
      }
      localStorage.removeItem(localKey);
    } catch {}
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useAutosaveGuards({
    unsaved: () => codeRef.current !== lastSaved.current,
    retry: () => void save(),
    onHide: () => {
      try {
        void fetch(draftUrl, {
          method: "PUT",
          keepalive: true,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code: codeRef.current }),
        });
      } catch {}
    },
  });

  /** The learner changed the program (already in codeRef): keep a local copy and save it soon. */
  const edited = useCallback(
    (code: string) => {
      try {
        localStorage.setItem(localKey, JSON.stringify({ code, at: Date.now() }));
      } catch {}
      setSaveState(stateAfterEdit);
      scheduleSave();
    },
    [localKey, scheduleSave],
  );

  return { saveState, save, edited };
}
