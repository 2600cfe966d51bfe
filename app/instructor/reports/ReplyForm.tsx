"use client";
// Reply to a learner's problem report and/or resolve it (POST /api/instructor/reports/:id).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function ReplyForm({ id }: { id: string }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [reply, setReply] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "sent" | { error: string }>("idle");

  async function send(resolve: boolean) {
    setState("sending");
    const body = { ...(reply.trim() ? { reply } : {}), resolve };
    const res = await fetch(`/api/instructor/reports/${encodeURIComponent(id)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch((e: Error) => ({ ok: false, status: 0, json: async () => ({ error: e.message }) }));
    if (res.ok) {
      setState("sent");
      router.refresh();
    } else setState({ error: ((await res.json().catch(() => ({}))) as { error?: string }).error ?? String(res.status) });
  }

  return (
    <form
      data-testid="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send(false);
      }}
    >
      <label htmlFor={`reply-${id}`}>{t("reply")}</label>
      <textarea
        id={`reply-${id}`}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        placeholder={t("replyPlaceholder")}
        maxLength={2000}
        rows={2}
        data-testid="reply-text"
      />
      <button type="submit" className="btn btn-secondary" disabled={state === "sending" || !reply.trim()} data-testid="reply-send">
        {t("send")}
      </button>{" "}
      <button
        type="button"
        className="btn btn-ghost"
        disabled={state === "sending"}
        onClick={() => void send(true)}
        data-testid="reply-resolve"
      >
        {t("resolve")}
      </button>
      {state === "sent" ? <span role="status"> {t("sent")}</span> : null}
      {typeof state === "object" ? (
        <p className="alert alert-error" role="alert">
          {t("failed", { error: state.error })}
        </p>
      ) : null}
    </form>
  );
}
