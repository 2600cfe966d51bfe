// A tiny exercise for the queue tests: setup defines x from SEED, the learner computes y = 2 * x (+ z for seed 1).
import type { PrismaClient } from "../../lib/db/client";

export const RIGHT = "y = 2 * x\n";
export const WRONG = "y = 3 * x\n";

export async function seedExercise(prisma: PrismaClient, opts: { slug?: string; timeMs?: number } = {}) {
  const slug = opts.slug ?? "double-it";
  const course = await prisma.course.upsert({ where: { slug: "c" }, update: {}, create: { slug: "c", title: { en: "C", ja: "C" } } });
  const unit = await prisma.unit.upsert({
    where: { slug: "u" },
    update: {},
    create: { slug: "u", courseId: course.id, title: { en: "U", ja: "U" } },
  });
  const section = await prisma.section.upsert({
    where: { slug: "s" },
    update: {},
    create: { slug: "s", unitId: unit.id, title: { en: "S", ja: "S" } },
  });
  const ex = await prisma.exercise.create({ data: { slug, sectionId: section.id } });
  const version = await prisma.exerciseVersion.create({
    data: {
      exerciseId: ex.id,
      version: 1,
      contentHash: slug,
      content: {
        setup: "import numpy as np\nx = np.arange(3) + SEED\n",
        limits: { timeMs: opts.timeMs ?? 5000, memoryMb: 64, outputKb: 16 },
        publicTests: [{ name: "seed_zero", seed: 0, compare: ["y"] }],
        hiddenTestCount: 1,
      },
      secret: { solution: RIGHT, hiddenTests: [{ name: "seed_one", seed: 1, compare: ["y"] }], rtol: 1e-7, atol: 1e-9 },
    },
  });
  return { exercise: ex, version };
}

let n = 0;
export async function makeUser(prisma: PrismaClient, role: "learner" | "instructor" = "learner") {
  n++;
  return prisma.user.create({
    data: { email: `u${n}-${Math.random().toString(36).slice(2)}@example.com`, name: `U${n}`, passwordHash: "x", role },
  });
}
