// Grade passback through the queue: when work on an LTI-linked assignment changes a learner's result (an attempt
// submitted or expired, a submission graded or regraded, an instructor's grade or override), scoreChanged() stores one
// LtiScore row per event (unique per link, learner and event: a repeated event sends nothing twice) and queues it on
// pg-boss (queue `lti-scores`, retried with backoff). The worker sends the learner's result at send time; after the
// last retry the row is `failed` and the instructor sees it with a "send again" action (resendScore).
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEADLINE_GRACE_MS, getOwnedAttempt } from "@/lib/attempts/service";
import { getQueue } from "@/lib/exercises/queue";
import { SCOPE } from "./claims";
import { LtiError } from "./errors";
import { lineItemFor } from "./line-items";
import { currentScore, postScore } from "./scores";

export const LTI_SCORE_QUEUE = "lti-scores";
const RETRY = { retryLimit: 6, retryDelay: 10, retryBackoff: true } as const;

export type ScoreEvent =
  | { kind: "attempt"; attemptId: string }
  | { kind: "submission"; submissionId: string; gradingJobId: string }
  | { kind: "answer"; answerId: string };

type Linked = { linkId: string; userId: string };

async function linkOf(db: PrismaClient, event: ScoreEvent): Promise<Linked | null> {
  const rows =
    event.kind === "attempt"
      ? await db.$queryRaw<Linked[]>`SELECT l.id::text AS "linkId", a."userId"::text AS "userId" FROM "TestAttempt" a
          JOIN "LtiResourceLink" l ON l."assignmentId" = a."assignmentId" WHERE a.id = ${event.attemptId}::uuid`
      : event.kind === "submission"
        ? await db.$queryRaw<Linked[]>`SELECT l.id::text AS "linkId", s."userId"::text AS "userId" FROM "Submission" s
          JOIN "LtiResourceLink" l ON l."assignmentId" = s."assignmentId" WHERE s.id = ${event.submissionId}::uuid`
        : await db.$queryRaw<Linked[]>`SELECT l.id::text AS "linkId", a."userId"::text AS "userId" FROM "Answer" x
          JOIN "TestAttempt" a ON a.id = x."attemptId" JOIN "LtiResourceLink" l ON l."assignmentId" = a."assignmentId"
          WHERE x.id = ${event.answerId}::uuid`;
  return rows[0] ?? null;
}

function eventKey(event: ScoreEvent, now: Date): string {
  if (event.kind === "attempt") return `attempt:${event.attemptId}`;
  if (event.kind === "submission") return `submission:${event.submissionId}:${event.gradingJobId}`;
  return `answer:${event.answerId}:${now.toISOString()}`;
}

let queueReady: Promise<PgBoss> | null = null;

async function queue(): Promise<PgBoss> {
  queueReady ??= (async () => {
    const boss = await getQueue();
    if (!(await boss.getQueue(LTI_SCORE_QUEUE))) {
      await boss.createQueue(LTI_SCORE_QUEUE, { name: LTI_SCORE_QUEUE, policy: "standard", ...RETRY }).catch(async (e) => {
        if (!(await boss.getQueue(LTI_SCORE_QUEUE))) throw e;
      });
    }
    return boss;
  })();
  queueReady.catch(() => {
    queueReady = null;
  });
  return queueReady;
}

async function enqueue(scoreId: string): Promise<void> {
  await (await queue()).send(LTI_SCORE_QUEUE, { scoreId }, RETRY);
}

/**
 * Records and queues the score for `event` when its work belongs to an LTI-linked assignment. Never throws: grading
 * and submitting must not fail because an LMS is unreachable (the row stays pending and is logged).
 */
export async function scoreChanged(db: PrismaClient, event: ScoreEvent, now = new Date()): Promise<string | null> {
  try {
    const linked = await linkOf(db, event);
    if (!linked) return null;
    const key = eventKey(event, now);
    const row = await db.ltiScore.upsert({
      where: { linkId_userId_eventKey: { linkId: linked.linkId, userId: linked.userId, eventKey: key } },
      create: { linkId: linked.linkId, userId: linked.userId, eventKey: key },
      update: {},
      select: { id: true, status: true, tries: true },
    });
    if (row.status === "pending" && row.tries === 0) await enqueue(row.id);
    return row.id;
  } catch (error) {
    console.error(`[lti] could not queue a score for ${event.kind}:`, (error as Error).message);
    return null;
  }
}

/** "Send again" after a failure: back to pending, queued anew. */
export async function resendScore(db: PrismaClient, scoreId: string): Promise<boolean> {
  const r = await db.ltiScore.updateMany({
    where: { id: scoreId, status: "failed" },
    data: { status: "pending", tries: 0, lastError: null },
  });
  if (r.count === 0) return false;
  await enqueue(scoreId);
  return true;
}

/** Sends one queued score. Returns "retry" when the job should be tried again later. */
export async function sendScore(db: PrismaClient, scoreId: string, finalTry: boolean): Promise<"sent" | "failed" | "retry" | "skipped"> {
  const row = await db.ltiScore.findUnique({
    where: { id: scoreId },
    include: { link: { include: { platform: true } } },
  });
  if (!row || row.status !== "pending") return "skipped";
  const { link } = row;
  const fail = async (message: string, retry: boolean) => {
    const last = !retry || finalTry;
    await db.ltiScore.update({
      where: { id: row.id },
      data: { tries: { increment: 1 }, lastError: message.slice(0, 1000), ...(last ? { status: "failed" as const } : {}) },
    });
    return last ? "failed" : "retry";
  };
  if (!link.assignmentId) return fail("The link's assignment no longer exists.", false);
  if (link.agsScopes.length > 0 && !link.agsScopes.includes(SCOPE.score)) {
    return fail("The LMS did not grant Kakunin the score scope for this link (enable grade sync in the LMS).", false);
  }
  let lineItem: string | null;
  try {
    lineItem = await lineItemFor(db, link);
  } catch (error) {
    if (error instanceof LtiError) return fail(error.message, error.status >= 500);
    throw error;
  }
  if (!lineItem) return fail("The LMS offered no line item for this link, so there is nowhere to send the score.", false);
  const account = await db.ltiUser.findFirst({ where: { platformId: link.platformId, userId: row.userId }, select: { sub: true } });
  if (!account) return fail("The learner has no account on this LMS.", false);
  const body = await currentScore(db, link.assignmentId, row.userId, account.sub);
  const outcome = await postScore(db, link.platform, lineItem, body);
  if (!outcome.ok && outcome.status !== 409) return fail(outcome.message, outcome.retry);
  // 409: the LMS already holds a newer score for this learner (sent by a later event), which supersedes this one.
  await db.ltiScore.update({
    where: { id: row.id },
    data: {
      status: "sent",
      tries: { increment: 1 },
      sentAt: new Date(),
      scoreGiven: body.scoreGiven ?? null,
      scoreMaximum: body.scoreMaximum ?? null,
      gradingProgress: body.gradingProgress,
      lastError: outcome.ok ? null : "superseded by a newer score",
    },
  });
  return "sent";
}

/**
 * Attempts expire lazily (when someone next loads them, lib/attempts/service.ts); an LMS must not wait for that. This
 * finalises overdue attempts on LMS-linked assignments, which sends their scores. Returns how many it expired.
 */
export async function expireOverdueLinked(db: PrismaClient, now = new Date()): Promise<number> {
  const overdue = await db.testAttempt.findMany({
    where: {
      status: "in_progress",
      deadlineAt: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) },
      assignment: { ltiLink: { isNot: null } },
    },
    select: { id: true, userId: true },
    take: 100,
  });
  for (const a of overdue) await getOwnedAttempt(db, a.userId, a.id, { now: () => now });
  return overdue.length;
}

const EXPIRY_SWEEP_MS = 60_000;

/** Works the score queue in this process (the web process's embedded worker or `npm run worker`). */
export async function startScoreWorker(
  db: PrismaClient,
  log: (line: string) => void = (l) => console.log(`[lti] ${l}`),
): Promise<() => Promise<void>> {
  const boss = await queue();
  const id = await boss.work<{ scoreId: string }>(
    LTI_SCORE_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
    async ([job]) => {
      if (!job) return;
      const finalTry = job.retryCount >= job.retryLimit;
      const outcome = await sendScore(db, job.data.scoreId, finalTry);
      if (outcome === "failed") log(`score ${job.data.scoreId} could not be sent (see the class page)`);
      if (outcome === "retry") throw new Error(`score ${job.data.scoreId}: the LMS did not take it; retrying`);
    },
  );
  const sweep = setInterval(() => {
    expireOverdueLinked(db).catch((e: Error) => log(`expiry sweep failed: ${e.message}`));
  }, EXPIRY_SWEEP_MS);
  sweep.unref();
  return async () => {
    clearInterval(sweep);
    await boss.offWork({ id }).catch(() => {});
  };
}
