// Statistics of one code exercise for instructors (/instructor/exercises/[slug]), over LEARNERS' submissions (instructor
// and admin accounts are left out, as in the gradebook), all versions of the exercise:
//   submissions      every submission, split into graded / pending (queued or running, never graded) / grading errors;
//                    "graded" = has a score and is not in status error — a submission being regraded keeps its
//                    previous score and results until the new ones replace them, so it still counts;
//   learners         learners with at least one submission;
//   firstPass        share of learners with a graded submission whose FIRST graded submission earned full marks;
//   eventualPass     share of those learners with a full-marks graded submission at any time;
//   meanLatestScore  mean over those learners of their latest graded score fraction (0..1).
// Per-test pass rates and failure patterns are over a scope: "latest" (each learner's latest graded submission — what
// learners currently believe) or "all" (every graded submission — where they get stuck on the way).
// A failure pattern is the set of failed tests, each with the category of its failure (lib/gradebook/failure-category),
// e.g. {shape mismatch in `h_b reversed`, wrong values in `concat axis`}; patterns are ranked by count, each with the
// typical message of each failed test (its most frequent feedback) and the newest submission as an example.
import { inClassCond } from "@/lib/classes/scope-sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { failureCategory, type FailureCategory } from "./failure-category";

export type StatsScope = "latest" | "all";
type Loc = { en: string; ja: string };

export interface ExerciseTest {
  name: string;
  hidden: boolean;
  /** false: the test exists only in earlier versions of the exercise. */
  current: boolean;
}

export interface TestPassRate extends ExerciseTest {
  runs: number;
  passed: number;
  rate: number | null;
}

export interface PatternTest {
  name: string;
  hidden: boolean;
  category: FailureCategory;
  /** Python exception type for category "error" (e.g. "IndexError"). */
  errorType: string | null;
  /** The most frequent feedback of this test within the pattern (null for hidden tests). */
  code: string | null;
  message: Loc | null;
}

export interface PatternExample {
  submissionId: string;
  userId: string;
  userName: string;
  createdAt: Date;
  score: number | null;
  maxScore: number | null;
  code: string;
}

export interface FailurePattern {
  key: string;
  tests: PatternTest[];
  count: number;
  /** count / graded submissions in scope. */
  share: number;
  learners: number;
  example: PatternExample;
}

export interface PassShare {
  passed: number;
  of: number;
  rate: number | null;
}

export interface ExerciseStats {
  exerciseId: string;
  slug: string;
  title: Loc | null;
  sectionTitle: unknown;
  currentVersion: number;
  tests: ExerciseTest[];
  submissions: { total: number; graded: number; pending: number; errors: number };
  learners: number;
  firstPass: PassShare;
  eventualPass: PassShare;
  meanLatestScore: number | null;
  scope: StatsScope;
  /** Graded submissions in scope, fully passing ones among them. */
  inScope: number;
  passingInScope: number;
  perTest: TestPassRate[];
  patterns: FailurePattern[];
  /** Patterns beyond the shown ones, and how many submissions they hold. */
  otherPatterns: { patterns: number; submissions: number };
}

/** [testName, hidden, passed, feedback code, feedback message, Python error type] — the last three only on failures. */
type ResultRow = [string, boolean, boolean, string | null, Loc | null, string | null];

interface SubmissionRow {
  id: string;
  userId: string;
  userName: string;
  createdAt: Date;
  status: string;
  score: number | null;
  maxScore: number | null;
  results: ResultRow[];
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((t) => obj(t).name).filter((n): n is string => typeof n === "string") : [];
const loc = (v: unknown): Loc | null => {
  const o = obj(v);
  return typeof o.en === "string" && typeof o.ja === "string" ? { en: o.en, ja: o.ja } : null;
};

const isGraded = (s: SubmissionRow) => s.score !== null && s.maxScore !== null && s.status !== "error";
const isFull = (s: SubmissionRow) => isGraded(s) && s.maxScore! > 0 && s.score! >= s.maxScore! - 1e-9;
const share = (passed: number, of: number): PassShare => ({ passed, of, rate: of ? passed / of : null });

export const MAX_PATTERNS = 8;

/** `classId`: only that class's active learners; null/absent = every learner (admins). */
export async function getExerciseStats(
  db: PrismaClient,
  slug: string,
  opts: { scope?: StatsScope; maxPatterns?: number; classId?: string | null } = {},
): Promise<ExerciseStats | null> {
  const scope = opts.scope ?? "latest";
  const exercise = await db.exercise.findUnique({
    where: { slug },
    select: { id: true, slug: true, currentVersion: true, section: { select: { title: true } } },
  });
  if (!exercise) return null;
  const [version, rows] = await Promise.all([
    db.exerciseVersion.findUnique({
      where: { exerciseId_version: { exerciseId: exercise.id, version: exercise.currentVersion } },
      select: { content: true, secret: true },
    }),
    // One row per submission with its results as a JSON array (thousands of result rows: one round-trip).
    db.$queryRaw<SubmissionRow[]>`
      SELECT s.id, s."userId", u.name AS "userName", s."createdAt", s.status::text AS status, s.score, s."maxScore",
        coalesce((SELECT json_agg(json_build_array(r."testName", r.hidden, r.passed,
                   CASE WHEN r.passed THEN NULL ELSE r.feedback->>'code' END,
                   CASE WHEN r.passed THEN NULL ELSE r.feedback->'message' END,
                   CASE WHEN r.passed THEN NULL ELSE r.feedback#>>'{error,type}' END))
                  FROM "TestResult" r WHERE r."submissionId" = s.id), '[]'::json) AS results
      FROM "Submission" s
      JOIN "User" u ON u.id = s."userId" AND u.role = 'learner' ${inClassCond(Prisma.sql`u.id`, opts.classId ?? null)}
      JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
      WHERE v."exerciseId" = ${exercise.id}::uuid
      ORDER BY s."createdAt", s.id`,
  ]);
  const content = obj(version?.content);

  // Test order: the current version's public then hidden tests, then names known only from older results.
  const tests: ExerciseTest[] = [
    ...names(content.publicTests).map((name) => ({ name, hidden: false, current: true })),
    ...names(obj(version?.secret).hiddenTests).map((name) => ({ name, hidden: true, current: true })),
  ];
  const order = new Map(tests.map((t, i) => [t.name, i]));
  for (const s of rows)
    for (const [name, hidden] of s.results)
      if (!order.has(name)) {
        order.set(name, tests.length);
        tests.push({ name, hidden, current: false });
      }

  // Per learner: chronological submissions (rows are ordered by createdAt).
  const byLearner = new Map<string, SubmissionRow[]>();
  for (const s of rows) (byLearner.get(s.userId) ?? byLearner.set(s.userId, []).get(s.userId)!).push(s);
  let firstPassed = 0;
  let eventualPassed = 0;
  let gradedLearners = 0;
  let latestSum = 0;
  const latestGraded: SubmissionRow[] = [];
  for (const subs of byLearner.values()) {
    const graded = subs.filter(isGraded);
    if (!graded.length) continue;
    gradedLearners++;
    if (isFull(graded[0]!)) firstPassed++;
    if (graded.some(isFull)) eventualPassed++;
    const latest = graded[graded.length - 1]!;
    latestSum += latest.maxScore! > 0 ? latest.score! / latest.maxScore! : 0;
    latestGraded.push(latest);
  }

  const scoped = scope === "latest" ? latestGraded : rows.filter(isGraded);
  const perTest = passRates(tests, scoped);
  const { patterns, other } = failurePatterns(scoped, order, opts.maxPatterns ?? MAX_PATTERNS);
  const codes = await exampleCode(
    db,
    patterns.map((p) => p.example.submissionId),
  );
  for (const p of patterns) p.example.code = codes.get(p.example.submissionId) ?? "";

  const graded = rows.filter(isGraded).length;
  const errors = rows.filter((s) => s.status === "error").length;
  return {
    exerciseId: exercise.id,
    slug: exercise.slug,
    title: loc(content.title),
    sectionTitle: exercise.section.title,
    currentVersion: exercise.currentVersion,
    tests,
    submissions: { total: rows.length, graded, errors, pending: rows.length - graded - errors },
    learners: byLearner.size,
    firstPass: share(firstPassed, gradedLearners),
    eventualPass: share(eventualPassed, gradedLearners),
    meanLatestScore: gradedLearners ? latestSum / gradedLearners : null,
    scope,
    inScope: scoped.length,
    passingInScope: scoped.filter(isFull).length,
    perTest,
    patterns,
    otherPatterns: other,
  };
}

function passRates(tests: ExerciseTest[], subs: SubmissionRow[]): TestPassRate[] {
  const acc = new Map(tests.map((t) => [t.name, { runs: 0, passed: 0 }]));
  for (const s of subs)
    for (const [name, , passed] of s.results) {
      const a = acc.get(name)!;
      a.runs++;
      if (passed) a.passed++;
    }
  return tests.map((t) => {
    const a = acc.get(t.name)!;
    return { ...t, runs: a.runs, passed: a.passed, rate: a.runs ? a.passed / a.runs : null };
  });
}

interface Group {
  key: string;
  tests: Array<{
    name: string;
    hidden: boolean;
    category: FailureCategory;
    errorType: string | null;
    messages: Map<string, { code: string | null; message: Loc | null; n: number }>;
  }>;
  subs: SubmissionRow[];
}

function failurePatterns(subs: SubmissionRow[], order: Map<string, number>, max: number) {
  const groups = new Map<string, Group>();
  for (const s of subs) {
    const failed = s.results
      .filter(([, , passed]) => !passed)
      .map(([name, hidden, , code, message, errorType]) => {
        const category = failureCategory(code, hidden);
        return { name, hidden, category, errorType: category === "error" ? errorType : null, code, message: loc(message) };
      })
      .sort((a, b) => order.get(a.name)! - order.get(b.name)!);
    // a graded submission with no failed test but not full marks cannot happen; one without results (never graded
    // since a version change) has nothing to group
    if (!failed.length) continue;
    const key = failed.map((f) => `${f.name}\u0000${f.category}${f.errorType ? `:${f.errorType}` : ""}`).join("\u0001");
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        tests: failed.map((f) => ({ name: f.name, hidden: f.hidden, category: f.category, errorType: f.errorType, messages: new Map() })),
        subs: [],
      };
      groups.set(key, g);
    }
    g.subs.push(s);
    for (const [i, f] of failed.entries()) {
      const mk = `${f.code ?? ""}\u0000${f.message?.en ?? ""}`;
      const m = g.tests[i]!.messages.get(mk) ?? { code: f.code, message: f.message, n: 0 };
      m.n++;
      g.tests[i]!.messages.set(mk, m);
    }
  }
  const ranked = [...groups.values()].sort(
    (a, b) => b.subs.length - a.subs.length || a.tests.length - b.tests.length || (a.key < b.key ? -1 : 1),
  );
  const shown = ranked.slice(0, max);
  const rest = ranked.slice(max);
  const patterns: FailurePattern[] = shown.map((g) => {
    const example = g.subs[g.subs.length - 1]!; // the newest
    return {
      key: g.key,
      tests: g.tests.map((t) => {
        const typical = [...t.messages.values()].sort((a, b) => b.n - a.n)[0];
        return {
          name: t.name,
          hidden: t.hidden,
          category: t.category,
          errorType: t.errorType,
          code: typical?.code ?? null,
          message: typical?.message ?? null,
        };
      }),
      count: g.subs.length,
      share: subs.length ? g.subs.length / subs.length : 0,
      learners: new Set(g.subs.map((s) => s.userId)).size,
      example: {
        submissionId: example.id,
        userId: example.userId,
        userName: example.userName,
        createdAt: example.createdAt,
        score: example.score,
        maxScore: example.maxScore,
        code: "",
      },
    };
  });
  return { patterns, other: { patterns: rest.length, submissions: rest.reduce((n, g) => n + g.subs.length, 0) } };
}

async function exampleCode(db: PrismaClient, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.submission.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.id, r.code]));
}

export interface ExerciseLink {
  slug: string;
  title: Loc | null;
  sectionTitle: unknown;
  submissions: number;
}

/** Every exercise in course order with its number of submissions (links on the instructor overview). */
export async function listExerciseLinks(db: PrismaClient, opts: { classId?: string | null } = {}): Promise<ExerciseLink[]> {
  const rows = await db.$queryRaw<Array<{ slug: string; title: unknown; sectionTitle: unknown; submissions: number }>>`
    SELECT e.slug, v.content->'title' AS title, sec.title AS "sectionTitle",
      (SELECT count(*) FROM "Submission" s JOIN "ExerciseVersion" sv ON sv.id = s."exerciseVersionId" WHERE sv."exerciseId" = e.id ${inClassCond(Prisma.sql`s."userId"`, opts.classId ?? null)})::int AS submissions
    FROM "Exercise" e
    JOIN "Section" sec ON sec.id = e."sectionId"
    JOIN "Unit" un ON un.id = sec."unitId"
    LEFT JOIN "ExerciseVersion" v ON v."exerciseId" = e.id AND v.version = e."currentVersion"
    WHERE NOT e.retired
    ORDER BY un.position, sec.position, e.position, e.slug`;
  return rows.map((r) => ({ slug: r.slug, title: loc(r.title), sectionTitle: r.sectionTitle, submissions: r.submissions }));
}
