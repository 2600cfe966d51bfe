"use client";
// Above an open attempt: the rules (exam, or practice with its penalties), the exam's countdown, the save status.
import { useTranslations } from "next-intl";
import type { SaveState } from "@/app/_hooks/useAutosaveGuards";
import { percent } from "@/app/_lib/format";
import type { AttemptPayload } from "@/lib/attempts/payload";
import { Countdown } from "./Countdown";
import styles from "../tests.module.css";

export function AttemptToolbar({ attempt, saveState, onExpire }: { attempt: AttemptPayload; saveState: SaveState; onExpire: () => void }) {
  const t = useTranslations("tests");
  const exam = attempt.mode === "exam";
  return (
    <div className={styles.toolbar} role="region" aria-label={t("saveStatus")}>
      <p className={styles.intro}>
        {exam ? t("examIntro") : t("practiceIntro", { hint: percent(attempt.penalties.hint), retry: percent(attempt.penalties.retry) })}
      </p>
      {exam && attempt.deadlineAt ? <Countdown deadline={attempt.deadlineAt} serverNow={attempt.serverNow} onExpire={onExpire} /> : null}
      <p
        className={`${styles.saveStatus} ${styles[`save_${saveState}`] ?? ""}`}
        role="status"
        aria-live="polite"
        data-save-status={saveState}
      >
        {saveState === "saving"
          ? t("saveSaving")
          : saveState === "offline"
            ? t("saveOffline")
            : saveState === "saved"
              ? t("saveSaved")
              : t("saveIdle")}
      </p>
    </div>
  );
}
