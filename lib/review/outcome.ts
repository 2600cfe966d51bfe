// Spaced review: graded outcomes → FSRS ratings → ReviewState (one row per learner and item or exercise).
//
// Rating rule (objective outcomes only; a pending short-text answer records nothing until it is graded):
//
//   item answer                                             rating
//   ------------------------------------------------------  ------
//   revealed, or graded wrong (incl. not answered)           Again
//   correct after one or more wrong checks (retries)         Hard
//   correct on the first try but after ≥ 1 hint              Hard
//   correct on the first try, no hint                        Good
//
//   exercise submission (score / maxScore)                  rating
//   ------------------------------------------------------  ------
//   all tests passed (1)                                     Good
//   at least half of the points (≥ 0.5)                      Hard
//   less than half, or maxScore 0                            Again
//
// Easy is never inferred automatically: "first try, no hint" can still be a lucky guess on a choice question, and
// Good already schedules the next review days later. The FSRS card is kept as JSON in ReviewState.card (dates as ISO
// strings), its due date in ReviewState.dueAt (indexed for "due reviews").
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;

export interface AnswerOutcome {
  kind: "answer";
  correct: boolean | null;
  tries: number;
  hintsUsed: number;
  revealed: boolean;
}

export interface SubmissionOutcome {
  kind: "submission";
  score: number;
  maxScore: number;
}

/** A short-text answer graded by an instructor: score is the fraction of the item's points (0..1). */
export interface ManualGradeOutcome {
  kind: "manual";
  score: number;
}

export type Outcome = AnswerOutcome | SubmissionOutcome | ManualGradeOutcome;

export const RATING_NAMES: Record<Grade, "again" | "hard" | "good" | "easy"> = {
  [Rating.Again]: "again",
  [Rating.Hard]: "hard",
  [Rating.Good]: "good",
  [Rating.Easy]: "easy",
};

/** The FSRS rating of a graded outcome, or null when there is nothing objective to rate (pending answer). */
export function ratingFor(outcome: Outcome): Grade | null {
  if (outcome.kind === "submission" || outcome.kind === "manual") {
    if (outcome.kind === "submission" && !(outcome.maxScore > 0)) return Rating.Again;
    const f = outcome.kind === "manual" ? outcome.score : outcome.score / outcome.maxScore;
    if (f >= 1 - 1e-9) return Rating.Good;
    if (f >= 0.5) return Rating.Hard;
    return Rating.Again;
  }
  if (outcome.revealed) return Rating.Again;
  if (outcome.correct === null) return null;
  if (!outcome.correct) return Rating.Again;
  if (outcome.tries > 1 || outcome.hintsUsed > 0) return Rating.Hard;
  return Rating.Good;
}

const scheduler = fsrs({ enable_fuzz: false });

/** Card JSON (as stored) → Card with Date fields. */
export function parseCard(json: unknown): Card | null {
  if (!json || typeof json !== "object") return null;
  const c = json as Record<string, unknown>;
  const due = new Date(String(c.due));
  if (Number.isNaN(due.getTime())) return null;
  return {
    ...(c as unknown as Card),
    due,
    last_review: c.last_review ? new Date(String(c.last_review)) : undefined,
  };
}

export function nextCard(previous: Card | null, rating: Grade, at: Date): Card {
  return scheduler.next(previous ?? createEmptyCard(at), at, rating).card;
}

export type RecordTarget = { itemId: string; exerciseId?: undefined } | { exerciseId: string; itemId?: undefined };

export interface RecordInput {
  userId: string;
  outcome: Outcome;
  at?: Date;
}

/** Applies one graded outcome to the learner's review state. Returns the new state, or null if nothing was rated. */
export async function recordOutcome(db: Db, input: RecordInput & RecordTarget) {
  const rating = ratingFor(input.outcome);
  if (rating === null) return null;
  const at = input.at ?? new Date();
  const where = input.itemId
    ? { userId_itemId: { userId: input.userId, itemId: input.itemId } }
    : { userId_exerciseId: { userId: input.userId, exerciseId: input.exerciseId! } };
  const existing = await db.reviewState.findUnique({ where });
  const card = nextCard(existing ? parseCard(existing.card) : null, rating, at);
  const data = {
    card: JSON.parse(JSON.stringify(card)) as Prisma.InputJsonValue,
    dueAt: card.due,
    lastOutcome: RATING_NAMES[rating],
    lastSeenAt: at,
    reps: card.reps,
    lapses: card.lapses,
  };
  return db.reviewState.upsert({
    where,
    create: { userId: input.userId, ...(input.itemId ? { itemId: input.itemId } : { exerciseId: input.exerciseId! }), ...data },
    update: data,
  });
}

/**
 * Hook for lib/attempts/service.ts finalize() (runs inside its transaction, after the attempt was claimed, so exactly
 * once per attempt): every answer with an objective grade becomes one review outcome. One read of the learner's
 * states and one upsert for all of them, so a 100-question exam costs two statements, not two hundred.
 */
export async function recordAttemptOutcomes(db: Db, attemptId: string, at: Date): Promise<void> {
  const attempt = await db.testAttempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      answers: { select: { correct: true, tries: true, hintsUsed: true, revealed: true, itemVersion: { select: { itemId: true } } } },
    },
  });
  if (!attempt) return;
  const itemIds = [...new Set(attempt.answers.map((a) => a.itemVersion.itemId))];
  const existing = await db.reviewState.findMany({ where: { userId: attempt.userId, itemId: { in: itemIds } } });
  const cards = new Map<string, Card | null>(existing.map((r) => [r.itemId!, parseCard(r.card)]));
  const rated = new Map<string, { card: Card; rating: Grade }>();
  for (const a of attempt.answers) {
    const rating = ratingFor({ kind: "answer", correct: a.correct, tries: a.tries, hintsUsed: a.hintsUsed, revealed: a.revealed });
    if (rating === null) continue;
    const itemId = a.itemVersion.itemId;
    const card = nextCard(rated.get(itemId)?.card ?? cards.get(itemId) ?? null, rating, at);
    rated.set(itemId, { card, rating });
  }
  if (rated.size === 0) return;
  const rows = [...rated].map(
    ([itemId, { card, rating }]) =>
      Prisma.sql`(gen_random_uuid(), ${attempt.userId}::uuid, ${itemId}::uuid, ${JSON.stringify(card)}::jsonb,
        ${card.due.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${RATING_NAMES[rating]}, ${at.toISOString()}::timestamptz AT TIME ZONE 'UTC',
        ${card.reps}::int, ${card.lapses}::int)`,
  );
  await db.$executeRaw`INSERT INTO "ReviewState" ("id", "userId", "itemId", "card", "dueAt", "lastOutcome", "lastSeenAt", "reps", "lapses")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "itemId") DO UPDATE SET "card" = EXCLUDED."card", "dueAt" = EXCLUDED."dueAt",
      "lastOutcome" = EXCLUDED."lastOutcome", "lastSeenAt" = EXCLUDED."lastSeenAt", "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses"`;
}
