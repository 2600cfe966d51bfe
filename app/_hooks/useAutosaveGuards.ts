// What every autosave shares: its states, the retry delay after a failed save, and the window listeners that retry
// when the browser is back online, warn before leaving with unsaved work and (optionally) send it as the page goes.
import { useEffect, useRef } from "react";

export type SaveState = "idle" | "saving" | "saved" | "offline";

/** After a failed save (network down, server error), the next try comes this much later. */
export const SAVE_RETRY_MS = 3000;

/** An edit is "saving" from the first keystroke, but stays "offline" until a save gets through. */
export function stateAfterEdit(s: SaveState | undefined): SaveState {
  return s === "offline" ? s : "saving";
}

export interface AutosaveGuards {
  /** Whether some work has not reached the server yet. */
  unsaved(): boolean;
  /** Back online with unsaved work: save it now. */
  retry(): void;
  /** The page is going away with unsaved work: a last, fire-and-forget save (fetch keepalive). */
  onHide?(): void;
}

/** The listeners are added once; they call the latest callbacks. `onHide` is listened for only if given at mount. */
export function useAutosaveGuards(guards: AutosaveGuards): void {
  const latest = useRef(guards);
  latest.current = guards;
  useEffect(() => {
    const online = () => {
      if (latest.current.unsaved()) latest.current.retry();
    };
    const hide = () => {
      if (latest.current.unsaved()) latest.current.onHide?.();
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (latest.current.unsaved()) e.preventDefault();
    };
    const listensForHide = Boolean(latest.current.onHide);
    window.addEventListener("online", online);
    if (listensForHide) window.addEventListener("pagehide", hide);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      if (listensForHide) window.removeEventListener("pagehide", hide);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, []);
}
