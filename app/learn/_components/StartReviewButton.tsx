"use client";
// Starts (or resumes) the learner's review session and opens it.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function StartReviewButton() {
  const t = useTranslations("review");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/review-sessions", { method: "POST", headers: { "content-type": "application/json" } });
      const data = (await res.json().catch(() => ({}))) as { href?: string; error?: string };
      if (!res.ok || !data.href) throw new Error(data.error ?? `HTTP ${res.status}`);
      router.push(data.href);
    } catch (e) {
      setError(t("startFailed", { error: (e as Error).message }));
      setBusy(false);
      router.refresh(); // e.g. nothing is due any more: show the next review date instead
    }
  }

  return (
    <>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={busy} data-testid="start-review">
        {busy ? t("starting") : t("startReview")}
      </button>
    </>
  );
}
