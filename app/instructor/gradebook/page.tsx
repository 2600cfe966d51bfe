import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { withDb } from "@/lib/http/errors";
import { localized, type Locale } from "@/lib/i18n/config";
import { getGradebook } from "@/lib/gradebook/gradebook";
import { listItemFacility } from "@/lib/gradebook/items";
import styles from "../instructor.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gradebook"))("title") };
}

export default async function GradebookPage() {
  await requireRole("instructor", { callbackUrl: "/instructor/gradebook" });
  const [t, format, locale, g, items] = await Promise.all([
    getTranslations("gradebook"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getGradebook(db())),
    withDb(() => listItemFacility(db())),
  ]);
  const pct = (v: number | null) => (v === null ? t("none") : `${format.number(v)}%`);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <p>
          <a href="/api/instructor/gradebook.csv" className="btn btn-secondary" download>
            {t("download")}
          </a>
        </p>
      </header>
      <section aria-labelledby="gb-heading" className={styles.block}>
        <h2 id="gb-heading" className="visually-hidden">
          {t("title")}
        </h2>
        {g.rows.length === 0 ? (
          <p className="muted">{t("empty")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("learner")}</th>
                  {g.columns.map((c) => (
                    <th scope="col" key={c.id}>
                      <span className="muted">{c.kind === "test" ? t("kindTest") : t("kindExercise")}</span>
                      <br />
                      {c.kind === "test" ? localized(c.title, locale) || c.slug : c.slug}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.userId}>
                    <th scope="row">
                      {r.name}
                      <br />
                      <span className="muted">{r.email}</span>
                    </th>
                    {r.cells.map((c, i) => (
                      <td key={g.columns[i]!.id}>
                        {c.attempts === 0 ? (
                          t("none")
                        ) : (
                          <>
                            {t("cell", { best: pct(c.best), latest: pct(c.latest) })}
                            <br />
                            <span className="muted">{t("attempts", { count: c.attempts })}</span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="items-heading" className={styles.block}>
        <h2 id="items-heading">{t("itemsHeading")}</h2>
        <p className="muted">{t("itemsLead")}</p>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("item")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col" className={styles.num}>
                  {t("responses")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("facility")}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.slug}>
                  <th scope="row">
                    <Link href={`/instructor/items/${encodeURIComponent(i.slug)}`}>{i.slug}</Link>
                  </th>
                  <td>
                    <code>{i.kind}</code>
                  </td>
                  <td className={styles.num}>{format.number(i.n)}</td>
                  <td className={styles.num}>{i.facility === null ? t("none") : format.number(i.facility, { style: "percent" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
