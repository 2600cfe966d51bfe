// "What to resume": the learner's open attempts (tests in practice or exam mode, review sessions) and code exercises
// whose saved draft is newer than — and different from — the last submission. Every query is filtered by the learner.
//
// An exam whose deadline has passed is left out: it is no longer resumable, and it is graded (lazy expiry) the next
// time its test page is opened.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { attemptHref, DEADLINE_GRACE_MS, isOverdue } from "@/lib/attempts/service";

export interface ResumeAttempt {
  attemptId: string;
  kind: "test" | "review";
  /** the test's title ({en, ja}); null for a review session */
  title: unknown;
  mode: "practice" | "exam";
  startedAt: Date;
  deadlineAt: Date | null;
  /** whole seconds left before the deadline; null when untimed */
  secondsLeft: number | null;
  answered: number;
  total: number;
  href: string;
}

export interface ResumeDraft {
  slug: string;
  title: unknown;
  href: string;
  savedAt: Date;
  /** the last submission of this exercise, null when never submitted */
  lastSubmittedAt: Date | null;
}

export interface ResumeList {
  attempts: ResumeAttempt[];
  drafts: ResumeDraft[];
}

function hasResponse(r: unknown): boolean {
  if (r === null || r === undefined) return false;
  if (typeof r === "string") return r.trim() !== "";
  if (Array.isArray(r)) return r.length > 0;
  if (typeof r === "object") return Object.values(r as object).some((v) => v !== null && String(v).trim() !== "");
  return true;
}

export async function getResumeList(db: PrismaClient, userId: string, now = new Date()): Promise<ResumeList> {
  const [open, drafts] = await Promise.all([
    db.testAttempt.findMany({
      where: { userId, status: "in_progress" },
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        testId: true,
        mode: true,
        status: true,
        startedAt: true,
        deadlineAt: true,
        test: { select: { slug: true, title: true } },
        answers: { select: { response: true, tries: true, revealed: true } },
      },
    }),
    db.codeDraft.findMany({
      where: { userId, exercise: { retired: false } },
      orderBy: { updatedAt: "desc" },
      select: {
        code: true,
        updatedAt: true,
        exercise: { select: { id: true, slug: true, currentVersion: true, versions: { select: { version: true, content: true } } } },
      },
    }),
  ]);

  const attempts: ResumeAttempt[] = open
    .filter((a) => !isOverdue(a, now, DEADLINE_GRACE_MS))
    .map((a) => ({
      attemptId: a.id,
      kind: a.test ? "test" : "review",
      title: a.test?.title ?? null,
      mode: a.mode,
      startedAt: a.startedAt,
      deadlineAt: a.deadlineAt,
      secondsLeft: a.deadlineAt ? Math.max(0, Math.floor((a.deadlineAt.getTime() - now.getTime()) / 1000)) : null,
      answered: a.answers.filter((x) => x.tries > 0 || x.revealed || hasResponse(x.response)).length,
      total: a.answers.length,
      // a test's page resumes its open attempt of the mode asked for; a review session has its own page
      href: a.test
        ? `/tests/${encodeURIComponent(a.test.slug)}${a.mode === "practice" ? "?mode=practice" : ""}`
        : attemptHref({ id: a.id, test: null }),
    }));

  const ids = drafts.map((d) => d.exercise.id);
  const last = ids.length
    ? await db.$queryRaw<Array<{ exerciseId: string; createdAt: Date; code: string }>>`
        SELECT DISTINCT ON (v."exerciseId") v."exerciseId" AS "exerciseId", s."createdAt" AS "createdAt", s.code AS code
        FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
        WHERE s."userId" = ${userId}::uuid AND v."exerciseId" = ANY(${ids}::uuid[])
        ORDER BY v."exerciseId", s."createdAt" DESC`
    : [];
  const lastOf = new Map(last.map((r) => [r.exerciseId, r]));
  const resumable: ResumeDraft[] = drafts.flatMap((d) => {
    const sub = lastOf.get(d.exercise.id);
    if (sub && (sub.createdAt.getTime() >= d.updatedAt.getTime() || sub.code === d.code)) return [];
    const ex = d.exercise;
    const content = ex.versions.find((v) => v.version === ex.currentVersion)?.content as { title?: unknown } | undefined;
    return [
      {
        slug: ex.slug,
        title: content?.title ?? ex.slug,
        href: `/exercises/${encodeURIComponent(ex.slug)}`,
        savedAt: d.updatedAt,
        lastSubmittedAt: sub?.createdAt ?? null,
      },
    ];
  });

  return { attempts, drafts: resumable };
}
