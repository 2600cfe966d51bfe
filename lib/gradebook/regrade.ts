// Regrading a code exercise after its tests changed, started by an instructor (POST /api/instructor/exercises/[slug]/
// regrade), with progress derived from existing rows — no table of its own:
//
// - A run IS an AuditLog row: action "exercise.regrade", targetType "exercise", targetId = exercise id, actor, details
//   { slug, state: "starting" | "enqueued" | "failed", toVersion, fromVersions: {"<version>": count}, key?, since?,
//   enqueued?, error? }. Its id is the run id.
// - Every submission is first re-pointed to the exercise's CURRENT version (the tests to grade against; a changed
//   exercise is a new ExerciseVersion and the worker grades against the submission's version), counted per old version
//   in `fromVersions`; then lib/exercises' regradeExercise gives each submission a GradingJob (reason "regrade") through
//   the grading queue. All jobs of one regradeExercise call share createdAt = `since`, so a run's progress is the
//   count of those jobs by status: queued / running / graded / failed (error).
// - One run at a time per exercise: starting takes a transaction-scoped advisory lock for the exercise and, while a
//   run is active (starting, or jobs still queued/running and moving), returns that run instead of starting another
//   (`started: false`). The same client `key` always answers with the run it started (a retried request).
// - A run whose jobs stopped moving for STALL_MS is "stalled" (a lost job: pg-boss gave up after its retries) and no
//   longer blocks a new run; a run stuck in "starting" for as long (the process died while enqueueing) is
//   "interrupted".
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { regradeExercise } from "@/lib/exercises/submissions";
import { isUuid } from "@/lib/http/ids";

export const REGRADE_ACTION = "exercise.regrade";
export const REGRADE_TARGET = "exercise";
export const STALL_MS = 10 * 60_000;

export type RunState = "starting" | "running" | "done" | "stalled" | "interrupted" | "failed";

export interface RegradeRun {
  id: string;
  exerciseSlug: string;
  state: RunState;
  /** starting or running: a new start returns this run. */
  active: boolean;
  startedAt: string;
  actorName: string | null;
  toVersion: number | null;
  fromVersions: Record<string, number>;
  /** Submissions enqueued (null until enqueueing finished). */
  enqueued: number | null;
  queued: number;
  running: number;
  graded: number;
  failed: number;
  /** graded + failed */
  done: number;
  error: string | null;
}

interface Details {
  slug?: string;
  state?: "starting" | "enqueued" | "failed";
  toVersion?: number;
  fromVersions?: Record<string, number>;
  key?: string;
  since?: string;
  enqueued?: number;
  error?: string;
}

type AuditRow = { id: string; createdAt: Date; details: unknown; actor: { name: string } | null };
const auditSelect = { id: true, createdAt: true, details: true, actor: { select: { name: true } } } as const;

const details = (v: unknown): Details => (v && typeof v === "object" && !Array.isArray(v) ? (v as Details) : {});

async function findExercise(db: PrismaClient, slug: string) {
  const ex = await db.exercise.findUnique({ where: { slug }, select: { id: true, slug: true, currentVersion: true } });
  if (!ex) throw new HttpError(404, "Exercise not found");
  return ex;
}

/** Counts of the run's regrade jobs by status, and when one last moved. */
async function jobCounts(db: PrismaClient, exerciseId: string, since: Date) {
  const rows = await db.$queryRaw<Array<{ status: string; n: number; moved: Date | null }>>`
    SELECT j.status::text AS status, count(*)::int AS n, max(greatest(j."startedAt", j."finishedAt")) AS moved
    FROM "GradingJob" j
    JOIN "Submission" s ON s.id = j."submissionId"
    JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
    WHERE j.reason = 'regrade' AND j."createdAt" = (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC') AND v."exerciseId" = ${exerciseId}::uuid
    GROUP BY j.status`;
  const out = { queued: 0, running: 0, graded: 0, failed: 0, moved: since.getTime() };
  for (const r of rows) {
    if (r.status === "error") out.failed += r.n;
    else if (r.status === "queued" || r.status === "running" || r.status === "graded") out[r.status] += r.n;
    if (r.moved && r.moved.getTime() > out.moved) out.moved = r.moved.getTime();
  }
  return out;
}

async function describe(db: PrismaClient, ex: { id: string; slug: string }, row: AuditRow, now = Date.now()): Promise<RegradeRun> {
  const d = details(row.details);
  const base = {
    id: row.id,
    exerciseSlug: ex.slug,
    startedAt: row.createdAt.toISOString(),
    actorName: row.actor?.name ?? null,
    toVersion: typeof d.toVersion === "number" ? d.toVersion : null,
    fromVersions: d.fromVersions ?? {},
    enqueued: typeof d.enqueued === "number" ? d.enqueued : null,
    error: d.error ?? null,
  };
  const zero = { queued: 0, running: 0, graded: 0, failed: 0, done: 0 };
  if (d.state === "failed") return { ...base, ...zero, state: "failed", active: false };
  if (d.state !== "enqueued" || !d.since) {
    const stale = now - row.createdAt.getTime() > STALL_MS;
    return { ...base, ...zero, state: stale ? "interrupted" : "starting", active: !stale };
  }
  const c = await jobCounts(db, ex.id, new Date(d.since));
  const done = c.graded + c.failed;
  const pending = c.queued + c.running;
  const state: RunState = pending === 0 ? "done" : now - c.moved > STALL_MS ? "stalled" : "running";
  return { ...base, queued: c.queued, running: c.running, graded: c.graded, failed: c.failed, done, state, active: state === "running" };
}

/** The exercise's regrade runs, newest first (the page's history and the latest run's progress). */
export async function listRegradeRuns(db: PrismaClient, slug: string, take = 10): Promise<RegradeRun[]> {
  const ex = await findExercise(db, slug);
  const rows = await db.auditLog.findMany({
    where: { action: REGRADE_ACTION, targetType: REGRADE_TARGET, targetId: ex.id },
    orderBy: { createdAt: "desc" },
    take,
    select: auditSelect,
  });
  return Promise.all(rows.map((r) => describe(db, ex, r)));
}

/** One run of the exercise (404 when unknown or of another exercise), or its latest run (null when none). */
export async function getRegradeRun(db: PrismaClient, slug: string, runId?: string): Promise<RegradeRun | null> {
  const ex = await findExercise(db, slug);
  if (runId !== undefined && !isUuid(runId)) throw new HttpError(404, "Regrade run not found");
  const row = await db.auditLog.findFirst({
    where: { action: REGRADE_ACTION, targetType: REGRADE_TARGET, targetId: ex.id, ...(runId ? { id: runId } : {}) },
    orderBy: { createdAt: "desc" },
    select: auditSelect,
  });
  if (!row) {
    if (runId) throw new HttpError(404, "Regrade run not found");
    return null;
  }
  return describe(db, ex, row);
}

export interface StartResult {
  run: RegradeRun;
  /** false: an active run (or the run of the same key) was returned instead of starting one. */
  started: boolean;
}

/** Starts a regrade of every submission of the exercise against its current version (see the top of this file). */
export async function startRegrade(
  db: PrismaClient,
  boss: PgBoss,
  input: { actorId: string; slug: string; key?: string },
): Promise<StartResult> {
  const ex = await findExercise(db, input.slug);
  const current = await db.exerciseVersion.findUnique({
    where: { exerciseId_version: { exerciseId: ex.id, version: ex.currentVersion } },
    select: { id: true, version: true },
  });
  if (!current) throw new HttpError(409, "The exercise has no current version to grade against");
  // The lock transaction only holds the advisory lock; the work commits in its own steps (the workers must see the
  // re-pointed submissions before their jobs exist), so concurrent starts wait here and then find the active run.
  return db.$transaction(
    async (lock) => {
      await lock.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kakunin-regrade:${ex.id}`}))`;
      const where = { action: REGRADE_ACTION, targetType: REGRADE_TARGET, targetId: ex.id };
      if (input.key) {
        const same = await db.auditLog.findFirst({
          where: { ...where, details: { path: ["key"], equals: input.key } },
          select: auditSelect,
        });
        if (same) return { run: await describe(db, ex, same), started: false };
      }
      const latest = await db.auditLog.findFirst({ where, orderBy: { createdAt: "desc" }, select: auditSelect });
      if (latest) {
        const run = await describe(db, ex, latest);
        if (run.active) return { run, started: false };
      }

      const row = await db.$transaction(async (tx) => {
        const moved = await tx.$queryRaw<Array<{ version: number; n: number }>>`
          SELECT v.version, count(*)::int AS n FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
          WHERE v."exerciseId" = ${ex.id}::uuid AND v.id <> ${current.id}::uuid GROUP BY v.version ORDER BY v.version`;
        await tx.$executeRaw`
          UPDATE "Submission" s SET "exerciseVersionId" = ${current.id}::uuid FROM "ExerciseVersion" v
          WHERE v.id = s."exerciseVersionId" AND v."exerciseId" = ${ex.id}::uuid AND v.id <> ${current.id}::uuid`;
        const d: Details = {
          slug: ex.slug,
          state: "starting",
          toVersion: current.version,
          fromVersions: Object.fromEntries(moved.map((m) => [String(m.version), m.n])),
          ...(input.key ? { key: input.key } : {}),
        };
        return tx.auditLog.create({
          data: {
            actorId: input.actorId,
            action: REGRADE_ACTION,
            targetType: REGRADE_TARGET,
            targetId: ex.id,
            details: d as Prisma.InputJsonObject,
          },
          select: auditSelect,
        });
      });
      const d = details(row.details);
      let next: Details;
      try {
        const r = await regradeExercise(db, boss, ex.slug);
        next = { ...d, state: "enqueued", since: r.since, enqueued: r.enqueued };
      } catch (e) {
        next = { ...d, state: "failed", error: e instanceof Error ? e.message.slice(0, 500) : String(e) };
        await db.auditLog.update({ where: { id: row.id }, data: { details: next as Prisma.InputJsonObject } });
        throw e;
      }
      const updated = await db.auditLog.update({
        where: { id: row.id },
        data: { details: next as Prisma.InputJsonObject },
        select: auditSelect,
      });
      return { run: await describe(db, ex, updated), started: true };
    },
    { timeout: STALL_MS, maxWait: 60_000 },
  );
}
