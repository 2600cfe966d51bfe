"use client";
// Handing the attempt in: the button, then a confirmation that says how many questions are unanswered.
import { useTranslations } from "next-intl";
import styles from "../tests.module.css";

export function SubmitBar({
  exam,
  unanswered,
  confirming,
  submitting,
  onConfirming,
  onSubmit,
}: {
  exam: boolean;
  unanswered: number;
  /** Kept by the player, like `submitting`. */
  confirming: boolean;
  submitting: boolean;
  onConfirming: (confirming: boolean) => void;
  onSubmit: () => Promise<void>;
}) {
  const t = useTranslations("tests");
  return (
    <div className={styles.submitBar}>
      {confirming ? (
        <div className={`card ${styles.confirm}`} role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t("confirmSubmit", { unanswered })}</p>
          <div className={styles.actions}>
            <button type="button" className="btn btn-primary" onClick={() => void onSubmit()} disabled={submitting} autoFocus>
              {submitting ? t("submitting") : t("confirmYes")}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => onConfirming(false)} disabled={submitting}>
              {t("confirmNo")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn-primary btn-lg" onClick={() => onConfirming(true)}>
          {exam ? t("submitExam") : t("finishPractice")}
        </button>
      )}
    </div>
  );
}
