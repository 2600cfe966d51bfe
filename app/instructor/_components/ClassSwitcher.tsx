// The class switcher above every instructor view: one link per class the user can open (admins: every class, and
// "All learners"). Links keep the page and drop its other parameters (a filter of one class rarely fits another).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import styles from "../instructor.module.css";

export function ClassSwitcher({ scope, path }: { scope: ClassScope; path: string }) {
  const t = useTranslations("classes");
  const admin = scope.user.role === "admin";
  if (scope.classes.length === 0 && !admin) {
    return (
      <p className="alert alert-info" role="status" data-testid="no-class">
        {t("noClassYet")} <Link href="/instructor/classes">{t("createClassLink")}</Link>
      </p>
    );
  }
  return (
    <nav aria-label={t("switcherLabel")} className={styles.classSwitcher} data-testid="class-switcher">
      <span className="muted">{t("switcherLabel")}:</span>{" "}
      {admin && (
        <Link href={path} aria-current={scope.current === null ? "page" : undefined} data-class="all">
          {t("allLearners")}
        </Link>
      )}
      {scope.classes.map((c) => (
        <Link key={c.id} href={withClass(path, c.id)} aria-current={scope.current?.id === c.id ? "page" : undefined} data-class={c.id}>
          {c.name}
          {c.term ? ` (${c.term})` : ""}
        </Link>
      ))}
    </nav>
  );
}
