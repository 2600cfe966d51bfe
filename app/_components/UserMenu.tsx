"use client";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import styles from "./Header.module.css";

/** Disclosure button + panel (Escape or a click outside closes it, focus returns to the button). */
export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const t = useTranslations("userMenu");
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onDocClick = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("click", onDocClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onDocClick);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const initial = (name.trim()[0] ?? "?").toUpperCase();
  return (
    <div ref={rootRef} className={styles.userMenu}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.userButton}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("label", { name })}
        onClick={() => setOpen((v) => !v)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {initial}
        </span>
        <span className={styles.userName} aria-hidden="true">
          {name}
        </span>
      </button>
      <div id={panelId} className={styles.menuPanel} hidden={!open}>
        <p className={styles.menuMeta}>
          <span className="muted">{t("signedInAs")}</span>
          <br />
          <strong>{email}</strong>
          <br />
          <span className="badge">{t("role", { role: roleLabel })}</span>
        </p>
        <p>
          <Link href="/account" onClick={() => setOpen(false)}>
            {t("account")}
          </Link>
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
    </div>
  );
}
