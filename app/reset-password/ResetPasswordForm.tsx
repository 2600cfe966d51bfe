"use client";
// The new-password form of a reset link: POST /api/auth/reset-password {token, password}; on success every session
// of the account has ended and the sign-in page says the password was changed.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "../_components/AuthCard.module.css";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    setError(null);
    if (password !== String(form.get("repeatPassword") ?? "")) {
      setError(t("mismatch"));
      return;
    }
    setBusy(true);
    try {
      const response = await fetch("/api/auth/reset-password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token, password }),
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string[]> };
        setError(data.fields?.password?.join(" ") ?? data.error ?? t("failed"));
        setBusy(false);
        return;
      }
      router.replace("/signin?reset=1");
    } catch {
      setError(t("failed"));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-busy={busy}>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="reset-password">{t("password")}</label>
        <input
          id="reset-password"
          className="input"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={256}
          aria-describedby="reset-password-hint"
        />
        <span id="reset-password-hint" className="hint">
          {t("hint")}
        </span>
      </div>
      <div className="field">
        <label htmlFor="reset-repeat">{t("repeat")}</label>
        <input id="reset-repeat" className="input" name="repeatPassword" type="password" autoComplete="new-password" required />
      </div>
      <button type="submit" className={`btn btn-primary btn-lg ${styles.submit}`} disabled={busy}>
        {t("submit")}
      </button>
    </form>
  );
}
