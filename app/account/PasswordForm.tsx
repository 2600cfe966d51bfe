"use client";
// Changes the password: POST /api/me/password {currentPassword, newPassword}. The server ends every session of the
// account; this form then signs in again with the new password, so this browser stays signed in and only the
// other sessions are over.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    setError(null);
    setSaved(false);
    if (newPassword !== String(form.get("repeatPassword") ?? "")) {
      setError(t("mismatch"));
      return;
    }
    setBusy(true);
    try {
      const response = await fetch("/api/me/password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ currentPassword, newPassword }),
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string[]> };
        setError(data.fields ? Object.values(data.fields).flat().join(" ") : (data.error ?? t("failed")));
        return;
      }
      const again = await signIn("credentials", { email, password: newPassword, redirect: false }).catch(() => null);
      if (!again?.ok || again.error) {
        router.replace("/signin?callbackUrl=%2Faccount");
        return;
      }
      formEl.reset();
      setSaved(true);
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
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
      {saved && (
        <p className="alert alert-success" role="status">
          {t("passwordSaved")}
        </p>
      )}
      <div className="field">
        <label htmlFor="account-current-password">{t("currentPassword")}</label>
        <input
          id="account-current-password"
          className="input"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div className="field">
        <label htmlFor="account-new-password">{t("newPassword")}</label>
        <input
          id="account-new-password"
          className="input"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={256}
          aria-describedby="account-new-password-hint"
        />
        <span id="account-new-password-hint" className="hint">
          {t("passwordHint")}
        </span>
      </div>
      <div className="field">
        <label htmlFor="account-repeat-password">{t("repeatPassword")}</label>
        <input id="account-repeat-password" className="input" name="repeatPassword" type="password" autoComplete="new-password" required />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t("savePassword")}
      </button>
    </form>
  );
}
