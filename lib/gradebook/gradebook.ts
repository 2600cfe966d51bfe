// Instructor gradebook: learners × confirmation tests and exercises, with best and latest score and the number of
// attempts. Only finished test attempts (submitted or expired) and graded submissions count. Scores are percentages
// (0..100, one decimal). Instructor/admin accounts are not rows.
//
// Filters, sort and pagination come from a GradebookQuery (lib/gradebook/query.ts):
// - sections choose the columns: a test belongs to its own section or, when it has none, to the section of its first
//   question; an exercise to its section;
// - from/to count only the attempts submitted (expired ones: started) and submissions made in those days;
// - q keeps learners whose name or e-mail contains it; activeOnly keeps learners with counted activity;
// - overall = mean of the best scores of the shown columns, a column never tried counting 0 (as mastery does);
//   lastActivity = the latest counted attempt or submission;
// - sorting by a score or by activity puts learners without one last in both directions; ties go by name, e-mail.
//
// Time spent (seconds per cell; the row total is the sum of its shown cells), computed in the same two queries:
// - a test: the sum over the learner's attempts, finished or not, of end − startedAt, where end is submittedAt; for
//   an expired attempt the deadline (its submittedAt is when the expiry was recorded, possibly much later); for an
//   attempt still in progress its last answer save (capped at the deadline). A practice attempt has no time limit and
//   may stay open for days, so each counts at most PRACTICE_CAP_S;
// - an exercise: the learner's events on it are their submissions (any status) and their code draft's last save
//   (only the latest save is stored); the time is the sum of the gaps between consecutive events that are shorter
//   than EXERCISE_GAP_S — a longer gap is a break and counts nothing, and so does the time before the first event;
// - from/to keep the attempts and events of those days (an attempt still in progress goes by its start).
import { inClassCond } from "@/lib/classes/scope-sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { dayEnd, dayStart, DEFAULT_QUERY, type GradebookQuery, type QueryIssue } from "./query";

export interface GradebookColumn {
  kind: "test" | "exercise";
  id: string;
  slug: string;
  /** "test:<slug>" / "exercise:<slug>": the sort key and CSV prefix. */
  key: string;
  title: unknown;
  sectionSlug: string | null;
}

export interface GradebookCell {
  attempts: number;
  best: number | null;
  latest: number | null;
  /** Time spent, whole seconds (each attempt / gap rounded; see the rule at the top). */
  seconds: number;
}

/** Each practice attempt counts at most two hours. */
export const PRACTICE_CAP_S = 2 * 3600;
/** Exercise activity: gaps of 30 minutes or more between events are breaks. */
export const EXERCISE_GAP_S = 30 * 60;

export interface GradebookRow {
  userId: string;
  name: string;
  email: string;
  cells: GradebookCell[]; // same order as columns
  overall: number | null;
  /** Sum of the cells' seconds. */
  totalSeconds: number;
  lastActivity: Date | null;
}

export interface GradebookSection {
  slug: string;
  title: unknown;
}

export interface Gradebook {
  columns: GradebookColumn[];
  /** The rows of the current page (all matching rows when not paginated). */
  rows: GradebookRow[];
  /** Learners matching the filters (all pages). */
  total: number;
  page: number;
  pageCount: number;
  perPage: number;
  /** The query actually applied (bad parts dropped). */
  query: GradebookQuery;
  /** Parameters that were dropped because the database does not know them (unknown section or sort column). */
  issues: QueryIssue[];
  /** Sections that own at least one column, in course order (for the filter form). */
  sections: GradebookSection[];
}

/**
 * [userId, position of the test / exercise in the query's id list (1-based), score, maxScore, epoch ms, counts for
 * the score, whole seconds spent], chronological within a learner and column. Rows that do not count for the score
 * (attempts in progress, ungraded submissions, drafts) add time only.
 */
type ScoreRow = [string, number, number | null, number | null, number, boolean, number];

const pct = (score: number | null, max: number | null) => (score === null || !max ? null : Math.round((1000 * score) / max) / 10);

const NAME_ORDER = new Intl.Collator(["en", "ja"], { sensitivity: "base", numeric: true });

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

async function loadColumns(db: PrismaClient) {
  const [tests, exercises, sections] = await Promise.all([
    db.test.findMany({
      orderBy: [{ unit: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        section: { select: { slug: true } },
        items: { orderBy: { position: "asc" }, take: 1, select: { item: { select: { section: { select: { slug: true } } } } } },
      },
    }),
    db.exercise.findMany({
      where: { retired: false },
      orderBy: [{ section: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, section: { select: { slug: true } } },
    }),
    db.section.findMany({
      orderBy: [{ unit: { course: { position: "asc" } } }, { unit: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: { slug: true, title: true },
    }),
  ]);
  const columns: GradebookColumn[] = [
    ...tests.map((t) => ({
      kind: "test" as const,
      id: t.id,
      slug: t.slug,
      key: `test:${t.slug}`,
      title: t.title,
      sectionSlug: t.section?.slug ?? t.items[0]?.item.section.slug ?? null,
    })),
    ...exercises.map((e) => ({
      kind: "exercise" as const,
      id: e.id,
      slug: e.slug,
      key: `exercise:${e.slug}`,
      title: null,
      sectionSlug: e.section.slug,
    })),
  ];
  const used = new Set(columns.map((c) => c.sectionSlug));
  return { columns, sections: sections.filter((s) => used.has(s.slug)) };
}

/** `classId`: only the active learners of that class (lib/classes/scope-sql); null/absent = every learner (admins). */
export async function getGradebook(
  db: PrismaClient,
  input: Partial<GradebookQuery> = {},
  opts: { paginate?: boolean; classId?: string | null } = {},
): Promise<Gradebook> {
  const query: GradebookQuery = { ...DEFAULT_QUERY, ...input };
  const issues: QueryIssue[] = [];
  const { columns: allColumns, sections } = await loadColumns(db);

  const knownSections = new Set(sections.map((s) => s.slug));
  const chosen = query.sections.filter((s) => knownSections.has(s));
  for (const s of query.sections) if (!knownSections.has(s)) issues.push({ param: "section", value: s, code: "unknown_section" });
  query.sections = chosen;
  const columns = chosen.length ? allColumns.filter((c) => c.sectionSlug !== null && chosen.includes(c.sectionSlug)) : allColumns;
  if (query.sort === "column" && !columns.some((c) => c.key === query.sortColumn)) {
    issues.push({ param: "sort", value: query.sortColumn ?? "", code: "unknown_sort" });
    query.sort = "name";
    query.sortColumn = null;
    query.dir = "asc";
  }

  const searchCond = query.q
    ? Prisma.sql`AND (u.name ILIKE ${`%${escapeLike(query.q)}%`} OR u.email ILIKE ${`%${escapeLike(query.q)}%`})`
    : Prisma.empty;
  const learnerCond = Prisma.sql`${searchCond} ${inClassCond(Prisma.sql`u.id`, opts.classId ?? null)}`;
  // Timestamps are stored as UTC `timestamp without time zone` (Prisma's DateTime): compare with UTC instants.
  const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const range = (col: Prisma.Sql) =>
    Prisma.sql`${query.from ? Prisma.sql`AND ${col} >= ${utc(dayStart(query.from))}` : Prisma.empty} ${query.to ? Prisma.sql`AND ${col} < ${utc(dayEnd(query.to))}` : Prisma.empty}`;
  // Rows name their column by its position in these lists (array_position): a third less JSON than the uuid.
  const testCols = columns.flatMap((c, i) => (c.kind === "test" ? [i] : []));
  const exerciseCols = columns.flatMap((c, i) => (c.kind === "exercise" ? [i] : []));
  const testIds = testCols.map((i) => columns[i]!.id);
  const exerciseIds = exerciseCols.map((i) => columns[i]!.id);
  const none = Promise.resolve([{ rows: [] as ScoreRow[] }]);
  const attemptEnd = Prisma.sql`CASE a.status
        WHEN 'submitted' THEN a."submittedAt"
        WHEN 'expired' THEN LEAST(a."submittedAt", a."deadlineAt")
        ELSE LEAST(coalesce((SELECT max(x."updatedAt") FROM "Answer" x WHERE x."attemptId" = a.id), a."startedAt"), a."deadlineAt") END`;
  const [learners, attempts, submissions] = await Promise.all([
    db.$queryRaw<Array<{ id: string; name: string; email: string }>>`
      SELECT u.id, u.name, u.email FROM "User" u WHERE u.role = 'learner' ${learnerCond}`,
    // Thousands of rows: fetched as one JSON array each (about 2–3× faster than row-by-row through the client;
    // float8 → JSON keeps the shortest round-trip form, so the numbers are the same doubles). Times go through
    // date_part (float8), much cheaper than extract (numeric); timestamps are rounded to the millisecond.
    // LEAST ignores NULLs: no deadline / not practice = no cap. The Answer subquery runs only for open attempts.
    testIds.length === 0
      ? none
      : db.$queryRaw<Array<{ rows: ScoreRow[] }>>`
      SELECT coalesce(json_agg(json_build_array(a."userId", array_position(${testIds}::uuid[], a."testId"), a.score, a."maxScore", round(date_part('epoch', coalesce(a."submittedAt", a."startedAt")) * 1000),
                                                a.status <> 'in_progress',
                                                GREATEST(0, round(date_part('epoch', LEAST(${attemptEnd}, CASE WHEN a.mode = 'practice' THEN a."startedAt" + ${Prisma.raw(`interval '${PRACTICE_CAP_S} seconds'`)} END) - a."startedAt"))))
                          ORDER BY a."submittedAt", a."startedAt"), '[]') AS rows
      FROM "TestAttempt" a JOIN "User" u ON u.id = a."userId" AND u.role = 'learner' ${learnerCond}
      WHERE a."testId" = ANY(${testIds}::uuid[]) ${range(Prisma.sql`coalesce(a."submittedAt", a."startedAt")`)}`,
    // Every submission and the draft's last save are events; each event row carries the gap since the previous one
    // of the same learner and exercise when it is shorter than EXERCISE_GAP_S. Rows come in the window's order
    // (chronological within a learner and exercise, all that `add` needs), so the aggregate needs no second sort.
    exerciseIds.length === 0
      ? none
      : db.$queryRaw<Array<{ rows: ScoreRow[] }>>`
      WITH ev AS (
        SELECT s."userId" AS uid, v."exerciseId" AS eid, s."createdAt" AS ts, s.status = 'graded' AS graded, s.score, s."maxScore"
        FROM "Submission" s JOIN "User" u ON u.id = s."userId" AND u.role = 'learner' ${learnerCond}
        JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId" AND v."exerciseId" = ANY(${exerciseIds}::uuid[])
        WHERE true ${range(Prisma.sql`s."createdAt"`)}
        UNION ALL
        SELECT d."userId", d."exerciseId", d."updatedAt", false, NULL, NULL
        FROM "CodeDraft" d JOIN "User" u ON u.id = d."userId" AND u.role = 'learner' ${learnerCond}
        WHERE d."exerciseId" = ANY(${exerciseIds}::uuid[]) ${range(Prisma.sql`d."updatedAt"`)}
      ), gaps AS (
        SELECT ev.*, ts - lag(ts) OVER (PARTITION BY uid, eid ORDER BY ts) AS gap FROM ev
      )
      SELECT coalesce(json_agg(json_build_array(uid, array_position(${exerciseIds}::uuid[], eid), score, "maxScore", round(date_part('epoch', ts) * 1000), graded,
                                                CASE WHEN gap < ${Prisma.raw(`interval '${EXERCISE_GAP_S} seconds'`)} THEN round(date_part('epoch', gap)) ELSE 0 END)
                               ORDER BY uid, eid, ts), '[]') AS rows
      FROM gaps`,
  ]);

  // Names in a people's order, not the database collation's (often "C": "Zed" before "bob", "Learner 10" before "Learner 2").
  learners.sort((a, b) => NAME_ORDER.compare(a.name, b.name) || NAME_ORDER.compare(a.email, b.email) || (a.id < b.id ? -1 : 1));
  const emptyCells = () => columns.map((): GradebookCell => ({ attempts: 0, best: null, latest: null, seconds: 0 }));
  const byUser = new Map<string, { cells: GradebookCell[]; last: number }>();
  const add = (cols: number[], [userId, position, score, max, at, counts, seconds]: ScoreRow) => {
    const i = cols[position - 1];
    if (i === undefined) return;
    let u = byUser.get(userId);
    if (!u) byUser.set(userId, (u = { cells: emptyCells(), last: 0 }));
    const c = u.cells[i]!;
    c.seconds += seconds;
    if (!counts) return;
    const value = pct(score, max);
    c.attempts++;
    c.latest = value; // rows are chronological within a learner and column
    if (value !== null && (c.best === null || value > c.best)) c.best = value;
    if (at > u.last) u.last = at;
  };
  for (const r of attempts[0]?.rows ?? []) add(testCols, r);
  for (const r of submissions[0]?.rows ?? []) add(exerciseCols, r);

  let rows: Array<GradebookRow & { order: number }> = learners.map((u, order) => {
    const got = byUser.get(u.id);
    const cells = got?.cells ?? emptyCells();
    const overall = columns.length ? Math.round((10 * cells.reduce((s, c) => s + (c.best ?? 0), 0)) / columns.length) / 10 : null;
    const totalSeconds = cells.reduce((s, c) => s + c.seconds, 0);
    // lastActivity stays the latest counted attempt or submission (0 = only time-only rows such as an open attempt).
    const last = got && got.last > 0 ? new Date(got.last) : null;
    return { userId: u.id, name: u.name, email: u.email, cells, overall, totalSeconds, lastActivity: last, order };
  });
  if (query.activeOnly) rows = rows.filter((r) => r.lastActivity !== null);
  sortRows(rows, query, columns);

  const total = rows.length;
  const paginate = opts.paginate !== false;
  const pageCount = paginate ? Math.max(1, Math.ceil(total / query.perPage)) : 1;
  if (paginate && query.page > pageCount) {
    issues.push({ param: "page", value: String(query.page), code: "page_out_of_range" });
    query.page = pageCount;
  }
  const page = paginate ? rows.slice((query.page - 1) * query.perPage, query.page * query.perPage) : rows;
  return {
    columns,
    rows: page.map(({ order: _order, ...r }) => r),
    total,
    page: paginate ? query.page : 1,
    pageCount,
    perPage: paginate ? query.perPage : total,
    query,
    issues,
    sections,
  };
}

function sortRows(rows: Array<GradebookRow & { order: number }>, query: GradebookQuery, columns: GradebookColumn[]): void {
  const sign = query.dir === "asc" ? 1 : -1;
  const col = query.sort === "column" ? columns.findIndex((c) => c.key === query.sortColumn) : -1;
  const value = (r: GradebookRow): number | null => {
    switch (query.sort) {
      case "overall":
        return r.overall;
      case "activity":
        return r.lastActivity?.getTime() ?? null;
      case "time":
        return r.totalSeconds;
      case "column":
        return r.cells[col]?.best ?? null;
      default:
        return null;
    }
  };
  if (query.sort === "name") {
    rows.sort((a, b) => sign * (a.order - b.order));
    return;
  }
  const keyed = rows.map((r) => ({ r, v: value(r) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.r.order - b.r.order : a.v === null ? 1 : -1;
    return sign * (a.v - b.v) || a.r.order - b.r.order;
  });
  keyed.forEach((k, i) => (rows[i] = k.r));
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: CRLF line ends; fields with a comma, double quote, CR or LF are quoted, quotes doubled), UTF-8 with a
// byte-order mark so that Excel opens Japanese names correctly. Text cells that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) get a leading apostrophe.

export const BOM = "\uFEFF";

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return BOM + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const minutes = (seconds: number) => Math.round(seconds / 6) / 10;

/**
 * One line per row of `g` (pass an unpaginated gradebook for every matching learner); last activity in UTC ISO. The
 * time columns (minutes, one decimal) come last, so that the earlier columns keep their positions.
 */
export interface ExtraCsvColumns {
  header: string[];
  cells: (userId: string) => Array<string | number | null>;
}

export function gradebookCsv(g: Gradebook, extra?: ExtraCsvColumns): string {
  const header = ["name", "email"];
  for (const c of g.columns) header.push(`${c.key} best %`, `${c.key} latest %`, `${c.key} attempts`);
  header.push("overall %", "last activity");
  for (const c of g.columns) header.push(`${c.key} time min`);
  header.push("total time min");
  if (extra) header.push(...extra.header); // a class's assignment columns (lib/assignments/gradebook), after all the others
  const body = g.rows.map((r) => [
    r.name,
    r.email,
    ...r.cells.flatMap((c) => [c.best, c.latest, c.attempts]),
    r.overall,
    r.lastActivity?.toISOString() ?? null,
    ...r.cells.map((c) => minutes(c.seconds)),
    minutes(r.totalSeconds),
    ...(extra ? extra.cells(r.userId) : []),
  ]);
  return toCsv([header, ...body]);
}
