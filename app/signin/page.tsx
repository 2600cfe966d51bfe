import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSignedInUser } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { SignInForm } from "./SignInForm";
import styles from "../_components/AuthCard.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackUrl = safeCallbackPath(first(sp.callbackUrl));
  if (await getSignedInUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const notice = first(sp.reset)
    ? t("passwordReset")
    : first(sp.signedOut)
      ? t("signedOut")
      : first(sp.callbackUrl)
        ? t("sessionRequired")
        : null;
  return (
    <div className={styles.wrap}>
      <div className={`card ${styles.card}`}>
        <h1>{t("signInTitle")}</h1>
        <p className={styles.lead}>{t("signInLead")}</p>
        {notice && (
          <p className="alert alert-info" role="status">
            {notice}
          </p>
        )}
        <SignInForm callbackUrl={callbackUrl} initialError={first(sp.error) ?? null} />
        <p className={styles.switch}>
          {t("noAccount")} <Link href="/signup">{t("createOne")}</Link>
        </p>
      </div>
    </div>
  );
}
