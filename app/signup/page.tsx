import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSignedInUser } from "@/lib/auth/guard";
import { SignUpForm } from "./SignUpForm";
import styles from "../_components/AuthCard.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getSignedInUser()) redirect("/learn");
  const t = await getTranslations("auth");
  return (
    <div className={styles.wrap}>
      <div className={`card ${styles.card}`}>
        <h1>{t("signUpTitle")}</h1>
        <p className={styles.lead}>{t("signUpLead")}</p>
        <SignUpForm />
        <p className={styles.switch}>
          {t("haveAccount")} <Link href="/signin">{t("signInInstead")}</Link>
        </p>
      </div>
    </div>
  );
}
