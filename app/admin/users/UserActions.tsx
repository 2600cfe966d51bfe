"use client";
// One account's admin actions: change the role (PATCH /api/admin/users/:id {role}), deactivate or reactivate it
// ({active}), and issue a one-time password-reset link (POST …/reset-link), shown to copy and hand over — and said
// to be mailed too when the server sent it. Server refusals (e.g. the last active admin) are shown as sent.
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { AdminUser } from "@/lib/accounts/list";
import styles from "./admin.module.css";

type Issued = { url: string; expiresAt: string; mailed: boolean; mail: "sent" | "not_configured" | "failed" };

async function call(url: string, method: "PATCH" | "POST", body: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, data };
}

export function UserActions({ user, self, mailOn }: { user: AdminUser; self: boolean; mailOn: boolean }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [role, setRole] = useState(user.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [copied, setCopied] = useState(false);

  async function run(fn: () => Promise<{ ok: boolean; data: Record<string, unknown> }>, onOk?: (data: Record<string, unknown>) => void) {
    setBusy(true);
    setError(null);
    try {
      const { ok, data } = await fn();
      if (!ok) {
        setError(typeof data.error === "string" ? data.error : t("failed"));
        return;
      }
      onOk?.(data);
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  const base = `/api/admin/users/${user.id}`;
  return (
    <div aria-busy={busy}>
      <div className={styles.actions}>
        <label htmlFor={`${id}-role`} className="visually-hidden">
          {t("roleFor", { email: user.email })}
        </label>
        <select
          id={`${id}-role`}
          className="input"
          value={role}
          onChange={(e) => setRole(e.target.value as AdminUser["role"])}
          disabled={busy}
        >
          {(["learner", "instructor", "admin"] as const).map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={busy || role === user.role}
          onClick={() => run(() => call(base, "PATCH", { role }))}
        >
          {t("saveRole")}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={busy}
          onClick={() =>
            run(
              () => call(base, "PATCH", { active: !user.active }),
              () => setIssued(null),
            )
          }
        >
          {user.active ? t("deactivate") : t("reactivate")}
        </button>
        {user.active && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={busy}
            onClick={() =>
              run(
                () => call(`${base}/reset-link`, "POST", {}),
                (data) => {
                  setCopied(false);
                  setIssued(data as unknown as Issued);
                },
              )
            }
          >
            {t("issueLink")}
          </button>
        )}
      </div>
      {self && <p className="hint">{t("selfHint")}</p>}
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {issued && (
        <div className={styles.link} role="status" data-testid="reset-link">
          <label htmlFor={`${id}-link`}>{t("linkLabel", { email: user.email })}</label>
          <input id={`${id}-link`} className="input" readOnly value={issued.url} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() =>
                void navigator.clipboard?.writeText(issued.url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </p>
          <p className="muted">
            {t("linkExpires", { at: format.dateTime(new Date(issued.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}{" "}
            {issued.mailed ? t("linkMailed") : mailOn ? t("linkMailFailed") : t("linkHandOver")}
          </p>
        </div>
      )}
    </div>
  );
}
