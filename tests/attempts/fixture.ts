// Shared setup for attempt tests: the real content tree plus two tests of our own (the content tree may not
// define confirmation tests yet): a section-style practice test and a timed Day 3 test.
import path from "node:path";
import type { PrismaClient } from "../../lib/db/client";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export const PRACTICE_ITEMS = [
  "rnn-y1-choice", // single_choice
  "rnn-three-weights", // multi_choice
  "attention-softmax-weight", // numeric with parameters
  "bptt-chain-rule", // formula
  "bptt-delta-dot-u-code", // code_blank
  "attention-weighted-sum", // short_text
] as const;

export const PRACTICE_TEST = "kk-fixture-practice";
export const EXAM_TEST = "kk-fixture-exam";

export interface FixtureOptions {
  examItems?: readonly string[];
  examMinutes?: number;
}

/** Adds the two fixture tests to a database that already holds the content. */
export async function addFixtureTests(prisma: PrismaClient, opts: FixtureOptions = {}): Promise<void> {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { slug: "day3" } });
  const items = await prisma.item.findMany({ where: { slug: { in: [...PRACTICE_ITEMS, ...(opts.examItems ?? [])] } } });
  const id = (slug: string) => {
    const it = items.find((i) => i.slug === slug);
    if (!it) throw new Error(`fixture item ${slug} missing from the content tree`);
    return it.id;
  };
  const section = await prisma.section.findUnique({ where: { slug: "day3-rnn" } });
  await prisma.test.create({
    data: {
      slug: PRACTICE_TEST,
      unitId: unit.id,
      sectionId: section?.id ?? null,
      title: { en: "Fixture practice test", ja: "確認テスト（練習）" },
      items: { create: PRACTICE_ITEMS.map((s, position) => ({ itemId: id(s), position, points: 1 })) },
    },
  });
  const examItems = opts.examItems ?? PRACTICE_ITEMS;
  await prisma.test.create({
    data: {
      slug: EXAM_TEST,
      unitId: unit.id,
      title: { en: "Fixture Day 3 exam", ja: "Day 3 模擬試験" },
      timeLimitS: Math.round((opts.examMinutes ?? 20) * 60),
      items: { create: examItems.map((s, position) => ({ itemId: id(s), position, points: s === "rnn-three-weights" ? 2 : 1 })) },
    },
  });
}

export async function makeUser(prisma: PrismaClient, name: string) {
  return prisma.user.create({ data: { email: `${name}@example.com`, name, passwordHash: "not-a-hash" } });
}

/** Correct responses for the fixture items, read from the stored (server-only) answers. */
export async function correctResponses(
  prisma: PrismaClient,
  attemptSeed: number,
  slugs: readonly string[] = PRACTICE_ITEMS,
): Promise<Record<string, unknown>> {
  const { paramsFor, toItemFile } = await import("../../lib/attempts/item-file");
  const { answerValues } = await import("../../lib/content/params");
  const out: Record<string, unknown> = {};
  const items = await prisma.item.findMany({ where: { slug: { in: [...slugs] } }, include: { versions: true } });
  for (const it of items) {
    const v = it.versions.find((x) => x.version === it.currentVersion)!;
    const a = v.answer as Record<string, unknown>;
    switch (it.kind) {
      case "single_choice":
      case "multi_choice":
        out[it.slug] = a.correct;
        break;
      case "numeric": {
        const f = toItemFile(it.kind, v);
        const fields = a.fields as Array<{ id: string; value?: number; expression?: string }>;
        const vals = answerValues(fields, paramsFor(f, attemptSeed, it.slug));
        // 10 significant digits: 4 decimals were not enough for small answers (an Adam step of 1e-3 at rel 1e-3)
        out[it.slug] = Object.fromEntries(Object.entries(vals).map(([k, x]) => [k, String(Number(x.toPrecision(10)))]));
        break;
      }
      case "formula":
        out[it.slug] = a.expression;
        break;
      case "code_blank":
        out[it.slug] = a.reference;
        break;
      case "short_text":
        out[it.slug] = (a.rightSamples as { en: string[] }).en[0];
        break;
    }
  }
  return out;
}
