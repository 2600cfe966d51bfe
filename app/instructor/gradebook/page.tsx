import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { ClassSwitcher } from "../_components/ClassSwitcher";
import { getAssignmentColumns } from "@/lib/assignments/gradebook";
import { AssignmentScores } from "./AssignmentScores";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { type Locale } from "@/lib/i18n/config";
import { EXERCISE_GAP_S, getGradebook, PRACTICE_CAP_S, type GradebookColumn } from "@/lib/gradebook/gradebook";
import { gradebookSearch, parseGradebookQuery, type GradebookQuery, type QueryIssue } from "@/lib/gradebook/query";
import { listItemFacility } from "@/lib/gradebook/items";
import { columnTitle, GradebookFilters } from "./GradebookFilters";
import styles from "../instructor.module.css";
import gb from "./gradebook.module.css";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gradebook"))("title") };
}

const gbHref = (query: GradebookQuery, change: Partial<GradebookQuery> = {}) => `/instructor/gradebook${gradebookSearch(query, change)}`;

export default async function GradebookPage({ searchParams }: Props = { searchParams: Promise.resolve({}) }) {
  const sp = await searchParams;
  const parsed = parseGradebookQuery(sp);
  const scope = await requireClassScope(sp.class, "view", { callbackUrl: `/instructor/gradebook${gradebookSearch(parsed.query)}` });
  const classId = scope.learnerClassId;
  const href = (query: GradebookQuery, change: Partial<GradebookQuery> = {}) => withClass(gbHref(query, change), scope.current?.id);
  const [t, format, locale, g, asked] = await Promise.all([
    getTranslations("gradebook"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    withDb(() => getGradebook(db(), parsed.query, { classId })),
    withDb(() => listItemFacility(db(), { sections: parsed.query.sections, classId })),
  ]);
  // Unknown sections were dropped from the gradebook (with a notice): the question list follows what is shown.
  const assignmentCols = scope.current
    ? await withDb(() =>
        getAssignmentColumns(
          db(),
          scope.current!.id,
          g.rows.map((r) => r.userId),
        ),
      )
    : null;
  const items =
    g.query.sections.length === parsed.query.sections.length
      ? asked
      : await withDb(() => listItemFacility(db(), { sections: g.query.sections, classId }));
  const issues: QueryIssue[] = [...parsed.issues, ...g.issues];
  const q = g.query;
  const pct = (v: number | null) => (v === null ? t("none") : `${format.number(v)}%`);
  // Compact time spent, whole minutes: "< 1 min", "12 min", "3 hr 7 min" ("3 時間 7 分").
  const unit = (n: number, u: "hour" | "minute") => format.number(n, { style: "unit", unit: u, unitDisplay: "short" });
  const duration = (seconds: number) => {
    const minutes = Math.round(seconds / 60);
    if (minutes === 0) return t("timeUnderMinute");
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    return h === 0 ? unit(m, "minute") : m === 0 ? unit(h, "hour") : `${unit(h, "hour")} ${unit(m, "minute")}`;
  };
  const csvHref = withClass(`/api/instructor/gradebook.csv${gradebookSearch(q, {}, { paging: false })}`, scope.current?.id);
  const first = g.total === 0 ? 0 : (g.page - 1) * g.perPage + 1;
  const last = Math.min(g.total, g.page * g.perPage);
  const ariaSort = (active: boolean) => (active ? (q.dir === "asc" ? "ascending" : "descending") : undefined);
  // Clicking a header sorts by it (scores and activity: highest first), clicking again reverses.
  const sortLink = (sort: GradebookQuery["sort"], sortColumn: string | null, label: string) => {
    const active = q.sort === sort && (sort !== "column" || q.sortColumn === sortColumn);
    const firstDir = sort === "name" ? "asc" : "desc";
    const dir = active ? (q.dir === "asc" ? "desc" : "asc") : firstDir;
    return (
      <Link className={gb.sortLink} href={href(q, { sort, sortColumn, dir, page: 1 })} aria-label={t("sortByColumn", { column: label })}>
        {label}
        {active ? (q.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    );
  };
  const colHeader = (c: GradebookColumn) => (
    <th scope="col" key={c.id} aria-sort={ariaSort(q.sort === "column" && q.sortColumn === c.key)} data-column={c.key}>
      <span className="muted">{c.kind === "test" ? t("kindTest") : t("kindExercise")}</span>
      <br />
      {sortLink("column", c.key, columnTitle(c, locale))}
    </th>
  );
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      {issues.length > 0 && (
        <div className="alert alert-info" role="status" data-testid="gradebook-issues">
          <strong>{t("issuesHeading")}</strong>
          <ul>
            {issues.map((i, n) => (
              <li key={n} data-issue={i.code}>
                {t(`issue.${i.code}`, { param: i.param, value: i.value })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ClassSwitcher scope={scope} path="/instructor/gradebook" />
      <GradebookFilters t={t} query={q} sections={g.sections} columns={g.columns} locale={locale} classId={scope.current?.id ?? null} />
      <section aria-labelledby="gb-heading" className={styles.block}>
        <h2 id="gb-heading" className="visually-hidden">
          {t("title")}
        </h2>
        <div className={gb.summary}>
          <p className="muted" data-testid="gradebook-count">
            {t("showing", { first, last, total: g.total })}
          </p>
          <a href={csvHref} className="btn btn-secondary" download data-testid="gradebook-csv">
            {t("downloadFiltered")}
          </a>
        </div>
        {g.rows.length === 0 ? (
          <p className="muted">{g.total === 0 && !q.q && !q.activeOnly ? t("empty") : t("noMatch")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" className={gb.sticky} aria-sort={ariaSort(q.sort === "name")}>
                    {sortLink("name", null, t("learner"))}
                  </th>
                  <th scope="col" className={styles.num} aria-sort={ariaSort(q.sort === "overall")}>
                    {sortLink("overall", null, t("overall"))}
                  </th>
                  <th scope="col" aria-sort={ariaSort(q.sort === "activity")}>
                    {sortLink("activity", null, t("lastActivity"))}
                  </th>
                  <th scope="col" className={styles.num} aria-sort={ariaSort(q.sort === "time")} data-column="time">
                    {sortLink("time", null, t("timeTotal"))}
                  </th>
                  {g.columns.map(colHeader)}
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.userId} data-learner={r.userId}>
                    <th scope="row" className={gb.sticky}>
                      <Link href={withClass(`/instructor/learners/${encodeURIComponent(r.userId)}`, scope.current?.id)}>{r.name}</Link>
                      <br />
                      <span className="muted">{r.email}</span>
                    </th>
                    <td className={styles.num}>{pct(r.overall)}</td>
                    <td>
                      {r.lastActivity ? (
                        <time dateTime={r.lastActivity.toISOString()}>
                          {format.dateTime(r.lastActivity, { dateStyle: "medium", timeStyle: "short" })}
                        </time>
                      ) : (
                        <span className="muted">{t("noActivity")}</span>
                      )}
                    </td>
                    <td className={styles.num} data-time={r.totalSeconds}>
                      {r.totalSeconds === 0 ? t("none") : duration(r.totalSeconds)}
                    </td>
                    {r.cells.map((c, i) => (
                      <td key={g.columns[i]!.id} data-time={c.seconds}>
                        {c.attempts === 0 ? t("none") : t("cell", { best: pct(c.best), latest: pct(c.latest) })}
                        {(c.attempts > 0 || c.seconds > 0) && (
                          <>
                            <br />
                            <span className="muted">
                              {c.attempts > 0 && t("attempts", { count: c.attempts })}
                              {c.attempts > 0 && c.seconds > 0 && " · "}
                              {c.seconds > 0 && t("timeSpent", { time: duration(c.seconds) })}
                            </span>
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
        <p className="muted" data-testid="gradebook-time-rule">
          {t("timeRule", { cap: PRACTICE_CAP_S / 3600, gap: EXERCISE_GAP_S / 60 })}
        </p>
        {g.pageCount > 1 && (
          <nav aria-label={t("pagination")} className={gb.pager} data-testid="gradebook-pager">
            {g.page > 1 ? (
              <Link href={href(q, { page: g.page - 1 })} rel="prev">
                {t("prev")}
              </Link>
            ) : (
              <span className="muted">{t("prev")}</span>
            )}
            <span>{t("pageOf", { page: g.page, pages: g.pageCount })}</span>
            {g.page < g.pageCount ? (
              <Link href={href(q, { page: g.page + 1 })} rel="next">
                {t("next")}
              </Link>
            ) : (
              <span className="muted">{t("next")}</span>
            )}
          </nav>
        )}
      </section>
      {assignmentCols && scope.current && <AssignmentScores cols={assignmentCols} rows={g.rows} classId={scope.current.id} />}
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
                    <Link href={withClass(`/instructor/items/${encodeURIComponent(i.slug)}`, scope.current?.id)}>{i.slug}</Link>
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
