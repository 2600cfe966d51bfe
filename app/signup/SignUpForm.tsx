"use client";
// The sign-up form. The server answers the same whether or not the email was already registered; the form then
// signs in with the password just typed: a new account lands on /learn, otherwise the form says, without telling
// which case it is, that the account is ready if the address could be used, and points to the sign-in page.
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import styles from "../_components/AuthCard.module.css";

type Field = "email" | "name" | "password";

export function SignUpForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const acceptedRef = useRef<HTMLDivElement>(null);

  function fail(message: string | null, fields: Partial<Record<Field, string>> = {}) {
    setError(message);
    setFieldErrors(fields);
    setPending(false);
    requestAnimationFrame(() => {
      if (message) errorRef.current?.focus();
      else document.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
    });
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(null);
    setFieldErrors({});
    let response: Response;
    try {
      response = await fetch("/api/auth/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      return fail(t("genericError"));
    }
    if (!response.ok) {
      const data = (await response.json().catch(() => ({}))) as { code?: string; fields?: Record<string, string[]> };
      if (response.status === 400 && data.fields) {
        const fields: Partial<Record<Field, string>> = {};
        for (const key of ["email", "name", "password"] as const) {
          if (data.fields[key]) fields[key] = t(`errors.${key}`);
        }
        return fail(Object.keys(fields).length ? null : t("genericError"), fields);
      }
      if (response.status === 429) return fail(t("signUpThrottled"));
      return fail(t("genericError"));
    }
    const result = await signIn("credentials", { email: body.email, password: body.password, redirect: false }).catch(() => null);
    if (!result?.ok || result.error) {
      setPending(false);
      setAccepted(true);
      requestAnimationFrame(() => acceptedRef.current?.focus());
      return;
    }
    router.replace("/learn");
    router.refresh();
  }

  if (accepted) {
    return (
      <div className="alert alert-info" role="status" tabIndex={-1} ref={acceptedRef} id="signup-accepted">
        <p>{t("signUpAccepted")}</p>
        <p>
          <Link href="/signin" className="btn btn-primary">
            {t("signInInstead")}
          </Link>
        </p>
      </div>
    );
  }

  const invalid = (f: Field) => (fieldErrors[f] ? true : undefined);
  const describedBy = (f: Field, hint?: string) =>
    [hint, fieldErrors[f] ? `signup-${f}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="alert alert-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="signup-name">{t("name")}</label>
        <input
          id="signup-name"
          className="input"
          name="name"
          autoComplete="name"
          maxLength={80}
          required
          aria-invalid={invalid("name")}
          aria-describedby={describedBy("name", "signup-name-hint")}
        />
        <span id="signup-name-hint" className="hint">
          {t("nameHint")}
        </span>
        {fieldErrors.name && (
          <span id="signup-name-error" className="field-error">
            {fieldErrors.name}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="signup-email">{t("email")}</label>
        <input
          id="signup-email"
          className="input"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={invalid("email")}
          aria-describedby={describedBy("email")}
        />
        {fieldErrors.email && (
          <span id="signup-email-error" className="field-error">
            {fieldErrors.email}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="signup-password">{t("password")}</label>
        <input
          id="signup-password"
          className="input"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          aria-invalid={invalid("password")}
          aria-describedby={describedBy("password", "signup-password-hint")}
        />
        <span id="signup-password-hint" className="hint">
          {t("passwordHint")}
        </span>
        {fieldErrors.password && (
          <span id="signup-password-error" className="field-error">
            {fieldErrors.password}
          </span>
        )}
      </div>
      <button type="submit" className={`btn btn-primary btn-lg ${styles.submit}`} disabled={pending}>
        {pending ? t("submitting") : t("submitSignUp")}
      </button>
    </form>
  );
}
