"use client";
// Starts a regrade (POST …/regrade with a fresh key per click, so a retried request cannot start a second run) and
// follows its progress by polling GET …/regrade?run=<id> once a second until the run is no longer active; then the
// page is refreshed so the statistics show the new grades.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { RegradeRun } from "@/lib/gradebook/regrade";
import styles from "./exercise-stats.module.css";

const POLL_MS = 1000;
const RETRY_MS = 5000;

type Reply = { run?: RegradeRun | null; started?: boolean; error?: string };

async function call(url: string, init?: RequestInit): Promise<Reply> {
  const res = await fetch(url, { cache: "no-store", ...init });
  const data = (await res.json().catch(() => ({}))) as Reply;
  if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
  return data;
}

export function RegradePanel({ slug, submissions, initialRun }: { slug: string; submissions: number; initialRun: RegradeRun | null }) {
  const t = useTranslations("exerciseStats");
  const router = useRouter();
  const [run, setRun] = useState<RegradeRun | null>(initialRun);
  const [busy, setBusy] = useState(false);
  const [already, setAlready] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const wasActive = useRef(initialRun?.active ?? false);
  const url = `/api/instructor/exercises/${encodeURIComponent(slug)}/regrade`;

  const active = run?.active ?? false;
  const runId = run?.id;
  useEffect(() => {
    if (!active || !runId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      let wait = POLL_MS;
      try {
        const data = await call(`${url}?run=${encodeURIComponent(runId)}`);
        if (stopped) return;
        setError(null);
        if (data.run) setRun(data.run);
        if (data.run && !data.run.active) return;
      } catch (e) {
        if (stopped) return;
        setError((e as Error).message);
        wait = RETRY_MS;
      }
      timer = setTimeout(poll, wait);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, runId, url]);

  useEffect(() => {
    if (wasActive.current && run && !run.active) router.refresh();
    wasActive.current = run?.active ?? false;
  }, [run, router]);

  const start = useCallback(async () => {
    setBusy(true);
    setStartError(null);
    setAlready(false);
    try {
      const data = await call(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ key: `regrade-${crypto.randomUUID()}` }),
      });
      if (data.run) setRun(data.run);
      setAlready(data.started === false);
    } catch (e) {
      setStartError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [url]);

  const total = run?.enqueued ?? 0;
  const pct = (n: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : "0%");
  return (
    <div className={styles.regrade} data-testid="regrade-panel" data-state={run?.state ?? "none"}>
      <div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={start}
          disabled={busy || active || submissions === 0}
          data-testid="regrade-button"
        >
          {busy ? t("regradeStarting") : t("regradeButton", { count: submissions })}
        </button>
      </div>
      {startError && (
        <p className="alert alert-error" role="alert">
          {t("regradeFailed", { error: startError })}
        </p>
      )}
      {already && <p className="alert alert-info">{t("regradeAlready")}</p>}
      {run && run.state !== "failed" && run.enqueued !== null && (
        <div aria-live="polite">
          <div
            className={styles.progress}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={run.done}
            aria-label={t("regradeProgress", { done: run.done, total })}
          >
            <span className={styles.progressGraded} style={{ width: pct(run.graded) }} />
            <span className={styles.progressFailed} style={{ width: pct(run.failed) }} />
          </div>
          <p className={styles.counts} data-testid="regrade-counts">
            <strong>{t("regradeProgress", { done: run.done, total })}</strong> ·{" "}
            {t("regradeCounts", { queued: run.queued, running: run.running, graded: run.graded, failed: run.failed })}
          </p>
        </div>
      )}
      {run?.state === "starting" && <p className="muted">{t("regradeStarting")}</p>}
      {run?.state === "done" && (
        <p className={run.failed ? "alert alert-error" : "alert alert-success"} data-testid="regrade-done">
          {t("regradeDone", { graded: run.graded, failed: run.failed })}
        </p>
      )}
      {run?.state === "stalled" && (
        <p className="alert alert-error" role="alert">
          {t("regradeStalled", { pending: run.queued + run.running })}
        </p>
      )}
      {run?.state === "interrupted" && (
        <p className="alert alert-error" role="alert">
          {t("regradeInterrupted")}
        </p>
      )}
      {run?.state === "failed" && (
        <p className="alert alert-error" role="alert">
          {t("regradeFailed", { error: run.error ?? "" })}
        </p>
      )}
      {error && (
        <p className="alert alert-error" role="alert">
          {t("regradeRequestFailed", { error })}
        </p>
      )}
    </div>
  );
}
