// Code drafts (CodeDraft, one per learner and exercise): autosaved from /exercises/[slug], restored on load.
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Largest draft accepted (characters). */
export const MAX_DRAFT_CHARS = 100_000;

export interface Draft {
  code: string;
  updatedAt: string;
}

async function exerciseId(prisma: PrismaClient, slug: string): Promise<string | null> {
  const ex = await prisma.exercise.findUnique({ where: { slug }, select: { id: true, retired: true } });
  return ex && !ex.retired ? ex.id : null;
}

/** The learner's draft, null when none; undefined when the exercise does not exist. */
export async function getDraft(prisma: PrismaClient, userId: string, slug: string): Promise<Draft | null | undefined> {
  const id = await exerciseId(prisma, slug);
  if (!id) return undefined;
  const d = await prisma.codeDraft.findUnique({ where: { userId_exerciseId: { userId, exerciseId: id } } });
  return d ? { code: d.code, updatedAt: d.updatedAt.toISOString() } : null;
}

/** Saves (upserts) the draft; undefined when the exercise does not exist. */
export async function saveDraft(prisma: PrismaClient, userId: string, slug: string, code: string): Promise<Draft | undefined> {
  if (code.length > MAX_DRAFT_CHARS) throw new RangeError(`draft longer than ${MAX_DRAFT_CHARS} characters`);
  const id = await exerciseId(prisma, slug);
  if (!id) return undefined;
  const d = await prisma.codeDraft.upsert({
    where: { userId_exerciseId: { userId, exerciseId: id } },
    create: { userId, exerciseId: id, code },
    update: { code },
  });
  return { code: d.code, updatedAt: d.updatedAt.toISOString() };
}

/** Deletes the draft (reset to starter); true when there was one. */
export async function deleteDraft(prisma: PrismaClient, userId: string, slug: string): Promise<boolean | undefined> {
  const id = await exerciseId(prisma, slug);
  if (!id) return undefined;
  const r = await prisma.codeDraft.deleteMany({ where: { userId, exerciseId: id } });
  return r.count > 0;
}
