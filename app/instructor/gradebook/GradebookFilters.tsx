// The gradebook's filter and sort form: a plain GET form, so it works without JavaScript and the resulting URL can
// be shared. Page is reset to 1 by leaving it out of the form.
import type { getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import { PER_PAGE_CHOICES, type GradebookQuery } from "@/lib/gradebook/query";
import type { GradebookColumn, GradebookSection } from "@/lib/gradebook/gradebook";
import styles from "./gradebook.module.css";

interface Props {
  t: Awaited<ReturnType<typeof getTranslations<"gradebook">>>;
  query: GradebookQuery;
  sections: GradebookSection[];
  columns: GradebookColumn[];
  locale: Locale;
  /** The class shown (kept by the form as a hidden field). */
  classId: string | null;
}

export function columnTitle(c: GradebookColumn, locale: Locale): string {
  return c.kind === "test" ? localized(c.title, locale) || c.slug : c.slug;
}

export function GradebookFilters({ t, query, sections, columns, locale, classId }: Props) {
  const sortValue = query.sort === "column" ? query.sortColumn! : query.sort;
  return (
    <form
      method="get"
      action="/instructor/gradebook"
      className={styles.filters}
      aria-labelledby="gb-filters-heading"
      data-testid="gradebook-filters"
    >
      <h2 id="gb-filters-heading" className="visually-hidden">
        {t("filtersHeading")}
      </h2>
      {classId && <input type="hidden" name="class" value={classId} />}
      <div className="field">
        <label htmlFor="gb-q">{t("search")}</label>
        <input id="gb-q" name="q" type="search" className="input" defaultValue={query.q} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="gb-from">{t("from")}</label>
        <input id="gb-from" name="from" type="date" className="input" defaultValue={query.from ?? ""} aria-describedby="gb-dates-hint" />
      </div>
      <div className="field">
        <label htmlFor="gb-to">{t("to")}</label>
        <input id="gb-to" name="to" type="date" className="input" defaultValue={query.to ?? ""} aria-describedby="gb-dates-hint" />
        <span id="gb-dates-hint" className="hint">
          {t("datesHint")}
        </span>
      </div>
      <div className="field">
        <label htmlFor="gb-sort">{t("sortBy")}</label>
        <select id="gb-sort" name="sort" className="input" defaultValue={sortValue}>
          <option value="name">{t("sortName")}</option>
          <option value="overall">{t("sortOverall")}</option>
          <option value="activity">{t("sortActivity")}</option>
          <option value="time">{t("sortTime")}</option>
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {t("sortColumn", { column: columnTitle(c, locale) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gb-dir">{t("dir")}</label>
        <select id="gb-dir" name="dir" className="input" defaultValue={query.dir}>
          <option value="asc">{t("asc")}</option>
          <option value="desc">{t("desc")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="gb-per">{t("perPage")}</label>
        <select id="gb-per" name="per" className="input" defaultValue={String(query.perPage)}>
          {PER_PAGE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {sections.length > 0 && (
        <fieldset className={styles.sections} aria-describedby="gb-sections-hint">
          <legend>{t("sectionsLegend")}</legend>
          <div className={styles.checks}>
            {sections.map((s) => (
              <label key={s.slug} className={styles.check}>
                <input type="checkbox" name="section" value={s.slug} defaultChecked={query.sections.includes(s.slug)} />
                {localized(s.title, locale) || s.slug}
              </label>
            ))}
          </div>
          <span id="gb-sections-hint" className="muted">
            {t("sectionsHint")}
          </span>
        </fieldset>
      )}
      <label className={styles.check}>
        <input type="checkbox" name="active" value="1" defaultChecked={query.activeOnly} />
        {t("activeOnly")}
      </label>
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary">
          {t("apply")}
        </button>
        <a href={classId ? `/instructor/gradebook?class=${encodeURIComponent(classId)}` : "/instructor/gradebook"}>{t("reset")}</a>
      </div>
    </form>
  );
}
