import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSignedInUser } from "@/lib/auth/guard";
import styles from "./page.module.css";

export default async function LandingPage() {
  if (await getSignedInUser()) redirect("/learn");
  const t = await getTranslations("landing");
  const features = [1, 2, 3] as const;
  return (
    <div className={styles.landing}>
      <section className={styles.hero} aria-labelledby="hero-title">
        <span className="eyebrow">{t("eyebrow")}</span>
        <h1 id="hero-title" className={styles.title}>
          {t("title")}
        </h1>
        <p className={styles.lead}>{t("lead")}</p>
        <div className={styles.ctas}>
          <Link href="/signup" className="btn btn-primary btn-lg">
            {t("ctaPrimary")}
          </Link>
          <Link href="/signin" className="btn btn-secondary btn-lg">
            {t("ctaSecondary")}
          </Link>
        </div>
      </section>
      <ul className={styles.features}>
        {features.map((n) => (
          <li key={n} className="card">
            <h2 className={styles.featureTitle}>{t(`feature${n}Title`)}</h2>
            <p className="muted">{t(`feature${n}Body`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
