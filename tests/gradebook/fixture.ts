// A tiny hand-made content tree for progress and gradebook tests: one course, one unit, two sections, four
// single-choice items (options a–d, correct "a"), one exercise, one test over the four items.
import type { PrismaClient } from "../../lib/db/client";

export async function seedSmall(prisma: PrismaClient) {
  const course = await prisma.course.create({ data: { slug: "pc", title: { en: "Course", ja: "コース" } } });
  const unit = await prisma.unit.create({ data: { slug: "pu", courseId: course.id, title: { en: "Unit", ja: "ユニット" } } });
  const s1 = await prisma.section.create({ data: { slug: "ps1", unitId: unit.id, position: 0, title: { en: "RNN", ja: "RNN" } } });
  const s2 = await prisma.section.create({
    data: { slug: "ps2", unitId: unit.id, position: 1, title: { en: "Attention", ja: "注意機構" } },
  });
  const items = [];
  for (const [i, sec] of [s1, s1, s2, s2].entries()) {
    const item = await prisma.item.create({ data: { slug: `q${i + 1}`, sectionId: sec.id, kind: "single_choice", position: i } });
    const v = await prisma.itemVersion.create({
      data: {
        itemId: item.id,
        version: 1,
        contentHash: `q${i + 1}`,
        content: {
          prompt: { en: `Q${i + 1}`, ja: `問${i + 1}` },
          options: ["a", "b", "c", "d"].map((id) => ({ id, text: { en: id, ja: id } })),
        },
        answer: { correct: "a" },
      },
    });
    items.push({ item, version: v });
  }
  const exercise = await prisma.exercise.create({ data: { slug: "pex", sectionId: s2.id } });
  const exVersion = await prisma.exerciseVersion.create({
    data: { exerciseId: exercise.id, version: 1, contentHash: "pex", content: {}, secret: {} },
  });
  const test = await prisma.test.create({
    data: {
      slug: "ptest",
      unitId: unit.id,
      title: { en: "Check", ja: "確認テスト" },
      items: { create: items.map((x, position) => ({ itemId: x.item.id, position, points: 1 })) },
    },
  });
  return { course, unit, sections: [s1, s2], items, exercise, exVersion, test };
}

export type Small = Awaited<ReturnType<typeof seedSmall>>;

let n = 0;
export async function user(prisma: PrismaClient, name: string, role: "learner" | "instructor" | "admin" = "learner") {
  n++;
  return prisma.user.create({ data: { email: `${name}-${n}@example.com`, name, passwordHash: "x", role } });
}

/** A submitted attempt with the given responses (option id per item index; null = unanswered). */
export async function attemptWith(
  prisma: PrismaClient,
  fx: Small,
  userId: string,
  responses: Array<string | null>,
  opts: { at?: Date; mode?: "practice" | "exam" } = {},
) {
  const at = opts.at ?? new Date();
  let score = 0;
  const attempt = await prisma.testAttempt.create({
    data: {
      testId: fx.test.id,
      userId,
      mode: opts.mode ?? "exam",
      status: "submitted",
      seed: 1,
      startedAt: at,
      submittedAt: at,
      maxScore: fx.items.length,
    },
  });
  for (const [i, r] of responses.entries()) {
    const ok = r === "a";
    if (ok) score++;
    await prisma.answer.create({
      data: {
        attemptId: attempt.id,
        itemVersionId: fx.items[i]!.version.id,
        response: r ?? undefined,
        tries: 1,
        correct: ok,
        score: ok ? 1 : 0,
      },
    });
  }
  return prisma.testAttempt.update({ where: { id: attempt.id }, data: { score } });
}

export async function submissionWith(prisma: PrismaClient, fx: Small, userId: string, score: number, maxScore = 2, at = new Date()) {
  return prisma.submission.create({
    data: {
      userId,
      exerciseVersionId: fx.exVersion.id,
      idempotencyKey: `k-${Math.random()}`,
      code: "y = 1",
      status: "graded",
      score,
      maxScore,
      createdAt: at,
      gradedAt: at,
    },
  });
}
