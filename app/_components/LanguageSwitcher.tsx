"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales, type Locale } from "@/lib/i18n/config";
import styles from "./Header.module.css";

/** Two-button switcher; works without JavaScript too (plain form post to the server action). */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const [pending, startTransition] = useTransition();
  return (
    <form
      className={styles.lang}
      action={(formData) => startTransition(() => setLocaleAction(formData))}
      aria-label={t("label")}
      aria-busy={pending}
    >
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          className={styles.langButton}
          aria-pressed={l === current}
          disabled={pending}
        >
          {t(l)}
        </button>
      ))}
      {pending && (
        <span className="visually-hidden" role="status">
          {t("saving")}
        </span>
      )}
    </form>
  );
}
