// Item statistics for instructors, over the answers of FINISHED test attempts (submitted or expired; practice and
// exam) whose grade is objective (Answer.correct not null; pending short text is left out). Review sessions are left
// out: they re-ask items a learner forgot, and their totals are not comparable with a test's:
//   facility        = share of those answers that are correct (0..1);
//   discrimination  = facility among the upper 27% of respondents minus facility among the lower 27%, respondents
//                     ranked by the total score fraction of the attempt the answer belongs to (ties: older first);
//                     group size = max(1, round(0.27·n)); null with fewer than 2 respondents;
//   options         = for choice items, how often each option was chosen (multi choice: every selected option counts),
//                     plus answers with no option;
//   wrong           = the most common wrong answers: numeric (by value and by error relative to the learner's variant,
//                     lib/gradebook/wrong-numeric.ts), formula (equivalent expressions grouped, wrong-formula.ts),
//                     short text (normalised text of answers graded below full marks, wrong-text.ts).
import { inClassCond } from "@/lib/classes/scope-sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { numericWrongAnswers, type NumericWrongReport } from "./wrong-numeric";
import { formulaWrongAnswers, type FormulaWrongReport } from "./wrong-formula";
import { textWrongAnswers, type TextWrongReport } from "./wrong-text";

export type WrongAnswerReport = NumericWrongReport | FormulaWrongReport | TextWrongReport;

export interface OptionCount {
  id: string;
  text: unknown;
  correct: boolean;
  count: number;
}

export interface ItemStats {
  slug: string;
  kind: string;
  sectionTitle: unknown;
  prompt: unknown;
  n: number;
  facility: number | null;
  discrimination: number | null;
  groupSize: number;
  options: OptionCount[];
  unanswered: number;
  /** Most common wrong answers (numeric, formula and short-text questions; null for other kinds). */
  wrong: WrongAnswerReport | null;
}

export interface Respondent {
  correct: boolean;
  total: number; // attempt score fraction 0..1
  order: number; // tie-break (older first)
}

/** [correct, response, score, manualScore, itemVersionId, attempt score, attempt maxScore, attempt seed] */
type AnswerRow = [boolean | null, unknown, number | null, number | null, string, number | null, number | null, number];

export function facility(rs: Array<{ correct: boolean }>): number | null {
  return rs.length ? rs.filter((r) => r.correct).length / rs.length : null;
}

export function discrimination(rs: Respondent[]): { d: number | null; groupSize: number } {
  if (rs.length < 2) return { d: null, groupSize: 0 };
  const k = Math.max(1, Math.round(0.27 * rs.length));
  const sorted = [...rs].sort((a, b) => b.total - a.total || a.order - b.order);
  const upper = sorted.slice(0, k);
  const lower = sorted.slice(-k);
  return { d: facility(upper)! - facility(lower)!, groupSize: k };
}

/** `classId`: only the answers of that class's active learners; null/absent = everyone's (admins). */
export async function getItemStats(db: PrismaClient, slug: string, opts: { classId?: string | null } = {}): Promise<ItemStats | null> {
  const item = await db.item.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      currentVersion: true,
      section: { select: { title: true } },
      versions: { select: { id: true, version: true, content: true, answer: true } },
    },
  });
  if (!item) return null;
  const open = item.kind === "numeric" || item.kind === "formula" || item.kind === "short_text";
  // Short text graded by hand keeps correct = null, so the wrong-answer report reads every finished answer. Thousands
  // of rows: one JSON array (as the gradebook does), about 2× faster than the client's answer + attempt queries.
  const [{ rows }] = await db.$queryRaw<Array<{ rows: AnswerRow[] }>>`
    SELECT coalesce(json_agg(json_build_array(a.correct, a.response, a.score, a."manualScore", a."itemVersionId", t.score, t."maxScore", t.seed)
                             ORDER BY t."submittedAt", a.id), '[]') AS rows
    FROM "Answer" a
    JOIN "ItemVersion" v ON v.id = a."itemVersionId" AND v."itemId" = ${item.id}::uuid
    JOIN "TestAttempt" t ON t.id = a."attemptId" AND t.status <> 'in_progress' AND t."testId" IS NOT NULL ${inClassCond(Prisma.sql`t."userId"`, opts.classId ?? null)}
    ${open ? Prisma.empty : Prisma.sql`WHERE a.correct IS NOT NULL`}`;
  const all = (rows ?? []).map(([correct, response, score, manualScore, itemVersionId, total, maxScore, seed]) => ({
    correct,
    response,
    score,
    manualScore,
    itemVersionId,
    attempt: { score: total, maxScore, seed },
  }));
  const answers = all.filter((a) => a.correct !== null);
  const current = item.versions.find((v) => v.version === item.currentVersion);
  const content = (current?.content ?? {}) as {
    prompt?: unknown;
    options?: Array<{ id: string; text?: unknown; en?: unknown; ja?: unknown }>;
  };
  const correctIds = new Set(([] as unknown[]).concat((current?.answer as { correct?: unknown } | undefined)?.correct ?? []).map(String));
  const counts = new Map<string, number>();
  let unanswered = 0;
  const isChoice = item.kind === "single_choice" || item.kind === "multi_choice";
  for (const a of answers) {
    if (!isChoice) continue;
    const picked = Array.isArray(a.response) ? a.response.map(String) : typeof a.response === "string" ? [a.response] : [];
    if (picked.length === 0) unanswered++;
    for (const id of picked) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const options: OptionCount[] = isChoice
    ? [
        ...(content.options ?? []).map((o) => ({
          id: o.id,
          text: o.text ?? (o.en || o.ja ? { en: o.en, ja: o.ja } : o.id),
          correct: correctIds.has(o.id),
          count: counts.get(o.id) ?? 0,
        })),
        ...[...counts.keys()]
          .filter((id) => !(content.options ?? []).some((o) => o.id === id)) // options of older versions
          .map((id) => ({ id, text: id, correct: correctIds.has(id), count: counts.get(id)! })),
      ]
    : [];
  const rs: Respondent[] = answers.map((a, order) => ({
    correct: a.correct === true,
    total: a.attempt.maxScore ? (a.attempt.score ?? 0) / a.attempt.maxScore : 0,
    order,
  }));
  const disc = discrimination(rs);
  const versions = new Map(item.versions.map((v) => [v.id, v]));
  let wrong: WrongAnswerReport | null = null;
  if (item.kind === "numeric" && current) {
    const notRight = all.filter((a) => a.correct !== true);
    wrong = numericWrongAnswers(
      item.slug,
      versions,
      current.id,
      notRight.map((a) => ({ versionId: a.itemVersionId, response: a.response, attemptSeed: a.attempt.seed })),
    );
  } else if (item.kind === "formula") {
    wrong = formulaWrongAnswers(
      (current?.answer ?? {}) as Parameters<typeof formulaWrongAnswers>[0],
      all.filter((a) => a.correct === false).map((a) => a.response),
    );
  } else if (item.kind === "short_text") {
    wrong = textWrongAnswers(all);
  }
  return {
    slug: item.slug,
    kind: item.kind,
    sectionTitle: item.section.title,
    prompt: content.prompt ?? null,
    n: rs.length,
    facility: facility(rs),
    discrimination: disc.d,
    groupSize: disc.groupSize,
    options,
    unanswered,
    wrong,
  };
}

/** Facility per item for the item index (same answers as getItemStats), optionally only the items of some sections. */
export async function listItemFacility(
  db: PrismaClient,
  opts: { sections?: string[]; classId?: string | null } = {},
): Promise<Array<{ slug: string; kind: string; n: number; facility: number | null }>> {
  const [items, groups] = await Promise.all([
    db.item.findMany({
      where: { retired: false, ...(opts.sections?.length ? { section: { slug: { in: opts.sections } } } : {}) },
      orderBy: [{ section: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, kind: true },
    }),
    db.$queryRaw<Array<{ itemId: string; n: number; right: number }>>`
      SELECT v."itemId", count(*)::int AS n, count(*) FILTER (WHERE a.correct)::int AS "right"
      FROM "Answer" a
      JOIN "TestAttempt" t ON t.id = a."attemptId" AND t.status <> 'in_progress' AND t."testId" IS NOT NULL ${inClassCond(Prisma.sql`t."userId"`, opts.classId ?? null)}
      JOIN "ItemVersion" v ON v.id = a."itemVersionId"
      WHERE a.correct IS NOT NULL
      GROUP BY v."itemId"`,
  ]);
  const by = new Map(groups.map((g) => [g.itemId, g]));
  return items.map((i) => {
    const g = by.get(i.id);
    return { slug: i.slug, kind: i.kind, n: g?.n ?? 0, facility: g && g.n ? g.right / g.n : null };
  });
}
