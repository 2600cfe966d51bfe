"use client";
// Registers an LMS platform: POST /api/admin/lti/platforms with the values the LMS shows for its registration of
// Kakunin. Deployment ids are entered separated by commas or new lines and sent as a list. The server's field errors
// (already in the user's language) appear next to their fields; success refreshes the list of platforms.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import styles from "./lti.module.css";

const FIELDS = ["name", "issuer", "clientId", "deploymentIds", "authLoginUrl", "accessTokenUrl", "jwksUrl"] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { name: "", issuer: "", clientId: "", deploymentIds: "", authLoginUrl: "", accessTokenUrl: "", jwksUrl: "" };

/** Instructure-hosted Canvas: the same issuer and endpoints for every school (docs/LTI.md). */
const CANVAS: Partial<Values> = {
  issuer: "https://canvas.instructure.com",
  authLoginUrl: "https://sso.canvaslms.com/api/lti/authorize_redirect",
  accessTokenUrl: "https://sso.canvaslms.com/login/oauth2/token",
  jwksUrl: "https://sso.canvaslms.com/api/lti/security/jwks",
};

export function splitDeploymentIds(text: string): string[] {
  return text
    .split(/[,\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The server's `fields` by form field: "deploymentIds.0" belongs to deploymentIds; anything else is general. */
function byField(fields: Record<string, string[]>): { field: Partial<Record<Field, string[]>>; general: string[] } {
  const field: Partial<Record<Field, string[]>> = {};
  const general: string[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    const head = path.split(".")[0] as Field;
    if ((FIELDS as readonly string[]).includes(head)) (field[head] ??= []).push(...messages);
    else general.push(...messages.map((m) => (path === "_" ? m : `${path}: ${m}`)));
  }
  return { field, general };
}

export function RegisterForm() {
  const t = useTranslations("lti");
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [done, setDone] = useState<string | null>(null);

  const set = (name: Field, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setDone(null);
    const body = { ...values, deploymentIds: splitDeploymentIds(values.deploymentIds) };
    try {
      const response = await fetch("/api/admin/lti/platforms", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string[]>; created?: boolean };
      if (!response.ok) {
        const { field, general } = byField(data.fields ?? {});
        setFieldErrors(field);
        setError([data.error ?? t("failed"), ...general].join(" "));
        return;
      }
      setDone(data.created ? t("registered", { issuer: body.issuer }) : t("updated", { issuer: body.issuer }));
      setValues(EMPTY);
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  const input = (name: Field, type: "text" | "url" | "textarea", required = true) => {
    const fid = `${id}-${name}`;
    const errors = fieldErrors[name];
    const describedBy = [`${fid}-hint`, errors ? `${fid}-error` : ""].filter(Boolean).join(" ");
    const common = {
      id: fid,
      name,
      className: "input",
      value: values[name],
      required,
      "aria-invalid": errors ? true : undefined,
      "aria-describedby": describedBy,
    } as const;
    return (
      <div className="field" key={name}>
        <label htmlFor={fid}>{t(`form.${name}`)}</label>
        {type === "textarea" ? (
          <textarea {...common} rows={3} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <input {...common} type={type} maxLength={2000} spellCheck={false} onChange={(e) => set(name, e.target.value)} />
        )}
        <p id={`${fid}-hint`} className="hint">
          {t(`form.${name}Hint`)}
        </p>
        {errors && (
          <span id={`${fid}-error`} className="field-error" data-field-error={name}>
            {errors.join(" ")}
          </span>
        )}
      </div>
    );
  };

  return (
    <form onSubmit={submit} aria-busy={busy} className={styles.form} data-testid="lti-register" noValidate>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <p>
        <button type="button" className="btn btn-ghost" onClick={() => setValues((v) => ({ ...v, ...CANVAS }))}>
          {t("form.canvasDefaults")}
        </button>
      </p>
      {input("name", "text", false)}
      {input("issuer", "text")}
      {input("clientId", "text")}
      {input("deploymentIds", "textarea")}
      {input("authLoginUrl", "url")}
      {input("accessTokenUrl", "url")}
      {input("jwksUrl", "url")}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t("form.submit")}
      </button>
    </form>
  );
}
