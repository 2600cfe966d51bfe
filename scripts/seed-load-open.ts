// Open-answer questions for the synthetic load class (scripts/seed-load.ts): in every test of at least four questions,
// one parameterised numeric question (a convolution output size, so every attempt gets its own numbers) and one
// formula question, stored as lib/content/load.ts stores them, with realistic wrong answers for the item statistics'
// wrong-answer distributions (lib/gradebook/wrong-*.ts).
import type { PrismaClient } from "../lib/db/client";
import { answerValues } from "../lib/content/params";
import { paramsFor, toItemFile } from "../lib/attempts/item-file";

export const CONV_ANSWER = {
  parameters: { H: { range: [5, 16], step: 1 }, F: { choices: [2, 3, 5] }, P: { range: [0, 2], step: 1 }, S: { choices: [1, 2] } },
  constraints: ["(H + 2*P - F) % S == 0", "F <= H"],
  base: { H: 7, F: 3, P: 1, S: 2 },
  fields: [
    {
      id: "value",
      expression: "(H + 2*P - F) / S + 1",
      tolerance: { abs: 0 },
      integer: true,
      distractors: [
        {
          expression: "(H + 2*P - F) / S",
          feedback: { en: "Don't forget the +1 (the first window position).", ja: "最初の窓の位置の分の +1 を忘れています。" },
        },
        { expression: "(H - F) / S + 1", feedback: { en: "The padding was left out.", ja: "パディングが計算から抜けています。" } },
      ],
    },
  ],
};

export const SIGMOID_ANSWER = {
  variables: { x: { domain: [-2, 2] }, w: { domain: [-2, 2] }, b: { domain: [-2, 2] } },
  expression: "sigmoid(w*x + b)",
  equivalents: [],
  tolerance: { rel: 1e-6, abs: 1e-9 },
  samples: 12,
  distractors: [{ expression: "w*x + b", feedback: { en: "The activation is missing.", ja: "活性化関数がありません。" } }],
};

/** Wrong formula answers the SQL draws from (equivalent spellings on purpose). */
export const WRONG_FORMULAS = [
  "w*x + b",
  "x*w + b",
  "b + w x",
  "-sigmoid(w*x + b)",
  "sigmoid(w*x) + b",
  "sigmoid(w*x)",
  "2*sigmoid(w*x + b)",
  "tanh(w*x + b)",
  "sigmoid(w*x + b",
];

export function openItemContent(kind: "numeric" | "formula", slug: string) {
  return kind === "numeric"
    ? {
        content: {
          prompt: { en: `Output size for ${slug}`, ja: `${slug} の出力サイズ` },
          parameters: ["F", "H", "P", "S"],
          fields: [{ id: "value", integer: true }],
        },
        answer: CONV_ANSWER,
      }
    : {
        content: {
          prompt: { en: `Write the unit output for ${slug}`, ja: `${slug} のユニットの出力を式で書け` },
          variables: { x: {}, w: {}, b: {} },
        },
        answer: SIGMOID_ANSWER,
      };
}

/** Fills the responses of the load class's numeric answers: right ones the variant's value, wrong ones a typical slip. */
export async function fillNumericResponses(prisma: PrismaClient): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<Array<{ id: string; seed: number; slug: string; correct: boolean }>>(
    `SELECT a.id, t.seed, i.slug, a.correct FROM "Answer" a
     JOIN "TestAttempt" t ON t.id = a."attemptId" JOIN "ItemVersion" v ON v.id = a."itemVersionId" JOIN "Item" i ON i.id = v."itemId"
     WHERE i.kind = 'numeric' AND i.slug LIKE 'load-%' AND a.response IS NULL`,
  );
  const item = toItemFile("numeric", { content: {}, answer: CONV_ANSWER });
  const ids: string[] = [];
  const responses: string[] = [];
  for (const [n, r] of rows.entries()) {
    const params = paramsFor(item, r.seed, r.slug);
    const e = answerValues(CONV_ANSWER.fields, params).value!;
    const slips = [
      (params.H! + 2 * params.P! - params.F!) / params.S!,
      2 * e,
      (params.H! - params.F!) / params.S! + 1 === e ? e + 1 : (params.H! - params.F!) / params.S! + 1,
      -e,
      e + 1,
      e * 10,
      3.5,
    ];
    const value = r.correct ? e : slips[(n * 7 + r.seed) % slips.length]!;
    ids.push(r.id);
    responses.push(String(value));
  }
  if (ids.length) {
    await prisma.$executeRawUnsafe(
      `UPDATE "Answer" a SET response = jsonb_build_object('value', x.r) FROM unnest($1::uuid[], $2::text[]) AS x(id, r) WHERE a.id = x.id`,
      ids,
      responses,
    );
  }
  return ids.length;
}
