// Manual grading by instructors: grading pending short-text answers, overriding any answer's score, the grading
// queue and the audit trail shown on the item statistics page.
//
// Rules:
// - Only answers of FINISHED attempts (submitted or expired) can be graded or overridden (409 otherwise).
// - gradeShortAnswer: short-text answers that are still pending (manualScore null and no automatic score); a second
//   grade is a 409 — change it with overrideScore, which requires a reason (1..500 characters after trimming).
// - Scores are fractions 0..1 of the question's points. The attempt total is recomputed with lib/attempts'
//   recomputeAttemptScore (Σ points × (manualScore ?? score ?? 0)).
// - Everything (answer update, total, AuditLog row) happens in one transaction, with the answer row locked so two
//   instructors grading the same answer at once cannot both "grade" it.
// - AuditLog: action "answer.grade" | "answer.override", targetType "answer", targetId = answer id,
//   details { attemptId, itemId, itemSlug, oldScore, newScore, oldManualScore, reason?, comment?, oldTotal, newTotal }.
//   oldScore is the effective score before (manualScore ?? score, null when pending).
import { inClassCond, inClassWhere } from "@/lib/classes/scope-sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { validate } from "@/lib/http/json";
import { recomputeAttemptScore } from "@/lib/attempts/service";
import { matchRubric, type RubricCriterionSpec } from "@/lib/grading/short-text";
import { recordOutcome } from "@/lib/review/outcome";
import { scoreChanged } from "@/lib/lti/score-queue";

import { GradeBody, OverrideBody } from "./http";
import { isUuid } from "@/lib/http/ids";

export const GRADE_ACTION = "answer.grade";
export const OVERRIDE_ACTION = "answer.override";
export const AUDIT_TARGET = "answer";

export interface GradeInput {
  actorId: string;
  answerId: string;
  score: number;
  comment?: string | null;
}

export interface OverrideInput {
  actorId: string;
  answerId: string;
  score: number;
  reason: string;
  /** Optional new comment for the learner; the existing comment is kept when omitted. */
  comment?: string | null;
}

export interface GradeOutcome {
  answerId: string;
  attemptId: string;
  oldScore: number | null;
  score: number;
  attemptScore: number;
  attemptMaxScore: number;
}

/** lib/http's validate: a 400 "Validation failed" whose field messages are sent in the request's language. */
const parse = validate;

async function lockAnswer(tx: Prisma.TransactionClient, answerId: string) {
  if (!isUuid(answerId)) throw new HttpError(404, "Answer not found");
  await tx.$queryRaw`SELECT id FROM "Answer" WHERE id = ${answerId}::uuid FOR UPDATE`;
  const a = await tx.answer.findUnique({
    where: { id: answerId },
    select: {
      id: true,
      attemptId: true,
      score: true,
      manualScore: true,
      manualComment: true,
      attempt: { select: { status: true, score: true, userId: true } },
      itemVersion: { select: { itemId: true, item: { select: { slug: true, kind: true } } } },
    },
  });
  if (!a) throw new HttpError(404, "Answer not found");
  if (a.attempt.status === "in_progress") throw new HttpError(409, "The attempt is still in progress");
  return a;
}

type Locked = Awaited<ReturnType<typeof lockAnswer>>;

async function apply(
  tx: Prisma.TransactionClient,
  a: Locked,
  input: { actorId: string; score: number; comment: string | null | undefined; reason?: string },
  action: string,
): Promise<GradeOutcome> {
  const oldScore = a.manualScore ?? a.score;
  await tx.answer.update({
    where: { id: a.id },
    data: {
      manualScore: input.score,
      gradedById: input.actorId,
      ...(input.comment !== undefined ? { manualComment: input.comment } : {}),
    },
  });
  const total = await recomputeAttemptScore(tx, a.attemptId);
  await tx.auditLog.create({
    data: {
      actorId: input.actorId,
      action,
      targetType: AUDIT_TARGET,
      targetId: a.id,
      details: {
        attemptId: a.attemptId,
        itemId: a.itemVersion.itemId,
        itemSlug: a.itemVersion.item.slug,
        oldScore,
        newScore: input.score,
        oldManualScore: a.manualScore,
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
        oldTotal: a.attempt.score,
        newTotal: total.score,
      },
    },
  });
  return {
    answerId: a.id,
    attemptId: a.attemptId,
    oldScore,
    score: input.score,
    attemptScore: total.score,
    attemptMaxScore: total.maxScore,
  };
}

/** Grades a pending short-text answer of a finished attempt. */
export async function gradeShortAnswer(prisma: PrismaClient, input: GradeInput): Promise<GradeOutcome> {
  const body = parse(GradeBody, { score: input.score, comment: input.comment ?? null });
  const outcome = await prisma.$transaction(async (tx) => {
    const a = await lockAnswer(tx, input.answerId);
    if (a.itemVersion.item.kind !== "short_text") throw new HttpError(409, "Only short-text answers are graded by hand; use an override");
    if (a.manualScore !== null) throw new HttpError(409, "This answer has already been graded; use an override to change it");
    if (a.score !== null) throw new HttpError(409, "This answer is not pending (it was scored automatically); use an override");
    const outcome = await apply(tx, a, { actorId: input.actorId, score: body.score, comment: body.comment ?? null }, GRADE_ACTION);
    // the instructor's grade is the objective outcome spaced review was waiting for (overrides correct it, they are
    // no new recall, so only this first grade is recorded)
    await recordOutcome(tx, { userId: a.attempt.userId, itemId: a.itemVersion.itemId, outcome: { kind: "manual", score: body.score } });
    return outcome;
  });
  await scoreChanged(prisma, { kind: "answer", answerId: outcome.answerId });
  return outcome;
}

/** Overrides the score of any answer of a finished attempt; a reason is required and audited. */
export async function overrideScore(prisma: PrismaClient, input: OverrideInput): Promise<GradeOutcome> {
  const body = parse(OverrideBody, {
    score: input.score,
    reason: input.reason,
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
  });
  const outcome = await prisma.$transaction(async (tx) => {
    const a = await lockAnswer(tx, input.answerId);
    return apply(
      tx,
      a,
      {
        actorId: input.actorId,
        score: body.score,
        reason: body.reason,
        ...(body.comment !== undefined ? { comment: body.comment } : { comment: undefined }),
      },
      OVERRIDE_ACTION,
    );
  });
  await scoreChanged(prisma, { kind: "answer", answerId: outcome.answerId });
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Grading queue

export interface PendingAnswer {
  answerId: string;
  attemptId: string;
  learner: { id: string; name: string; email: string };
  itemSlug: string;
  prompt: unknown;
  response: string;
  submittedAt: Date | null;
  testTitle: unknown;
  /** Rubric criteria with the keyword that matched (if any) — the same matching as the instant practice check. */
  criteria: Array<{ id: string; met: boolean; keyword?: string; description?: unknown }>;
}

/** The learner whose attempt holds the answer (null for an unknown or malformed id): the guard's access check. */
export async function answerLearnerId(prisma: PrismaClient, answerId: string): Promise<string | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(answerId)) return null;
  const a = await prisma.answer.findUnique({ where: { id: answerId }, select: { attempt: { select: { userId: true } } } });
  return a?.attempt.userId ?? null;
}

/** Pending short-text answers of finished attempts (oldest first): manualScore null and no automatic score. */
/** `classId`: only the answers of that class's active learners; null/absent = everyone's (admins). */
export async function listPendingShortAnswers(
  prisma: PrismaClient,
  options: { limit?: number; classId?: string | null } = {},
): Promise<{ total: number; answers: PendingAnswer[] }> {
  const where = {
    manualScore: null,
    score: null,
    itemVersion: { item: { kind: "short_text" } },
    attempt: { status: { not: "in_progress" }, user: inClassWhere(options.classId ?? null) },
  } satisfies Prisma.AnswerWhereInput;
  const [total, rows] = await Promise.all([
    prisma.answer.count({ where }),
    prisma.answer.findMany({
      where,
      orderBy: [{ attempt: { submittedAt: "asc" } }, { id: "asc" }],
      take: options.limit ?? 50,
      select: {
        id: true,
        attemptId: true,
        response: true,
        attempt: {
          select: { submittedAt: true, user: { select: { id: true, name: true, email: true } }, test: { select: { title: true } } },
        },
        itemVersion: { select: { content: true, answer: true, item: { select: { slug: true } } } },
      },
    }),
  ]);
  return {
    total,
    answers: rows.map((r) => {
      const response = typeof r.response === "string" ? r.response : r.response == null ? "" : JSON.stringify(r.response);
      const rubric = ((r.itemVersion.answer as { rubric?: RubricCriterionSpec[] } | null)?.rubric ?? []).filter((c) => c && c.keywords);
      return {
        answerId: r.id,
        attemptId: r.attemptId,
        learner: r.attempt.user,
        itemSlug: r.itemVersion.item.slug,
        prompt: (r.itemVersion.content as { prompt?: unknown } | null)?.prompt ?? null,
        response,
        submittedAt: r.attempt.submittedAt,
        testTitle: r.attempt.test?.title ?? null, // null: a review session (no test)
        criteria: matchRubric({ rubric }, response).map((m) => ({
          id: m.id,
          met: m.met,
          ...(m.keyword !== undefined ? { keyword: m.keyword } : {}),
          ...(m.description ? { description: m.description } : {}),
        })),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Audit trail of an item's answers

export interface AuditEntry {
  id: string;
  action: string;
  createdAt: Date;
  actorName: string | null;
  learnerName: string;
  answerId: string;
  details: Record<string, unknown>;
}

/** Grade/override audit rows for the answers of item `slug` (newest first). */
export async function listItemAudit(
  prisma: PrismaClient,
  slug: string,
  options: { limit?: number; classId?: string | null } = {},
): Promise<AuditEntry[]> {
  const rows = await prisma.$queryRaw<
    Array<{
      id: string;
      action: string;
      createdAt: Date;
      actorName: string | null;
      learnerName: string;
      answerId: string;
      details: unknown;
    }>
  >`
    SELECT l.id::text AS id, l.action, l."createdAt", actor.name AS "actorName", learner.name AS "learnerName",
           ans.id::text AS "answerId", l.details
    FROM "AuditLog" l
    JOIN "Answer" ans ON ans.id::text = l."targetId"
    JOIN "ItemVersion" v ON v.id = ans."itemVersionId"
    JOIN "Item" i ON i.id = v."itemId"
    JOIN "TestAttempt" t ON t.id = ans."attemptId"
    JOIN "User" learner ON learner.id = t."userId" ${inClassCond(Prisma.sql`learner.id`, options.classId ?? null)}
    LEFT JOIN "User" actor ON actor.id = l."actorId"
    WHERE l."targetType" = ${AUDIT_TARGET} AND l.action IN (${GRADE_ACTION}, ${OVERRIDE_ACTION}) AND i.slug = ${slug}
    ORDER BY l."createdAt" DESC, l.id DESC
    LIMIT ${options.limit ?? 100}`;
  return rows.map((r) => ({ ...r, details: (r.details && typeof r.details === "object" ? r.details : {}) as Record<string, unknown> }));
}
