// /admin/users: every account, searched by email or name and paged; per account change the role, deactivate or
// reactivate it and issue a one-time password-reset link (UserActions); below, the latest audited changes.
// Admins only.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { requireRole } from "@/lib/auth/guard";
import { recentAccountEvents } from "@/lib/accounts/history";
import { ListUsersQuery } from "@/lib/accounts/http";
import { listUsers } from "@/lib/accounts/list";
import { mailConfig } from "@/lib/mail/config";
import { withDb } from "@/lib/http/errors";
import { AccountEvents } from "./AccountEvents";
import { UserActions } from "./UserActions";
import styles from "./admin.module.css";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

function readQuery(sp: Record<string, string | string[] | undefined>): { q: string; page: number } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = ListUsersQuery.safeParse({ q: first(sp.q) ?? "", page: first(sp.page) ?? "1" });
  return parsed.success ? parsed.data : { q: (first(sp.q) ?? "").slice(0, 200), page: 1 };
}

const href = (q: string, page: number) => {
  const qs = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return qs ? `/admin/users?${qs}` : "/admin/users";
};

export default async function AdminUsersPage({ searchParams }: Props) {
  const query = readQuery(await searchParams);
  const me = await requireRole("admin", { callbackUrl: href(query.q, query.page) });
  const [t, format, list, events] = await Promise.all([
    getTranslations("admin"),
    getFormatter(),
    withDb(() => listUsers(db(), query)),
    withDb(() => recentAccountEvents(db())),
  ]);
  const mailOn = mailConfig() !== null;
  const first = list.total === 0 ? 0 : (list.page - 1) * list.perPage + 1;
  const last = Math.min(list.total, list.page * list.perPage);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <Link href="/admin/lti">{t("ltiLink")}</Link>
      </header>
      <form method="get" action="/admin/users" className={styles.search} role="search">
        <label htmlFor="admin-user-search" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input
          id="admin-user-search"
          className="input"
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={200}
          placeholder={t("searchPlaceholder")}
        />
        <button type="submit" className="btn btn-secondary">
          {t("search")}
        </button>
      </form>
      <p className="muted" role="status">
        {t("showing", { first, last, total: list.total })}
      </p>
      <p className="alert alert-info">{mailOn ? t("mailOn") : t("mailOff")}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("colUser")}</th>
              <th scope="col">{t("colCreated")}</th>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col">{t("colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {list.users.map((u) => (
              <tr key={u.id} data-user={u.email}>
                <td>
                  <strong>{u.name}</strong>
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td>{format.dateTime(new Date(u.createdAt), { dateStyle: "medium" })}</td>
                <td>
                  <span className={u.active ? "badge" : "badge badge-accent"}>{u.active ? t("active") : t("deactivated")}</span>
                </td>
                <td>
                  <UserActions user={u} self={u.id === me.id} mailOn={mailOn} />
                </td>
              </tr>
            ))}
            {list.users.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {list.pages > 1 && (
        <nav className={styles.pager} aria-label={t("pages")}>
          {list.page > 1 && <Link href={href(query.q, list.page - 1)}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && <Link href={href(query.q, list.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
      <AccountEvents events={events} />
    </>
  );
}
