// Live syntax squiggles: the program is checked by the engine in its own Web Worker 300 ms after the last keystroke;
// only the answer to the latest check is kept.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SyntaxProblem, WorkerRequest, WorkerResponse } from "../protocol";
import { newEngineWorker } from "./useRunWorker";

export function useSyntaxCheck() {
  const syntaxWorker = useRef<Worker | null>(null);
  const reqId = useRef(0);
  const lastCheck = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [syntax, setSyntax] = useState<SyntaxProblem | null>(null);

  useEffect(() => {
    const w = newEngineWorker();
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const m = ev.data;
      if (m.type === "check" && m.id === lastCheck.current) setSyntax(m.problem);
    };
    syntaxWorker.current = w;
    return () => w.terminate();
  }, []);

  const check = useCallback((source: string) => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    checkTimer.current = setTimeout(() => {
      const id = ++reqId.current;
      lastCheck.current = id;
      syntaxWorker.current?.postMessage({ type: "check", id, source } satisfies WorkerRequest);
    }, 300);
  }, []);

  return { syntax, check };
}
