"use client";
// One of Kakunin's URLs to paste into the LMS: read-only (selected on focus) with a copy button.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import styles from "./lti.module.css";

export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations("lti");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.copy} data-testid={testId}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} className="input" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="btn btn-secondary"
        aria-label={t("copyLabel", { what: label })}
        onClick={() =>
          void navigator.clipboard?.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
