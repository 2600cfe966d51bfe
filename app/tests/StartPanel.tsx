"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./tests.module.css";

export function StartPanel({
  testSlug,
  minutes,
  examTaken,
  penalties,
}: {
  testSlug: string;
  minutes: number | null;
  examTaken: boolean;
  penalties: { hint: number; retry: number };
}) {
  const t = useTranslations("tests");
  const router = useRouter();
  const [busy, setBusy] = useState<"practice" | "exam" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(mode: "practice" | "exam") {
    setBusy(mode);
    setError(null);
    try {
      const res = await fetch("/api/attempts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ testSlug, mode }),
      });
      const data = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
      router.refresh();
    } catch (e) {
      setError(t("startFailed", { error: (e as Error).message }));
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="start-heading" className={styles.start}>
      <h2 id="start-heading" className="visually-hidden">
        {t("chooseMode")}
      </h2>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.modes}>
        <div className={`card ${styles.mode}`}>
          <h3>{t("practiceTitle")}</h3>
          <p className="muted">{t("practiceBody", penalties)}</p>
          <button type="button" className="btn btn-primary" onClick={() => start("practice")} disabled={busy !== null}>
            {busy === "practice" ? t("starting") : t("startPractice")}
          </button>
        </div>
        <div className={`card ${styles.mode}`}>
          <h3>{t("examTitle")}</h3>
          {minutes ? (
            <>
              <p className="muted">{t("examBody", { minutes })}</p>
              {examTaken ? (
                <p className="alert alert-info">{t("examTaken")}</p>
              ) : (
                <button type="button" className="btn btn-secondary" onClick={() => start("exam")} disabled={busy !== null}>
                  {busy === "exam" ? t("starting") : t("startExam")}
                </button>
              )}
            </>
          ) : (
            <p className="muted">{t("examUnavailable")}</p>
          )}
        </div>
      </div>
    </section>
  );
}
