"use client";
// The start of a mock exam: one timed mode, taken as often as the learner likes (lib/mock-exam/start.ts).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "../tests.module.css";

export function MockStartPanel({
  testSlug,
  requested,
  drawn,
  minutes,
  classPlan,
}: {
  testSlug: string;
  requested: number;
  drawn: number;
  minutes: number;
  classPlan: boolean;
}) {
  const t = useTranslations("mock");
  const tt = useTranslations("tests");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/attempts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ testSlug, mode: "exam" }),
      });
      const data = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
      router.refresh();
    } catch (e) {
      setError(tt("startFailed", { error: (e as Error).message }));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="start-heading" className={styles.start}>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={`card ${styles.mode}`}>
        <h2 id="start-heading">{t("startTitle")}</h2>
        <p className="muted">{t("startBody", { questions: drawn, minutes })}</p>
        {classPlan ? <p className="muted">{t("classPlan")}</p> : null}
        {drawn < requested ? (
          <p className="alert alert-info" data-testid="mock-shortfall">
            {t("shortfall", { drawn, requested })}
          </p>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={start} disabled={busy} data-testid="start-mock">
          {busy ? tt("starting") : t("start")}
        </button>
      </div>
    </section>
  );
}
