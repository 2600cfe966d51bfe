"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { sameOriginPath } from "@/lib/auth/redirect";
import styles from "../_components/AuthCard.module.css";

/** Maps next-auth's error code (thrown by authorize()) to a message that never reveals account existence. */
function useErrorMessage() {
  const t = useTranslations("auth");
  return (code: string | null | undefined): string | null => {
    if (!code) return null;
    const throttled = /^throttled:(\d+)$/.exec(code);
    if (throttled) {
      const seconds = Number(throttled[1]);
      return seconds < 120 ? t("waitSeconds", { seconds }) : t("locked", { minutes: Math.ceil(seconds / 60) });
    }
    if (code === "CredentialsSignin") return t("invalidCredentials");
    if (code === "ServiceUnavailable") return t("unavailable");
    if (code === "AccountDeactivated") return t("deactivated");
    return t("genericError");
  };
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations("auth");
  const toMessage = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(toMessage(initialError));
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error || !result.ok) {
        setError(toMessage(result?.error ?? "unknown"));
        setPending(false);
        requestAnimationFrame(() => errorRef.current?.focus());
        return;
      }
      // The server already checked callbackUrl; checked again here against this page's origin before following it.
      router.replace(sameOriginPath(callbackUrl, window.location.origin) ?? "/learn");
      router.refresh();
    } catch {
      setError(t("genericError"));
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={error ? "signin-error" : undefined}>
      {error && (
        <p id="signin-error" className="alert alert-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="signin-email">{t("email")}</label>
        <input id="signin-email" className="input" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="signin-password">{t("password")}</label>
        <input id="signin-password" className="input" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className={`btn btn-primary btn-lg ${styles.submit}`} disabled={pending}>
        {pending ? t("submitting") : t("submitSignIn")}
      </button>
    </form>
  );
}
