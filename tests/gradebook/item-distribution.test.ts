// Most common wrong answers on the item statistics page (lib/gradebook/wrong-*.ts via getItemStats): numeric answers
// grouped by value and by error relative to each learner's own variant, formulas grouped by equivalence, short text
// by normalised text; and the page that draws them. Real database; answers written as the attempt service stores them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { getItemStats } from "../../lib/gradebook/items";
import { classifyNumeric } from "../../lib/gradebook/wrong-numeric";
import { canonicalForm, relate } from "../../lib/gradebook/wrong-formula";
import { normalizeWrongText } from "../../lib/gradebook/wrong-text";
import { paramsFor, toItemFile } from "../../lib/attempts/item-file";
import { answerValues } from "../../lib/content/params";
import { parseFormula } from "../../lib/grading/formula";
import { seedSmall, user, type Small } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));

let db: TestDatabase;
let fx: Small;
let teacherId = "";

const CONV = {
  parameters: { H: { range: [6, 12] }, F: { choices: [3, 5] }, P: { range: [0, 1] } },
  constraints: ["H - F >= 2"],
  base: { H: 7, F: 3, P: 1 },
  fields: [
    {
      id: "value",
      expression: "H + 2*P - F + 1",
      tolerance: { abs: 0 },
      integer: true,
      distractors: [
        { expression: "H + 2*P - F", feedback: { en: "Don't forget the +1.", ja: "+1 を忘れています。" } },
        { expression: "H - F + 1" },
      ],
    },
  ],
};
const GRU = {
  parameters: {},
  constraints: [],
  base: {},
  fields: [{ id: "value", expression: "3 * (10*20 + 20*20 + 20)", tolerance: { abs: 0 }, integer: true, distractors: [] }],
};
const RNN = {
  variables: { x: { domain: [-2, 2] }, w: { domain: [-2, 2] } },
  expression: "sigmoid(w*x)",
  equivalents: [],
  tolerance: { rel: 1e-6, abs: 1e-9 },
  samples: 12,
  distractors: [{ expression: "w*x", feedback: { en: "The sigmoid is missing.", ja: "シグモイドがありません。" } }],
};

async function item(slug: string, kind: "numeric" | "formula" | "short_text", answer: object) {
  const it = await db.prisma.item.create({ data: { slug, sectionId: fx.sections[0].id, kind, position: 10 } });
  const v = await db.prisma.itemVersion.create({
    data: { itemId: it.id, version: 1, contentHash: slug, content: { prompt: { en: `Prompt ${slug}`, ja: `問題 ${slug}` } }, answer },
  });
  return v;
}

/** One learner's finished attempt with one answer. */
async function answer(
  versionId: string,
  seed: number,
  response: unknown,
  grade: { correct: boolean | null; score?: number | null; manualScore?: number },
) {
  const l = await user(db.prisma, `L${seed}`);
  const a = await db.prisma.testAttempt.create({
    data: { testId: fx.test.id, userId: l.id, mode: "exam", status: "submitted", seed, submittedAt: new Date(), score: 0, maxScore: 1 },
  });
  await db.prisma.answer.create({
    data: {
      attemptId: a.id,
      itemVersionId: versionId,
      response: response as never,
      tries: 1,
      correct: grade.correct,
      score: grade.score === undefined ? (grade.correct === null ? null : grade.correct ? 1 : 0) : grade.score,
      ...(grade.manualScore !== undefined ? { manualScore: grade.manualScore, gradedById: teacherId } : {}),
    },
  });
}

const convExpected = (seed: number) => {
  const it = toItemFile("numeric", { content: {}, answer: CONV });
  return answerValues(CONV.fields as never, paramsFor(it, seed, "conv")).value!;
};

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  teacherId = (await user(db.prisma, "Teacher", "instructor")).id;
  // conv: every learner has a different variant. Wrong answers: forgot +1 (×3), doubled (×2), sign (×1), +1 too
  // many (×1), not a number (×1); one right answer; one blank.
  const conv = await item("conv", "numeric", CONV);
  let seed = 100;
  const wrong = (f: (e: number) => string) => answer(conv.id, seed, { value: f(convExpected(seed++)) }, { correct: false });
  for (let i = 0; i < 3; i++) await wrong((e) => String(e - 1));
  for (let i = 0; i < 2; i++) await wrong((e) => String(2 * e));
  await wrong((e) => `－${e}`); // full-width minus, as typed on a Japanese keyboard
  await wrong((e) => String(e + 1));
  await wrong(() => "three");
  await answer(conv.id, seed, { value: String(convExpected(seed++)) }, { correct: true });
  await answer(conv.id, seed++, { value: "" }, { correct: false });
  // gru (no parameters, 1860): 2480 ×3, 1240 ×2, "1,860" ×1
  const gru = await item("gru", "numeric", GRU);
  for (const r of ["2480", "2480", "2.48e3", "1240", "1240", "1,860"]) await answer(gru.id, seed++, { value: r }, { correct: false });
  await answer(gru.id, seed++, { value: "1860" }, { correct: true });
  // rnn formula: three spellings of 2wx, two of -σ(wx), the distractor w·x twice, σ(wx)+1, one that does not parse
  const rnn = await item("rnn", "formula", RNN);
  for (const r of ["2*w*x", "w*x*2", "x*w + w*x", "-sigmoid(w*x)", "-sigmoid(x*w)", "w x", "x*w", "sigmoid(w*x) + 1", "sigmoid(w*"])
    await answer(rnn.id, seed++, r, { correct: false });
  await answer(rnn.id, seed++, "1/(1+exp(-w*x))", { correct: true });
  // short text: three spellings of one half-right answer, one wrong one, one full-marks answer, one pending
  const st = await item("why", "short_text", { rubric: [{ id: "k", keywords: ["chain rule"] }] });
  for (const [r, m] of [
    ["Vanishing gradient.", 0.5],
    ["vanishing  GRADIENT", 0.5],
    ["ｖａｎｉｓｈｉｎｇ gradient", 0],
    ["It gets smaller", 0],
    ["By the chain rule the gradient shrinks", 1],
  ] as const) {
    await answer(st.id, seed++, r, { correct: null, manualScore: m });
  }
  await answer(st.id, seed++, "pending one", { correct: null });
  await teachEveryLearner(db.prisma, teacherId); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

describe("numeric wrong answers", () => {
  it("classifies an error relative to the expected value", () => {
    const tol = { mode: "absrel" as const, abs: 0 };
    expect(classifyNumeric(4, 5, [{ value: 4, expression: "n - 1", feedback: null }], tol)).toMatchObject({ kind: "distractor", index: 0 });
    expect(classifyNumeric(-5, 5, [], tol)).toEqual({ kind: "sign" });
    expect(classifyNumeric(10, 5, [], tol)).toEqual({ kind: "factor", factor: 2 });
    expect(classifyNumeric(0.005, 5, [], tol)).toEqual({ kind: "factor", factor: 0.001 });
    expect(classifyNumeric(6, 5, [], tol)).toEqual({ kind: "offset", offset: 1 });
    expect(classifyNumeric(7.3, 5, [], tol)).toEqual({ kind: "ratio", ratio: 1.5 });
    expect(classifyNumeric(3, 0, [], tol)).toEqual({ kind: "other" });
    // within tolerance of 2× still counts as 2×
    expect(classifyNumeric(10.04, 5, [], { mode: "absrel", rel: 0.01 })).toEqual({ kind: "factor", factor: 2 });
  });

  it("parameterised: grouped by the error in each learner's own variant, and by value", async () => {
    const s = (await getItemStats(db.prisma, "conv"))!;
    expect(s.wrong?.kind).toBe("numeric");
    if (s.wrong?.kind !== "numeric") return;
    expect(s.wrong.parameterised).toBe(true);
    const f = s.wrong.fields[0]!;
    expect([f.id, f.wrong, f.blank]).toEqual(["value", 8, 1]);
    expect(f.byPattern.map((g) => [g.label.kind, g.count])).toEqual([
      ["distractor", 3],
      ["factor", 2],
      ["sign", 1],
      ["offset", 1],
    ]);
    expect(f.byPattern[0]!.label).toMatchObject({ kind: "distractor", index: 0, feedback: { en: "Don't forget the +1." } });
    expect(f.byPattern[0]!.share).toBeCloseTo(3 / 8);
    expect(f.byPattern[1]!.label).toEqual({ kind: "factor", factor: 2 });
    expect(f.byPattern[0]!.example).toMatch(/^\d+ \(\d+\)$/); // the answer and what that variant expected
    // by value: the unparsable text is its own group; counts add up to the wrong answers
    expect(f.byValue.reduce((n, g) => n + g.count, 0) + f.otherValues).toBe(8);
    expect(f.byValue.find((g) => g.label.kind === "text")).toMatchObject({ count: 1, example: "three" });
  });

  it("fixed value: equal values group together whatever the spelling", async () => {
    const s = (await getItemStats(db.prisma, "gru"))!;
    if (s.wrong?.kind !== "numeric") throw new Error("numeric report expected");
    expect(s.wrong.parameterised).toBe(false);
    const f = s.wrong.fields[0]!;
    expect(f.byValue.map((g) => [g.key, g.count, g.spellings])).toEqual([
      ["v:2480", 3, 2],
      ["v:1240", 2, 1],
      ["t:1,860", 1, 1],
    ]);
    expect(f.byValue[0]!.example).toBe("2480");
    expect(f.byPattern.map((g) => [g.label, g.count])).toEqual([
      [{ kind: "ratio", ratio: 1.3 }, 3], // 4 × (…) instead of 3 × (…): 4/3 of the answer
      [{ kind: "ratio", ratio: 0.67 }, 2],
    ]);
  });
});

describe("formula wrong answers", () => {
  it("canonical form is mathjs simplify; relations hold at every sample point or not at all", () => {
    const node = (s: string) => {
      const p = parseFormula(s, ["x", "w"]);
      if (!p.ok) throw new Error(s);
      return p.node;
    };
    expect(canonicalForm(node("x*w + w*x"))).toBe("2 * x * w");
    expect(canonicalForm(node("w x"))).toBe("w * x");
    expect(relate([-1, -2, -3], [1, 2, 3])).toEqual({ kind: "sign" });
    expect(relate([3, 6, 9], [1, 2, 3])).toEqual({ kind: "factor", factor: 3 });
    expect(relate([2, 3, 4], [1, 2, 3])).toEqual({ kind: "offset", offset: 1 });
    expect(relate([2, 3, 5], [1, 2, 3])).toEqual({ kind: "none" });
  });

  it("equivalent wrong expressions form one group, shown simplified, related to the expected one", async () => {
    const s = (await getItemStats(db.prisma, "rnn"))!;
    if (s.wrong?.kind !== "formula") throw new Error("formula report expected");
    expect(s.wrong.wrong).toBe(9);
    expect(s.wrong.groups.map((g) => [g.count, g.spellings, g.example, g.label])).toEqual([
      [3, 3, "2*w*x", { kind: "formula", canonical: "2 * w * x", relation: { kind: "none" } }],
      [2, 2, "-sigmoid(w*x)", { kind: "formula", canonical: "-sigmoid(w * x)", relation: { kind: "sign" } }],
      [
        2,
        2,
        "w x",
        {
          kind: "formula",
          canonical: "w * x",
          relation: {
            kind: "distractor",
            index: 0,
            expression: "w*x",
            feedback: { en: "The sigmoid is missing.", ja: "シグモイドがありません。" },
          },
        },
      ],
      [1, 1, "sigmoid(w*x) + 1", { kind: "formula", canonical: "sigmoid(w * x) + 1", relation: { kind: "offset", offset: 1 } }],
      [1, 1, "sigmoid(w*", { kind: "invalid", text: "sigmoid(w*" }],
    ]);
    expect(s.wrong.groups[0]!.share).toBeCloseTo(3 / 9);
    expect(s.wrong.other).toBe(0);
  });
});

describe("short-text wrong answers", () => {
  it("graded below full marks, grouped by normalised text; pending ones only counted", async () => {
    expect(normalizeWrongText("ｖａｎｉｓｈｉｎｇ　Gradient。")).toBe("vanishing gradient");
    const s = (await getItemStats(db.prisma, "why"))!;
    if (s.wrong?.kind !== "text") throw new Error("text report expected");
    expect([s.wrong.wrong, s.wrong.pending]).toEqual([4, 1]);
    expect(s.wrong.groups.map((g) => [g.label.text, g.count, g.spellings])).toEqual([
      ["vanishing gradient", 3, 3],
      ["it gets smaller", 1, 1],
    ]);
    expect(s.wrong.groups[0]!.example).toBe("Vanishing gradient.");
  });
});

describe("/instructor/items/[slug]", () => {
  const render = (node: ReactNode) =>
    renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));
  const page = async (slug: string) => {
    session = { id: teacherId, email: "t@example.com", name: "Teacher", role: "instructor", locale: null };
    const Page = (await import("../../app/instructor/items/[slug]/page")).default;
    return render(await Page({ params: Promise.resolve({ slug }) }));
  };

  it("draws the wrong-answer groups with counts, shares, bars and examples", async () => {
    const conv = await page("conv");
    expect(conv).toContain("Most common wrong answers");
    expect(conv).toContain("By error relative to the expected value");
    expect(conv).toContain("Known mistake: Don&#x27;t forget the +1.");
    expect(conv).toContain("Off by a factor of 2");
    expect(conv).toContain("Sign flipped");
    expect(conv).toContain("Off by +1");
    expect(conv).toContain("Not a number: three");
    expect(conv).toContain("1 answer left this field blank.");
    expect(conv).toMatch(/<td[^>]*>37.5%<svg[^>]*><rect x="0" y="0" width="37.50"/);
    const rnn = await page("rnn");
    expect(rnn).toContain("<code>2 * w * x</code>");
    expect(rnn).toContain("3 spellings");
    expect(rnn).toContain("Known mistake: The sigmoid is missing.");
    expect(rnn).toContain("Does not parse: sigmoid(w*");
    const why = await page("why");
    expect(why).toContain("vanishing gradient");
    expect(why).toContain("1 answer is still waiting for a grade and not included.");
    expect(await page("q1")).not.toContain("Most common wrong answers"); // choice questions have the option table instead
  });
});
