"use client";
// Asks before the program is replaced by the starter code (the draft then saves the starter).
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import styles from "../exercises.module.css";

export function ResetDialog({ dialogRef, onConfirm }: { dialogRef: RefObject<HTMLDialogElement | null>; onConfirm: () => void }) {
  const t = useTranslations("exercises");
  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="reset-title">
      <h2 id="reset-title">{t("resetTitle")}</h2>
      <p>{t("resetBody")}</p>
      <div className={styles.dialogButtons}>
        <button type="button" className="btn btn-secondary" onClick={() => dialogRef.current?.close()}>
          {t("cancel")}
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm} data-testid="reset-confirm">
          {t("resetConfirm")}
        </button>
      </div>
    </dialog>
  );
}
