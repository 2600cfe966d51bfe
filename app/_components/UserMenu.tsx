"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import styles from "./Header.module.css";

export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const t = useTranslations("userMenu");
  const ref = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onDocClick = (e: MouseEvent) => {
      if (el.open && !el.contains(e.target as Node)) el.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && el.open) {
        el.open = false;
        el.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("click", onDocClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onDocClick);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  const initial = (name.trim()[0] ?? "?").toUpperCase();
  return (
    <details ref={ref} className={styles.userMenu}>
      <summary className={styles.userButton} aria-label={t("label", { name })}>
        <span className={styles.avatar} aria-hidden="true">
          {initial}
        </span>
        <span className={styles.userName}>{name}</span>
      </summary>
      <div className={styles.menuPanel}>
        <p className={styles.menuMeta}>
          <span className="muted">{t("signedInAs")}</span>
          <br />
          <strong>{email}</strong>
          <br />
          <span className="badge">{t("role", { role: roleLabel })}</span>
        </p>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void signOut({ callbackUrl: "/signin?signedOut=1" });
          }}
        >
          {t("signOut")}
        </button>
      </div>
    </details>
  );
}
