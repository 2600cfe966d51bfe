"use client";
// Changes the display name: PATCH /api/me {name}; the header shows the new name after the refresh.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function NameForm({ current }: { current: string }) {
  const t = useTranslations("account");
  const router = useRouter();
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const response = await fetch("/api/me", {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name }),
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string[]> };
        setError(data.fields?.name?.join(" ") ?? data.error ?? t("failed"));
        return;
      }
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
          {t("nameSaved")}
        </p>
      )}
      <div className="field">
        <label htmlFor="account-name-input">{t("name")}</label>
        <input
          id="account-name-input"
          className="input"
          name="name"
          autoComplete="name"
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t("saveName")}
      </button>
    </form>
  );
}
