"use client";
// A button that, once confirmed, sends one JSON request (removing a platform, rotating the signing key) and refreshes
// the page; the server's refusal is shown as sent (already in the user's language), success as `done` with
// "{key}" filled from the reply.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

interface Props {
  url: string;
  method: "POST" | "DELETE";
  label: string;
  confirm: string;
  done?: string;
  variant?: "secondary" | "ghost";
  testId?: string;
}

export function ConfirmButton({ url, method, label, confirm, done, variant = "secondary", testId }: Props) {
  const t = useTranslations("lti");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run() {
    if (!window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: "{}" });
      const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok) {
        setError(typeof data.error === "string" ? data.error : t("failed"));
        return;
      }
      if (done) setMessage(done.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? "")));
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div aria-busy={busy}>
      <button type="button" className={`btn btn-${variant}`} disabled={busy} onClick={() => void run()} data-testid={testId}>
        {label}
      </button>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
