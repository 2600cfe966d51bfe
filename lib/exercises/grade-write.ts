// Writing a grading's outcome, exactly once.
//
// The guard: `UPDATE "Submission" ... WHERE id = $1 AND status NOT IN ('graded', 'error')`. A second delivery of the
// same job (a retry after a worker crash, after the first one had in fact committed; or a duplicate) finds the row
// already final — or waits on its row lock and then finds it final — and writes nothing. TestResult's
// @@unique([submissionId, testName]) is the last line of defence.
//
// A result is written by ONE statement, atomic without a transaction: claim the submission, finish the GradingJob,
// replace the TestResults, record the spaced-review outcome (lib/review's rule: ratingFor → nextCard, computed here
// from the ReviewState the worker read before grading) and NOTIFY listening web processes (at commit). The review
// upsert only applies when the ReviewState is still the one the next card was computed from; when another outcome
// for the same learner and exercise landed in between, the statement changes nothing (or, if that happened while
// it ran, fails on purpose with a division by zero) and the write is redone the general way: one transaction with
// lib/review's recordOutcome reading the current state. That fallback is also the path when nothing was read ahead.
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GradeReport } from "./types";
import { nextCard, parseCard, ratingFor, RATING_NAMES, recordOutcome } from "@/lib/review/outcome";
import { GRADED_CHANNEL, gradingEvents } from "./grading-events";
import type { GradingJobData } from "./queue";
import { scoreChanged } from "@/lib/lti/score-queue";

export type GradeTarget = Pick<GradingJobData, "submissionId" | "gradingJobId"> & { reason?: GradingJobData["reason"] };

/** The learner's review state of the exercise as read before grading (card = ReviewState.card as JSON text). */
export interface ReviewSeen {
  userId: string;
  exerciseId: string;
  card: string | null;
}

/** A claimed write (false: the submission was already final), with the submission's assignment. */
type Written = { assignmentId: string | null } | false;

/** Writes a grade report for a job. Returns false (and writes nothing) when the submission was already final. */
export async function writeGradeResult(prisma: PrismaClient, data: GradeTarget, report: GradeReport, seen?: ReviewSeen): Promise<boolean> {
  const now = new Date();
  // a regrade re-scores old work after the tests changed: it is not a new recall, so spaced review ignores it
  const review = data.reason !== "regrade";
  let written: Written | null = null;
  if (seen && review) written = await writeInOneStatement(prisma, data, report, seen, now);
  written ??= await writeInTransaction(prisma, data, report, now, review);
  if (!written) return false;
  gradingEvents().emit(data.submissionId);
  // only work for an assignment can have an LMS to tell (lib/lti); self-study grading costs no extra query
  if (written.assignmentId) {
    await scoreChanged(prisma, { kind: "submission", submissionId: data.submissionId, gradingJobId: data.gradingJobId });
  }
  return true;
}

/** The stored form of a test outcome: hidden tests keep nothing a learner could use to reverse-engineer them. */
function storedFeedback(t: GradeReport["tests"][number]): unknown {
  if (t.hidden) return { passed: t.passed };
  return {
    ...t.feedback,
    ...(t.expected !== undefined ? { expected: t.expected } : {}),
    ...(t.got !== undefined ? { got: t.got } : {}),
    ...(t.error ? { error: t.error } : {}),
  };
}

/**
 * The CTEs s (claim), j (finish the job), d + r (replace the TestResults), applied only when `when` holds. The DELETE
 * runs to completion before the INSERT, which waits on its count.
 */
function claimCtes(data: GradeTarget, report: GradeReport, now: Date, when: Prisma.Sql): Prisma.Sql {
  const results = JSON.stringify(
    report.tests.map((t) => ({
      testName: t.name,
      hidden: t.hidden,
      passed: t.passed,
      points: t.points,
      maxPoints: t.maxPoints,
      durationMs: t.durationMs,
      feedback: storedFeedback(t),
    })),
  );
  // a regrade replaces earlier results; a first grading has none (results are only written together with `graded`)
  const replace = data.reason !== "submit";
  return Prisma.sql`s AS (
      UPDATE "Submission" SET status = 'graded', score = ${report.score}, "maxScore" = ${report.maxScore}, "gradedAt" = ${now}
      WHERE id = ${data.submissionId}::uuid AND status NOT IN ('graded', 'error') AND ${when} RETURNING id, "userId", "exerciseVersionId", "assignmentId"
    ), j AS (
      UPDATE "GradingJob" SET status = 'graded', "finishedAt" = ${now},
        error = CASE WHEN EXISTS (SELECT 1 FROM s) THEN NULL ELSE 'duplicate delivery: the submission was already graded' END
      WHERE id = ${data.gradingJobId}::uuid AND ${when} RETURNING id
    ), d AS (
      DELETE FROM "TestResult" WHERE ${replace} AND "submissionId" IN (SELECT id FROM s) RETURNING 1
    ), r AS (
      INSERT INTO "TestResult" (id, "submissionId", "testName", hidden, passed, points, "maxPoints", feedback, "durationMs")
      SELECT gen_random_uuid(), s.id, t."testName", t.hidden, t.passed, t.points, t."maxPoints", t.feedback, t."durationMs"
      FROM s, jsonb_to_recordset(${results}::jsonb) AS t("testName" text, hidden boolean, passed boolean, points float8, "maxPoints" float8, "durationMs" float8, feedback jsonb)
      WHERE (SELECT count(*) FROM d) >= 0
      RETURNING 1
    )`;
}

const notifyGraded = Prisma.sql`(SELECT count(*) FROM (SELECT pg_notify(${GRADED_CHANNEL}, id::text) FROM s) AS x)::int`;

/** Fast path. Returns null when the review state changed since it was read (nothing was written then). */
async function writeInOneStatement(
  prisma: PrismaClient,
  data: GradeTarget,
  report: GradeReport,
  seen: ReviewSeen,
  now: Date,
): Promise<Written | null> {
  // what lib/review's recordOutcome would store (ratingFor is never null for a submission)
  const rating = ratingFor({ kind: "submission", score: report.score, maxScore: report.maxScore })!;
  const card = nextCard(seen.card ? parseCard(JSON.parse(seen.card)) : null, rating, now);
  const prev = seen.card === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`${seen.card}::jsonb`;
  try {
    const [row] = await prisma.$queryRaw<{ fresh: number; n: number; assignmentId: string | null }[]>`WITH fresh AS (
        SELECT 1 WHERE (SELECT card FROM "ReviewState" WHERE "userId" = ${seen.userId}::uuid AND "exerciseId" = ${seen.exerciseId}::uuid) IS NOT DISTINCT FROM ${prev}
      ), ${claimCtes(data, report, now, Prisma.sql`EXISTS (SELECT 1 FROM fresh)`)}, rs AS (
        INSERT INTO "ReviewState" (id, "userId", "exerciseId", card, "dueAt", "lastOutcome", "lastSeenAt", reps, lapses)
        SELECT gen_random_uuid(), ${seen.userId}::uuid, ${seen.exerciseId}::uuid, ${JSON.stringify(card)}::jsonb, ${card.due}, ${RATING_NAMES[rating]}, ${now}, ${card.reps}, ${card.lapses}
        FROM s
        ON CONFLICT ("userId", "exerciseId") DO UPDATE SET card = EXCLUDED.card, "dueAt" = EXCLUDED."dueAt", "lastOutcome" = EXCLUDED."lastOutcome",
          "lastSeenAt" = EXCLUDED."lastSeenAt", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses
        WHERE "ReviewState".card IS NOT DISTINCT FROM ${prev}
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM fresh)::int AS fresh, (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j,
        (SELECT count(*) FROM r)::int AS r, ${notifyGraded} AS notified, (SELECT "assignmentId"::text FROM s) AS "assignmentId",
        -- claimed but the review row changed after this statement's snapshot: fail, so that nothing is written
        CASE WHEN (SELECT count(*) FROM s) > 0 THEN 1 / (SELECT count(*) FROM rs)::int END AS reviewed`;
    if (!row || row.fresh === 0) return null;
    return row.n > 0 && { assignmentId: row.assignmentId };
  } catch (e) {
    if (isDivisionByZero(e)) return null;
    throw e;
  }
}

function isDivisionByZero(e: unknown): boolean {
  return (
    e instanceof Prisma.PrismaClientKnownRequestError && /22012|division by zero/i.test(`${e.message} ${JSON.stringify(e.meta ?? {})}`)
  );
}

/** General path: claim and results in one statement, then lib/review's recordOutcome, in one transaction. */
function writeInTransaction(prisma: PrismaClient, data: GradeTarget, report: GradeReport, now: Date, review: boolean): Promise<Written> {
  return prisma.$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<
        { n: number; userId: string | null; exerciseId: string | null; assignmentId: string | null }[]
      >`WITH ${claimCtes(data, report, now, Prisma.sql`true`)}
      SELECT (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j, (SELECT count(*) FROM r)::int AS r,
        s."userId"::text AS "userId", v."exerciseId"::text AS "exerciseId", s."assignmentId"::text AS "assignmentId", ${notifyGraded} AS notified
      FROM (SELECT 1) AS one LEFT JOIN s ON true LEFT JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"`;
      if (!claimed || claimed.n === 0) return false;
      const written = { assignmentId: claimed.assignmentId };
      if (!review) return written;
      // spaced review (lib/review), in the same transaction: exactly once per grading
      await recordOutcome(tx, {
        userId: claimed.userId!,
        exerciseId: claimed.exerciseId!,
        outcome: { kind: "submission", score: report.score, maxScore: report.maxScore },
        at: now,
      });
      return written;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

/** Marks the submission failed with a learner-readable message (same exactly-once guard; one statement). */
export async function writeGradeError(
  prisma: PrismaClient,
  data: Pick<GradingJobData, "submissionId" | "gradingJobId">,
  message: string,
): Promise<boolean> {
  const now = new Date();
  const [r] = await prisma.$queryRaw<{ n: number }[]>`WITH s AS (
      UPDATE "Submission" SET status = 'error', "gradedAt" = ${now}
      WHERE id = ${data.submissionId}::uuid AND status NOT IN ('graded', 'error') RETURNING id
    ), j AS (
      UPDATE "GradingJob" SET "finishedAt" = ${now},
        status = CASE WHEN EXISTS (SELECT 1 FROM s) THEN 'error'::"SubmissionStatus" ELSE 'graded'::"SubmissionStatus" END,
        error = CASE WHEN EXISTS (SELECT 1 FROM s) THEN ${message} ELSE 'duplicate delivery: the submission was already final' END
      WHERE id = ${data.gradingJobId}::uuid RETURNING id
    )
    SELECT (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j, ${notifyGraded} AS notified`;
  const written = (r?.n ?? 0) > 0;
  if (written) {
    gradingEvents().emit(data.submissionId);
    await scoreChanged(prisma, { kind: "submission", submissionId: data.submissionId, gradingJobId: data.gradingJobId });
  }
  return written;
}
