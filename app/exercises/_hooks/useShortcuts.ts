// Keyboard shortcuts outside the editor: Ctrl/⌘+Enter runs, Ctrl/⌘+Shift+Enter submits (the editor binds the same
// keys itself). Also the modifier to show on the buttons: "Ctrl" until hydrated, then ⌘ on Apple devices.
import { useCallback, useEffect, useRef, useState } from "react";

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function useShortcuts(run: () => void, submit: () => Promise<void>) {
  const runRef = useRef(run);
  const submitRef = useRef(submit);
  runRef.current = run;
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if ((e.target as HTMLElement | null)?.closest?.(".monaco-editor")) return; // the editor's own keybindings
      e.preventDefault();
      if (e.shiftKey) void submitRef.current();
      else runRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const mod = isMac() ? "⌘" : "Ctrl";
  const [modKey, setModKey] = useState("Ctrl");
  useEffect(() => setModKey(mod), [mod]);

  /** For the editor's own keybindings: always the latest run and submit. */
  const onRun = useCallback(() => runRef.current(), []);
  const onSubmit = useCallback(() => void submitRef.current(), []);
  return { modKey, onRun, onSubmit };
}
