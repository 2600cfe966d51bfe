// lib/gradebook/exercise-stats (headline statistics, per-test pass rates, failure patterns with examples) on a real
// database with hand-made graded submissions of several learners, and the /instructor/exercises/[slug] page rendered
// from it (next-intl's server helpers replaced by the English messages; the app router's useRouter stubbed).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { getExerciseStats, listExerciseLinks } from "../../lib/gradebook/exercise-stats";
import { failureCategory } from "../../lib/gradebook/failure-category";
import { seedSmall, user } from "./fixture";
import { FORBIDDEN, NOT_FOUND, pageOutcome } from "../helpers/page-outcome";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));
vi.mock("next/navigation", async (orig) => ({ ...(await orig<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {} }) }));

const FORWARD = "forward shape";
const HB = "h_b reversed";
const CONCAT = "concat axis";
const HIDDEN = "hidden seed 7";

type R = { name: string; hidden?: boolean; fail?: "transposed" | "reshaped" | "values" | "index" | "syntax" };
const msg = (en: string) => ({ en, ja: `${en}（ja）` });
function feedback(r: R) {
  if (!r.fail) return { code: "exercise.pass", message: msg("Passed.") };
  if (r.hidden) return { passed: false };
  switch (r.fail) {
    case "transposed":
      return { code: "exercise.mismatch.transposed", message: msg("h_b looks transposed."), expected: "…", got: "…" };
    case "reshaped":
      return { code: "exercise.mismatch.reshaped", message: msg("h_b has the right values in the wrong shape."), expected: "…", got: "…" };
    case "values":
      return { code: "exercise.mismatch.value_mismatch", message: msg("h differs from the expected values.") };
    case "index":
      return {
        code: "exercise.error",
        message: msg("IndexError (line 3): index 5 is out of bounds"),
        error: { type: "IndexError", message: "index 5 is out of bounds", line: 3, inLearnerCode: true },
      };
    case "syntax":
      return { code: "exercise.syntax_error", message: msg("SyntaxError (line 1, column 4): invalid syntax") };
  }
}

let db: TestDatabase;
const L = {} as Record<"ada" | "ben" | "cho" | "dan" | "eve" | "fay" | "gus" | "hal", { id: string; email: string; name: string }>;
const subs = {} as Record<string, string>;
let teacher: { id: string; email: string; name: string };
const T0 = Date.parse("2026-11-01T09:00:00Z");
const at = (min: number) => new Date(T0 + min * 60_000);

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const fx = await seedSmall(db.prisma);
  const ex = await db.prisma.exercise.create({ data: { slug: "birnn", sectionId: fx.sections[1]!.id, position: 1, currentVersion: 2 } });
  const v1 = await db.prisma.exerciseVersion.create({
    data: {
      exerciseId: ex.id,
      version: 1,
      contentHash: "v1",
      content: { title: msg("Bidirectional RNN"), publicTests: [{ name: "old test" }] },
      secret: { hiddenTests: [] },
    },
  });
  const v2 = await db.prisma.exerciseVersion.create({
    data: {
      exerciseId: ex.id,
      version: 2,
      contentHash: "v2",
      content: { title: { en: "Bidirectional RNN", ja: "双方向RNN" }, publicTests: [{ name: FORWARD }, { name: HB }, { name: CONCAT }] },
      secret: { hiddenTests: [{ name: HIDDEN }] },
    },
  });
  for (const k of Object.keys({ ada: 0, ben: 0, cho: 0, dan: 0, eve: 0, fay: 0, gus: 0, hal: 0 }) as Array<keyof typeof L>)
    L[k] = await user(db.prisma, k === "hal" ? "Hal <script>" : k);
  teacher = await user(db.prisma, "Teacher", "instructor");

  const submit = async (
    label: string,
    userId: string,
    minute: number,
    results: R[] | null,
    opts: { version?: string; status?: "graded" | "queued" | "error"; code?: string } = {},
  ) => {
    const score = results ? results.filter((r) => !r.fail).length : null;
    const s = await db.prisma.submission.create({
      data: {
        userId,
        exerciseVersionId: opts.version ?? v2.id,
        idempotencyKey: `k-${label}`,
        code: opts.code ?? `# ${label}\nh = np.concatenate([h_f, h_b], axis=0)\n`,
        status: opts.status ?? "graded",
        score: opts.status && opts.status !== "graded" ? null : score,
        maxScore: results ? results.length : null,
        createdAt: at(minute),
        gradedAt: opts.status === "queued" ? null : at(minute),
        results: results
          ? {
              create: results.map((r) => ({
                testName: r.name,
                hidden: !!r.hidden,
                passed: !r.fail,
                points: r.fail ? 0 : 1,
                maxPoints: 1,
                durationMs: 1,
                feedback: feedback(r),
              })),
            }
          : undefined,
      },
    });
    subs[label] = s.id;
  };
  const all = (over: Partial<Record<string, R["fail"]>> = {}): R[] =>
    [FORWARD, HB, CONCAT, HIDDEN].map((name) => ({ name, hidden: name === HIDDEN, ...(over[name] ? { fail: over[name] } : {}) }));
  const shapeAndValues = (hb: "transposed" | "reshaped" = "transposed") => all({ [HB]: hb, [CONCAT]: "values" });

  // Ada: h_b/concat wrong on v1 (which also had "old test"), then full marks
  await submit("ada1", L.ada.id, 1, [...shapeAndValues(), { name: "old test" }], { version: v1.id });
  await submit("ada2", L.ada.id, 20, all());
  // Ben: full marks at once
  await submit("ben1", L.ben.id, 2, all());
  // Cho: the same misconception twice
  await submit("cho1", L.cho.id, 3, shapeAndValues());
  await submit("cho2", L.cho.id, 30, shapeAndValues());
  // Dan: an IndexError that breaks everything
  await submit("dan1", L.dan.id, 4, all({ [FORWARD]: "index", [HB]: "index", [CONCAT]: "index", [HIDDEN]: "index" }));
  // Eve: only the hidden test fails
  await submit("eve1", L.eve.id, 5, all({ [HIDDEN]: "values" }));
  // Fay: a syntax error, then the common misconception (reshaped this time); her code is the newest example
  await submit("fay1", L.fay.id, 6, all({ [FORWARD]: "syntax", [HB]: "syntax", [CONCAT]: "syntax", [HIDDEN]: "syntax" }));
  await submit("fay2", L.fay.id, 40, shapeAndValues("reshaped"), { code: "h = np.concatenate([h_f, h_b])  # <script>alert(1)</script>\n" });
  // Gus: waiting in the queue; Hal: grading failed
  await submit("gus1", L.gus.id, 7, null, { status: "queued" });
  await submit("hal1", L.hal.id, 8, null, { status: "error" });
  // an instructor's own try does not count
  await submit("teacher1", teacher.id, 9, all({ [FORWARD]: "values" }));
  await teachEveryLearner(db.prisma, teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

describe("failureCategory", () => {
  it("maps feedback codes to what an instructor reads", () => {
    expect(failureCategory("exercise.mismatch.transposed", false)).toBe("shape");
    expect(failureCategory("exercise.mismatch.shape_mismatch", false)).toBe("shape");
    expect(failureCategory("exercise.mismatch.value_mismatch", false)).toBe("values");
    expect(failureCategory("exercise.mismatch.sign_flipped", false)).toBe("values");
    expect(failureCategory("exercise.mismatch.dtype_mismatch", false)).toBe("type");
    expect(failureCategory("exercise.error", false)).toBe("error");
    expect(failureCategory("exercise.syntax_error", false)).toBe("syntax");
    expect(failureCategory("exercise.timeout", false)).toBe("limit");
    expect(failureCategory("exercise.missing_variable", false)).toBe("missing");
    expect(failureCategory(null, true)).toBe("hidden");
    expect(failureCategory("exercise.internal", false)).toBe("grader");
  });
});

describe("getExerciseStats", () => {
  it("headline numbers count learners only, first and eventual full marks, mean latest score", async () => {
    const s = (await getExerciseStats(db.prisma, "birnn"))!;
    expect(s.title).toEqual({ en: "Bidirectional RNN", ja: "双方向RNN" });
    expect(s.currentVersion).toBe(2);
    expect(s.submissions).toEqual({ total: 11, graded: 9, pending: 1, errors: 1 });
    expect(s.learners).toBe(8);
    expect(s.firstPass).toEqual({ passed: 1, of: 6, rate: 1 / 6 });
    expect(s.eventualPass).toEqual({ passed: 2, of: 6, rate: 2 / 6 });
    expect(s.meanLatestScore).toBeCloseTo((1 + 1 + 0.5 + 0 + 0.75 + 0.5) / 6, 10);
    expect(s.tests.map((t) => [t.name, t.hidden, t.current])).toEqual([
      [FORWARD, false, true],
      [HB, false, true],
      [CONCAT, false, true],
      [HIDDEN, true, true],
      ["old test", false, false],
    ]);
  });

  it("latest scope: per-test pass rates and failure patterns over each learner's latest graded submission", async () => {
    const s = (await getExerciseStats(db.prisma, "birnn", { scope: "latest" }))!;
    expect(s.inScope).toBe(6);
    expect(s.passingInScope).toBe(2);
    expect(s.perTest.map((t) => [t.name, t.passed, t.runs])).toEqual([
      [FORWARD, 5, 6],
      [HB, 3, 6],
      [CONCAT, 3, 6],
      [HIDDEN, 4, 6],
      ["old test", 0, 0],
    ]);
    expect(s.perTest[4]!.rate).toBeNull();
    expect(
      s.patterns.map((p) => [p.tests.map((t) => `${t.name}:${t.category}${t.errorType ? `:${t.errorType}` : ""}`), p.count, p.learners]),
    ).toEqual([
      [[`${HB}:shape`, `${CONCAT}:values`], 2, 2],
      [[`${HIDDEN}:hidden`], 1, 1],
      [[`${FORWARD}:error:IndexError`, `${HB}:error:IndexError`, `${CONCAT}:error:IndexError`, `${HIDDEN}:hidden`], 1, 1],
    ]);
    const top = s.patterns[0]!;
    expect(top.share).toBeCloseTo(2 / 6, 10);
    // the newest submission of the pattern is the example, with its code
    expect(top.example).toMatchObject({ submissionId: subs.fay2, userId: L.fay.id, userName: "fay", score: 2, maxScore: 4 });
    expect(top.example.code).toContain("<script>alert(1)</script>");
    expect(s.patterns[1]!.tests[0]!.message).toBeNull(); // hidden: nothing but pass/fail was stored
    expect(s.patterns[2]!.tests[0]!.message?.en).toBe("IndexError (line 3): index 5 is out of bounds");
    expect(s.otherPatterns).toEqual({ patterns: 0, submissions: 0 });
  });

  it("all scope: every graded submission; the typical message is the most frequent one; extra patterns are summed", async () => {
    const s = (await getExerciseStats(db.prisma, "birnn", { scope: "all" }))!;
    expect(s.inScope).toBe(9);
    expect(s.passingInScope).toBe(2);
    const top = s.patterns[0]!;
    expect(top.count).toBe(4); // ada1 (v1), cho1, cho2, fay2
    expect(top.learners).toBe(3);
    expect(top.tests[0]).toMatchObject({
      name: HB,
      category: "shape",
      code: "exercise.mismatch.transposed",
      message: msg("h_b looks transposed."),
    });
    expect(top.tests[1]).toMatchObject({ name: CONCAT, category: "values", code: "exercise.mismatch.value_mismatch" });
    expect(s.patterns.map((p) => p.count)).toEqual([4, 1, 1, 1]);
    expect(
      s.patterns.some(
        (p) => p.tests.every((t) => t.category === "syntax" || t.category === "hidden") && p.example.submissionId === subs.fay1,
      ),
    ).toBe(true);
    expect(s.perTest.find((t) => t.name === "old test")).toMatchObject({ passed: 1, runs: 1, rate: 1 });

    const capped = (await getExerciseStats(db.prisma, "birnn", { scope: "all", maxPatterns: 2 }))!;
    expect(capped.patterns).toHaveLength(2);
    expect(capped.otherPatterns).toEqual({ patterns: 2, submissions: 2 });
  });

  it("unknown exercise → null; the overview lists exercises with their submission counts", async () => {
    expect(await getExerciseStats(db.prisma, "nope")).toBeNull();
    const links = await listExerciseLinks(db.prisma);
    expect(links.map((l) => [l.slug, l.submissions])).toEqual([
      ["pex", 0],
      ["birnn", 12],
    ]);
    expect(links[1]!.title).toEqual({ en: "Bidirectional RNN", ja: "双方向RNN" });
  });
});

const render = (node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));

describe("/instructor/exercises/[slug]", () => {
  const page = async (slug: string, scope?: string) => {
    const Page = (await import("../../app/instructor/exercises/[slug]/page")).default;
    return Page({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(scope ? { scope } : {}) });
  };

  it("learner → 403, signed out → sign-in redirect, unknown slug → 404", async () => {
    session = { id: L.ada.id, email: L.ada.email, name: L.ada.name, role: "learner", locale: null };
    expect(await pageOutcome(page("birnn"))).toMatch(FORBIDDEN);
    session = null;
    expect(await pageOutcome(page("birnn"))).toMatch(/NEXT_REDIRECT.*\/signin\?callbackUrl=%2Finstructor%2Fexercises%2Fbirnn/);
    session = { id: teacher.id, email: teacher.email, name: teacher.name, role: "instructor", locale: null };
    expect(await pageOutcome(page("nope"))).toMatch(NOT_FOUND);
  });

  it("shows the numbers, a bar per test, the patterns with an escaped example and a link to the learner's history", async () => {
    session = { id: teacher.id, email: teacher.email, name: teacher.name, role: "instructor", locale: null };
    const html = render(await page("birnn"));
    expect(html).toContain("Exercise statistics: Bidirectional RNN");
    expect(html).toMatch(/data-stat="first-pass"><dt>[^<]+<\/dt><dd>16.7%/);
    expect(html).toContain("1 of 6 learners");
    expect(html).toMatch(/data-stat="mean-score"><dt>[^<]+<\/dt><dd>62.5%/);
    expect(html).toMatch(new RegExp(`data-test="${HB}".*?<rect[^>]*width="50.00"`));
    expect(html).toContain(`Shape mismatch in <code>${HB}</code>`);
    expect(html).toContain(`Wrong values in <code>${CONCAT}</code>`);
    // tests that failed the same way are listed together
    expect(html).toContain(
      `Python error (IndexError) in <code>${FORWARD}</code>, <code>${HB}</code>, <code>${CONCAT}</code></span><span> + Failed hidden test in <code>${HIDDEN}</code>`,
    );
    expect(html).toContain("2 submissions (33.3%) · 2 learners");
    expect(html).toContain(`href="/instructor/learners/${L.fay.id}#submission-${subs.fay2}"`);
    expect(html).toContain("# &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("Regrade all 11 submissions");
    expect(html).toContain("This exercise has not been regraded.");
    const all = render(await page("birnn", "all"));
    expect(all).toContain("4 submissions (44.4%) · 3 learners");
    expect(all).toContain("Syntax error in <code>");
  });
});
