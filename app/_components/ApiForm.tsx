"use client";
// A small form that sends its fields as JSON to one API route and shows the server's answer (already in the user's
// language, lib/http/route). Used by the class and assignment pages; `fixed` is merged into the body as is.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "email" | "number" | "datetime-local" | "select" | "textarea" | "checkbox" | "hidden";
  required?: boolean;
  defaultValue?: string;
  options?: Array<{ value: string; label: string }>;
  help?: string;
}

interface RowError {
  line: number;
  code: string;
  email?: string;
}

interface Props {
  action: string;
  method?: "POST" | "PUT" | "PATCH" | "DELETE";
  fields?: FieldSpec[];
  fixed?: Record<string, unknown>;
  submitLabel: string;
  /** Where to go after success ("{id}" is replaced with the reply's id); default: refresh the page. */
  redirectTo?: string;
  /** Shown after success; "{key}" placeholders are filled from the reply. */
  successMessage?: string;
  testId?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
}

function fill(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ""));
}

export function ApiForm({
  action,
  method = "POST",
  fields = [],
  fixed = {},
  submitLabel,
  redirectTo,
  successMessage,
  testId,
  confirm,
  variant = "primary",
}: Props) {
  const t = useTranslations("classes");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<RowError[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = new FormData(e.currentTarget);
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      if (f.type === "checkbox") body[f.name] = form.get(f.name) === "on";
      else {
        const v = String(form.get(f.name) ?? "");
        if (v === "") continue;
        body[f.name] = f.type === "number" ? Number(v) : v;
      }
    }
    setBusy(true);
    setError(null);
    setRows([]);
    setDone(null);
    try {
      const res = await fetch(action, {
        method,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, ...fixed }),
      });
      const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) {
        setError(typeof data.error === "string" ? data.error : `HTTP ${res.status}`);
        if (Array.isArray(data.errors)) setRows(data.errors as RowError[]);
        return;
      }
      if (successMessage) setDone(fill(successMessage, data));
      if (redirectTo) router.push(fill(redirectTo, data));
      else router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="api-form" data-testid={testId}>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
          {rows.length > 0 && (
            <ul data-testid="row-errors">
              {rows.map((r, i) => (
                <li key={i} data-line={r.line} data-code={r.code}>
                  {t(`rowError.${r.code}` as "rowError.invalid_email", { line: r.line, email: r.email ?? "" })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} defaultValue={f.defaultValue} />;
        return (
          <div className="field" key={f.name}>
            {f.type === "checkbox" ? (
              <label>
                <input id={fid} name={f.name} type="checkbox" defaultChecked={f.defaultValue === "true"} /> {f.label}
              </label>
            ) : (
              <label htmlFor={fid}>{f.label}</label>
            )}
            {f.type === "select" ? (
              <select id={fid} name={f.name} className="input" defaultValue={f.defaultValue} required={f.required}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "textarea" ? (
              <textarea id={fid} name={f.name} className="input" rows={6} defaultValue={f.defaultValue} required={f.required} />
            ) : f.type === "checkbox" ? null : (
              <input
                id={fid}
                name={f.name}
                type={f.type}
                className="input"
                defaultValue={f.defaultValue}
                required={f.required}
                step={f.type === "number" ? "any" : undefined}
              />
            )}
            {f.help && <p className="muted">{f.help}</p>}
          </div>
        );
      })}
      <button type="submit" className={`btn btn-${variant === "danger" ? "secondary" : variant}`} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
