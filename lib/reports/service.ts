// "Report a problem": a learner reports a question or exercise that looks wrong; the report keeps what they saw (the
// item or exercise version, their variant, their answer or code); instructors list open reports, reply (the learner
// sees the reply on their progress page) or resolve them. Instructor queries are kept here so that they can be scoped
// by class in one place.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { variantSeedFor } from "@/lib/attempts/item-file";
import { inClassWhere } from "@/lib/classes/scope-sql";
import type { ReportBody } from "./http";
import { isUuid } from "@/lib/http/ids";

type Db = PrismaClient | Prisma.TransactionClient;

export interface CreatedReport {
  id: string;
  status: "open";
}

/** Files a report for the current version of the item or exercise (or, in an attempt, the version the learner saw). */
export async function createReport(db: Db, userId: string, body: ReportBody): Promise<CreatedReport> {
  if (body.kind === "exercise") {
    const ex = await db.exercise.findUnique({ where: { slug: body.slug }, select: { id: true, currentVersion: true, retired: true } });
    if (!ex || ex.retired) throw new HttpError(404, "No such exercise");
    const version = await db.exerciseVersion.findUnique({
      where: { exerciseId_version: { exerciseId: ex.id, version: ex.currentVersion } },
      select: { id: true },
    });
    if (!version) throw new HttpError(404, "No such exercise");
    const row = await db.problemReport.create({
      data: {
        userId,
        exerciseVersionId: version.id,
        message: body.message,
        ...(body.code !== undefined ? { answer: { code: body.code } } : {}),
      },
      select: { id: true },
    });
    return { id: row.id, status: "open" };
  }
  const item = await db.item.findUnique({ where: { slug: body.slug }, select: { id: true, currentVersion: true } });
  if (!item) throw new HttpError(404, "Question not found");
  let itemVersionId: string | null = null;
  let variant: Prisma.InputJsonValue | undefined;
  let answer: Prisma.InputJsonValue | undefined;
  if (body.attemptId !== undefined) {
    // Only the learner's own attempt counts; another id is treated as unknown.
    const attempt = isUuid(body.attemptId)
      ? await db.testAttempt.findFirst({ where: { id: body.attemptId, userId }, select: { id: true, seed: true } })
      : null;
    if (!attempt) throw new HttpError(404, "Attempt not found");
    const a = await db.answer.findFirst({
      where: { attemptId: attempt.id, itemVersion: { itemId: item.id } },
      select: { itemVersionId: true, response: true },
    });
    if (a) {
      itemVersionId = a.itemVersionId;
      if (a.response !== null) answer = { response: a.response as Prisma.InputJsonValue };
    }
    variant = { attemptId: attempt.id, variantSeed: variantSeedFor(attempt.seed, body.slug) };
  }
  if (!itemVersionId) {
    const v = await db.itemVersion.findUnique({
      where: { itemId_version: { itemId: item.id, version: item.currentVersion } },
      select: { id: true },
    });
    if (!v) throw new HttpError(404, "Question not found");
    itemVersionId = v.id;
  }
  const row = await db.problemReport.create({
    data: { userId, itemVersionId, message: body.message, ...(variant ? { variant } : {}), ...(answer ? { answer } : {}) },
    select: { id: true },
  });
  return { id: row.id, status: "open" };
}

export interface ReportView {
  id: string;
  status: "open" | "answered" | "resolved";
  message: string;
  reply: string | null;
  repliedAt: Date | null;
  createdAt: Date;
  /** The question or exercise, with the version the learner saw. */
  target: { kind: "item" | "exercise"; slug: string; version: number };
  variant: unknown;
  answer: unknown;
}

const VIEW_SELECT = {
  id: true,
  status: true,
  message: true,
  reply: true,
  repliedAt: true,
  createdAt: true,
  variant: true,
  answer: true,
  itemVersion: { select: { version: true, item: { select: { slug: true } } } },
  exerciseVersion: { select: { version: true, exercise: { select: { slug: true } } } },
} as const;

type Row = Prisma.ProblemReportGetPayload<{ select: typeof VIEW_SELECT }>;

function view(r: Row): ReportView {
  const target = r.itemVersion
    ? { kind: "item" as const, slug: r.itemVersion.item.slug, version: r.itemVersion.version }
    : { kind: "exercise" as const, slug: r.exerciseVersion!.exercise.slug, version: r.exerciseVersion!.version };
  return {
    id: r.id,
    status: r.status,
    message: r.message,
    reply: r.reply,
    repliedAt: r.repliedAt,
    createdAt: r.createdAt,
    target,
    variant: r.variant,
    answer: r.answer,
  };
}

/** The learner's own reports, newest first, with the instructors' replies. */
export async function listOwnReports(db: Db, userId: string, limit = 50): Promise<ReportView[]> {
  const rows = await db.problemReport.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit, select: VIEW_SELECT });
  return rows.map(view);
}

// ---------------------------------------------------------------------------------------------
// Instructors

export interface InstructorReportView extends ReportView {
  learner: { id: string; name: string; email: string };
}

/**
 * Reports for the instructor desk: open ones (the default) or all, optionally of one question or exercise.
 * `classId` (a ClassScope's learnerClassId): only reports of that class's learners; null = everyone's (admins).
 */
export async function listReports(
  db: Db,
  opts: { status?: "open" | "all"; slug?: string; limit?: number; classId?: string | null } = {},
): Promise<InstructorReportView[]> {
  const where: Prisma.ProblemReportWhereInput = {
    user: inClassWhere(opts.classId ?? null),
    ...(opts.status === "all" ? {} : { status: "open" }),
    ...(opts.slug ? { OR: [{ itemVersion: { item: { slug: opts.slug } } }, { exerciseVersion: { exercise: { slug: opts.slug } } }] } : {}),
  };
  const rows = await db.problemReport.findMany({
    where,
    orderBy: { createdAt: "asc" },
    take: opts.limit ?? 200,
    select: { ...VIEW_SELECT, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ ...view(r), learner: r.user }));
}

/** Open reports per question / exercise slug (item statistics, the instructor home), of one class's learners (classId). */
export async function openReportCounts(db: Db, classId: string | null = null): Promise<{ total: number; bySlug: Map<string, number> }> {
  const rows = await db.problemReport.findMany({
    where: { status: "open", user: inClassWhere(classId) },
    select: {
      itemVersion: { select: { item: { select: { slug: true } } } },
      exerciseVersion: { select: { exercise: { select: { slug: true } } } },
    },
  });
  const bySlug = new Map<string, number>();
  for (const r of rows) {
    const slug = r.itemVersion?.item.slug ?? r.exerciseVersion!.exercise.slug;
    bySlug.set(slug, (bySlug.get(slug) ?? 0) + 1);
  }
  return { total: rows.length, bySlug };
}

/** An instructor's reply (the report becomes answered) and/or resolution. */
/** `visible`: may the replying staff member see the report's learner (a shared class; admins: anyone)? */
export async function answerReport(
  db: Db,
  actorId: string,
  id: string,
  body: { reply?: string | undefined; resolve: boolean },
  visible: (learnerId: string) => Promise<boolean>,
): Promise<ReportView> {
  if (!isUuid(id)) throw new HttpError(404, "Report not found");
  const prev = await db.problemReport.findUnique({ where: { id }, select: { id: true, userId: true } });
  if (!prev || !(await visible(prev.userId))) throw new HttpError(404, "Report not found");
  const row = await db.problemReport.update({
    where: { id },
    data: {
      ...(body.reply !== undefined ? { reply: body.reply, repliedById: actorId, repliedAt: new Date() } : {}),
      status: body.resolve ? "resolved" : "answered",
    },
    select: VIEW_SELECT,
  });
  return view(row);
}
