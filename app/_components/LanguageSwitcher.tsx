"use client";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales, type Locale } from "@/lib/i18n/config";
import styles from "./Header.module.css";

function Buttons({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const { pending } = useFormStatus();
  return (
    <>
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
    </>
  );
}

/** Two-button switcher posting to a server action (also works without JavaScript). */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("language");
  return (
    <form className={styles.lang} action={setLocaleAction} aria-label={t("label")}>
      <Buttons current={current} />
    </form>
  );
}
