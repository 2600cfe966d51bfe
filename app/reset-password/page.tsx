// /reset-password?token=…: sets a new password with a one-time link an admin issued (lib/accounts/reset-token.ts).
// Public. An unknown, used or expired link says so and points to the admin; a good one shows the account's email and
// the form. The page sends no Referer, so the token does not leak to another site through a link.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { peekResetToken } from "@/lib/accounts/reset-token";
import { withDb } from "@/lib/http/errors";
import { ResetPasswordForm } from "./ResetPasswordForm";
import styles from "../_components/AuthCard.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const sp = await searchParams;
  const token = Array.isArray(sp.token) ? (sp.token[0] ?? "") : (sp.token ?? "");
  const [t, account] = await Promise.all([getTranslations("resetPassword"), withDb(() => peekResetToken(db(), token))]);
  return (
    <div className={styles.wrap}>
      <div className={`card ${styles.card}`}>
        <h1>{t("title")}</h1>
        {account ? (
          <>
            <p className={styles.lead}>{t("lead", { email: account.email })}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <>
            <p className="alert alert-error" role="alert">
              {t("invalid")}
            </p>
            <p className={styles.switch}>
              <Link href="/signin">{t("toSignIn")}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
