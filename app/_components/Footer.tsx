import { getTranslations } from "next-intl/server";
import styles from "./Footer.module.css";

export async function Footer() {
  const t = await getTranslations("footer");
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p>{t("tagline")}</p>
        <p className={styles.small}>{t("disclaimer")}</p>
      </div>
    </footer>
  );
}
