// Gradebook view parameters from the URL (GET form on /instructor/gradebook, the same query string on
// /api/instructor/gradebook.csv). Parsing is syntactic here; section slugs and sort columns are checked against the
// database by getGradebook, which adds its own issues. A bad parameter is never fatal: it is dropped and reported as a
// QueryIssue (the page shows a notice, the CSV route answers 400).
//
//   q        learner name or e-mail contains (case-insensitive), 1..100 characters
//   section  section slug, repeatable: only the tests and exercises of these sections are columns
//   from, to activity dates YYYY-MM-DD (inclusive, Asia/Tokyo days — the app's time zone): only attempts submitted
//            and submissions made in that period count
//   active   "1": only learners with counted activity (in the period, in the shown columns)
//   sort     name | overall | activity | time (total time spent) | test:<slug> | exercise:<slug> (a column's best score)
//   dir      asc | desc (default: asc for name, desc otherwise)
//   page     1-based page number; per = rows per page (25, 50, 100, 200)

export const PER_PAGE_CHOICES = [25, 50, 100, 200] as const;
export const DEFAULT_PER_PAGE = 50;
export const MAX_SEARCH_LENGTH = 100;
/** The app's time zone is Asia/Tokyo (lib/i18n/request.ts): UTC+9 all year, no daylight saving. */
export const DAY_OFFSET = "+09:00";

export type SortBy = "name" | "overall" | "activity" | "time" | "column";

export interface GradebookQuery {
  q: string;
  sections: string[];
  from: string | null;
  to: string | null;
  activeOnly: boolean;
  sort: SortBy;
  /** "test:<slug>" or "exercise:<slug>" when sort = column. */
  sortColumn: string | null;
  dir: "asc" | "desc";
  page: number;
  perPage: number;
}

export type IssueCode =
  | "invalid_date"
  | "range_reversed"
  | "unknown_section"
  | "unknown_sort"
  | "invalid_dir"
  | "invalid_page"
  | "page_out_of_range"
  | "invalid_per_page"
  | "search_too_long"
  | "repeated";

export interface QueryIssue {
  param: string;
  value: string;
  code: IssueCode;
}

export const DEFAULT_QUERY: GradebookQuery = {
  q: "",
  sections: [],
  from: null,
  to: null,
  activeOnly: false,
  sort: "name",
  sortColumn: null,
  dir: "asc",
  page: 1,
  perPage: DEFAULT_PER_PAGE,
};

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: RawParams, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const v = params[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form? */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && Number(m[1]) >= 2000 && Number(m[1]) <= 2999;
}

/** Start of day `date` in the app's time zone, and the start of the next day (exclusive end). */
export function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00${DAY_OFFSET}`);
}
export function dayEnd(date: string): Date {
  return new Date(dayStart(date).getTime() + 86_400_000);
}

export function parseGradebookQuery(params: RawParams): { query: GradebookQuery; issues: QueryIssue[] } {
  const query: GradebookQuery = { ...DEFAULT_QUERY, sections: [] };
  const issues: QueryIssue[] = [];
  /** The single value of a parameter ("" when absent or empty; empty form fields are not errors). */
  const one = (name: string): string => {
    const vs = all(params, name)
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (vs.length > 1) issues.push({ param: name, value: vs.join(", "), code: "repeated" });
    return vs.length === 1 ? vs[0]! : "";
  };

  const q = one("q");
  if (q.length > MAX_SEARCH_LENGTH) issues.push({ param: "q", value: `${q.slice(0, 20)}…`, code: "search_too_long" });
  else query.q = q;

  query.sections = [
    ...new Set(
      all(params, "section")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];

  for (const name of ["from", "to"] as const) {
    const v = one(name);
    if (v === "") continue;
    if (isIsoDate(v)) query[name] = v;
    else issues.push({ param: name, value: v, code: "invalid_date" });
  }
  if (query.from && query.to && query.from > query.to) {
    issues.push({ param: "to", value: `${query.from} > ${query.to}`, code: "range_reversed" });
    query.from = null;
    query.to = null;
  }

  query.activeOnly = one("active") === "1";

  const sort = one("sort");
  if (sort === "name" || sort === "overall" || sort === "activity" || sort === "time") query.sort = sort;
  else if (/^(test|exercise):[^\s]{1,200}$/.test(sort)) {
    query.sort = "column";
    query.sortColumn = sort;
  } else if (sort !== "") issues.push({ param: "sort", value: sort, code: "unknown_sort" });

  const dir = one("dir");
  if (dir === "asc" || dir === "desc") query.dir = dir;
  else {
    if (dir !== "") issues.push({ param: "dir", value: dir, code: "invalid_dir" });
    query.dir = query.sort === "name" ? "asc" : "desc";
  }

  const page = one("page");
  if (page !== "") {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) query.page = Number(page);
    else issues.push({ param: "page", value: page, code: "invalid_page" });
  }
  const per = one("per");
  if (per !== "") {
    if ((PER_PAGE_CHOICES as readonly number[]).includes(Number(per)) && /^\d+$/.test(per)) query.perPage = Number(per);
    else issues.push({ param: "per", value: per, code: "invalid_per_page" });
  }
  return { query, issues };
}

/** The query string for `query` (defaults left out), e.g. for links that change one thing. */
export function gradebookSearch(query: GradebookQuery, change: Partial<GradebookQuery> = {}, opts: { paging?: boolean } = {}): string {
  const x = { ...query, ...change };
  const p = new URLSearchParams();
  if (x.q) p.set("q", x.q);
  for (const s of x.sections) p.append("section", s);
  if (x.from) p.set("from", x.from);
  if (x.to) p.set("to", x.to);
  if (x.activeOnly) p.set("active", "1");
  if (x.sort !== "name") p.set("sort", x.sort === "column" ? x.sortColumn! : x.sort);
  if (x.dir !== (x.sort === "name" ? "asc" : "desc")) p.set("dir", x.dir);
  if (opts.paging !== false) {
    if (x.page !== 1) p.set("page", String(x.page));
    if (x.perPage !== DEFAULT_PER_PAGE) p.set("per", String(x.perPage));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

const ISSUE_TEXT: Record<IssueCode, string> = {
  invalid_date: "is not a date (use YYYY-MM-DD)",
  range_reversed: "the start date is after the end date",
  unknown_section: "is not a section with tests or exercises",
  unknown_sort: "is not a sort key (name, overall, activity, time, test:<slug> or exercise:<slug> of a shown column)",
  invalid_dir: "must be asc or desc",
  invalid_page: "must be a page number from 1",
  page_out_of_range: "is past the last page",
  invalid_per_page: `must be one of ${PER_PAGE_CHOICES.join(", ")}`,
  search_too_long: `is longer than ${MAX_SEARCH_LENGTH} characters`,
  repeated: "is given more than once",
};

/** One English sentence per issue, for API error messages (the page uses the translated messages). */
export function describeIssues(issues: QueryIssue[]): string {
  return issues.map((i) => `${i.param} "${i.value}" ${ISSUE_TEXT[i.code]}`).join("; ");
}
