"use client";
// "Report a problem" on every question and exercise page (lib/reports): a short form; the server attaches the version
// the learner saw, their variant and their answer (questions in an attempt) — the exercise page passes the code.
import { useState } from "react";
import { useTranslations } from "next-intl";

type Target = { kind: "item"; slug: string; attemptId?: string } | { kind: "exercise"; slug: string; getCode?: () => string };

export function ReportProblem({ target }: { target: Target }) {
  const t = useTranslations("reports");
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "sent" | { error: string }>("idle");
  const id = `report-${target.kind}-${target.slug}`;

  async function send() {
    setState("sending");
    const body =
      target.kind === "item"
        ? { kind: "item", slug: target.slug, message, ...(target.attemptId ? { attemptId: target.attemptId } : {}) }
        : { kind: "exercise", slug: target.slug, message, ...(target.getCode ? { code: target.getCode() } : {}) };
    try {
      const res = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (res.ok) {
        setState("sent");
        setOpen(false);
        setMessage("");
      } else setState({ error: ((await res.json().catch(() => ({}))) as { error?: string }).error ?? String(res.status) });
    } catch (e) {
      setState({ error: (e as Error).message });
    }
  }

  if (!open)
    return (
      <p className="muted" data-testid="report-problem">
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setOpen(true);
            setState("idle");
          }}
          data-testid="report-open"
        >
          {t("action")}
        </button>
        {state === "sent" ? (
          <span role="status" data-testid="report-sent">
            {t("thanks")}
          </span>
        ) : null}
      </p>
    );
  return (
    <form
      data-testid="report-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (message.trim()) void send();
      }}
    >
      <label htmlFor={id}>{t("formLabel")}</label>
      <textarea
        id={id}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={2000}
        rows={3}
        required
        data-testid="report-message"
      />
      <p className="muted">{t("formHint")}</p>
      {typeof state === "object" ? (
        <p className="alert alert-error" role="alert">
          {t("failed", { error: state.error })}
        </p>
      ) : null}
      <button type="submit" className="btn btn-secondary" disabled={state === "sending" || !message.trim()} data-testid="report-submit">
        {t("submit")}
      </button>{" "}
      <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
        {t("cancel")}
      </button>
    </form>
  );
}
