// Instructor gradebook: learners × confirmation tests and exercises, with best and latest score and the number of
// attempts. Only finished test attempts (submitted or expired) and graded submissions count. Scores are percentages
// (0..100, one decimal). Instructor/admin accounts are not rows.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface GradebookColumn {
  kind: "test" | "exercise";
  id: string;
  slug: string;
  title: unknown;
}

export interface GradebookCell {
  attempts: number;
  best: number | null;
  latest: number | null;
}

export interface GradebookRow {
  userId: string;
  name: string;
  email: string;
  cells: GradebookCell[]; // same order as columns
}

export interface Gradebook {
  columns: GradebookColumn[];
  rows: GradebookRow[];
}

/** [userId, testId | exerciseId, score, maxScore] in chronological order. */
type ScoreRow = [string, string, number | null, number | null];

const pct = (score: number | null, max: number | null) => (score === null || !max ? null : Math.round((1000 * score) / max) / 10);

export async function getGradebook(db: PrismaClient): Promise<Gradebook> {
  const [tests, exercises, learners, attempts, submissions] = await Promise.all([
    db.test.findMany({ orderBy: [{ unit: { position: "asc" } }, { position: "asc" }, { slug: "asc" }], select: { id: true, slug: true, title: true } }),
    db.exercise.findMany({ where: { retired: false }, orderBy: [{ section: { position: "asc" } }, { position: "asc" }, { slug: "asc" }], select: { id: true, slug: true } }),
    db.user.findMany({ where: { role: "learner" }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
    // Thousands of rows: fetched as one JSON array each (about 2–3× faster than row-by-row through the client;
    // float8 → JSON keeps the shortest round-trip form, so the numbers are the same doubles).
    db.$queryRaw<Array<{ rows: ScoreRow[] }>>`
      SELECT coalesce(json_agg(json_build_array(a."userId", a."testId", a.score, a."maxScore") ORDER BY a."submittedAt", a."startedAt"), '[]') AS rows
      FROM "TestAttempt" a JOIN "User" u ON u.id = a."userId" AND u.role = 'learner'
      WHERE a.status <> 'in_progress'`,
    db.$queryRaw<Array<{ rows: ScoreRow[] }>>`
      SELECT coalesce(json_agg(json_build_array(s."userId", v."exerciseId", s.score, s."maxScore") ORDER BY s."createdAt"), '[]') AS rows
      FROM "Submission" s JOIN "User" u ON u.id = s."userId" AND u.role = 'learner' JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
      WHERE s.status = 'graded'`,
  ]);
  const columns: GradebookColumn[] = [
    ...tests.map((t) => ({ kind: "test" as const, id: t.id, slug: t.slug, title: t.title })),
    ...exercises.map((e) => ({ kind: "exercise" as const, id: e.id, slug: e.slug, title: null })),
  ];
  const cells = new Map<string, GradebookCell>(); // `${userId}:${columnId}`
  const add = (userId: string, colId: string, value: number | null) => {
    const k = `${userId}:${colId}`;
    const c = cells.get(k) ?? { attempts: 0, best: null, latest: null };
    c.attempts++;
    c.latest = value; // rows are in chronological order
    if (value !== null && (c.best === null || value > c.best)) c.best = value;
    cells.set(k, c);
  };
  for (const [userId, testId, score, max] of attempts[0]?.rows ?? []) add(userId, testId, pct(score, max));
  for (const [userId, exerciseId, score, max] of submissions[0]?.rows ?? []) add(userId, exerciseId, pct(score, max));
  return {
    columns,
    rows: learners.map((u) => ({
      userId: u.id,
      name: u.name,
      email: u.email,
      cells: columns.map((c) => cells.get(`${u.id}:${c.id}`) ?? { attempts: 0, best: null, latest: null }),
    })),
  };
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

export function gradebookCsv(g: Gradebook): string {
  const header = ["name", "email"];
  for (const c of g.columns) header.push(`${c.kind}:${c.slug} best %`, `${c.kind}:${c.slug} latest %`, `${c.kind}:${c.slug} attempts`);
  const body = g.rows.map((r) => [r.name, r.email, ...r.cells.flatMap((c) => [c.best, c.latest, c.attempts])]);
  return toCsv([header, ...body]);
}
