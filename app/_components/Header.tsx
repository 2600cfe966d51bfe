import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getSignedInUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { isLocale } from "@/lib/i18n/config";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { NavLink } from "./NavLink";
import { NavShell } from "./NavShell";
import { UserMenu } from "./UserMenu";
import styles from "./Header.module.css";

// The verified user when the database answers, else the JWT's view: the shell still renders during an outage.
export async function Header() {
  const [user, t, tr, locale] = await Promise.all([getSignedInUser(), getTranslations("nav"), getTranslations("roles"), getLocale()]);
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href={user ? "/learn" : "/"} className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            確
          </span>
          <span>Kakunin</span>
        </Link>
        <NavShell openLabel={t("openMenu")} closeLabel={t("closeMenu")}>
          {user ? (
            <nav aria-label={t("label")} className={styles.nav}>
              <NavLink href="/learn">{t("learn")}</NavLink>
              <NavLink href="/courses" matchPrefix>
                {t("courses")}
              </NavLink>
              {hasRole(user.role, "instructor") && (
                <NavLink href="/instructor" matchPrefix>
                  {t("instructor")}
                </NavLink>
              )}
              {hasRole(user.role, "admin") && (
                <NavLink href="/admin/users" matchPrefix>
                  {t("admin")}
                </NavLink>
              )}
            </nav>
          ) : (
            <span className={styles.navSpacer} />
          )}
          <div className={styles.actions}>
            <LanguageSwitcher current={isLocale(locale) ? locale : "en"} />
            {user ? (
              <UserMenu name={user.name || user.email} email={user.email} roleLabel={tr(user.role)} />
            ) : (
              <>
                <Link href="/signin" className="btn btn-ghost">
                  {t("signIn")}
                </Link>
                <Link href="/signup" className="btn btn-primary">
                  {t("signUp")}
                </Link>
              </>
            )}
          </div>
        </NavShell>
      </div>
    </header>
  );
}
