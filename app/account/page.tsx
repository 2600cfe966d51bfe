// /account: the signed-in user's own account — display name and password. Every signed-in user.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { NameForm } from "./NameForm";
import { PasswordForm } from "./PasswordForm";
import styles from "./account.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser({ callbackUrl: "/account" });
  const [t, tr] = await Promise.all([getTranslations("account"), getTranslations("roles")]);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>
          {user.email} · {tr(user.role)}
        </p>
      </header>
      <div className={styles.grid}>
        <section className="card" aria-labelledby="account-name">
          <h2 id="account-name">{t("nameTitle")}</h2>
          <NameForm current={user.name} />
        </section>
        <section className="card" aria-labelledby="account-password">
          <h2 id="account-password">{t("passwordTitle")}</h2>
          <p className="muted">{t("passwordLead")}</p>
          <PasswordForm email={user.email} />
        </section>
      </div>
    </>
  );
}
