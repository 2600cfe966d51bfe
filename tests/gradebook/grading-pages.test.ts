// /instructor/grading (queue + form per answer) and the item statistics page's grading history, rendered against a
// real database (next-intl's server helpers replaced by the English messages; the app router's useRouter stubbed).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { gradeShortAnswer, overrideScore } from "../../lib/gradebook/manual";
import { makeClass } from "../helpers/classes";
import { seedSmall, user } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));
vi.mock("next/navigation", async (orig) => ({ ...(await orig<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {} }) }));

let db: TestDatabase;
let teacher: { id: string; email: string; name: string };
let pendingId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const fx = await seedSmall(db.prisma);
  const item = await db.prisma.item.create({ data: { slug: "st1", sectionId: fx.sections[0]!.id, kind: "short_text", position: 9 } });
  const v = await db.prisma.itemVersion.create({
    data: {
      itemId: item.id,
      version: 1,
      contentHash: "st1",
      content: { prompt: { en: "Why do gradients vanish?", ja: "勾配消失の理由は？" } },
      answer: {
        rubric: [
          { id: "chain", keywords: ["chain rule"], description: { en: "Chain rule", ja: "連鎖律" } },
          { id: "small", keywords: ["small"] },
        ],
      },
    },
  });
  await db.prisma.testItem.create({ data: { testId: fx.test.id, itemId: item.id, position: 4, points: 1 } });
  teacher = await user(db.prisma, "Teacher T", "instructor");
  const learners: string[] = [];
  const mk = async (name: string, text: string) => {
    const l = await user(db.prisma, name);
    learners.push(l.id);
    const at = await db.prisma.testAttempt.create({
      data: {
        testId: fx.test.id,
        userId: l.id,
        mode: "exam",
        status: "submitted",
        seed: 1,
        submittedAt: new Date(),
        score: 0,
        maxScore: 5,
      },
    });
    return db.prisma.answer.create({ data: { attemptId: at.id, itemVersionId: v.id, response: text, tries: 1 } });
  };
  pendingId = (await mk("Ada <script>", "The chain rule <b>multiplies</b> factors")).id;
  const graded = await mk("Grace", "small numbers");
  await gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: graded.id, score: 0.5, comment: "partly" });
  await overrideScore(db.prisma, { actorId: teacher.id, answerId: graded.id, score: 1, reason: "Rubric too strict" });
  await makeClass(db.prisma, { instructorIds: [teacher.id], learnerIds: learners }); // the views are scoped to the teacher's class
  session = { id: teacher.id, email: teacher.email, name: teacher.name, role: "instructor", locale: null };
}, 120_000);
afterAll(() => db?.drop());

const render = (node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));

describe("instructor grading pages", () => {
  it("/instructor/grading lists the pending answer with matched keywords and a form; graded answers are gone", async () => {
    const page = (await import("../../app/instructor/grading/page")).default;
    const html = render(await page());
    expect(html).toContain("1 answer to grade");
    expect(html).toContain(`data-answer="${pendingId}"`);
    expect(html).toContain("Why do gradients vanish?");
    expect(html).toContain("The chain rule &lt;b&gt;multiplies&lt;/b&gt; factors"); // escaped, never HTML
    expect(html).toContain("Ada &lt;script&gt;");
    expect(html).toContain("Rubric criteria met: 1 of 2");
    expect(html).toContain("Chain rule — “chain rule”");
    expect(html).toMatch(/<input[^>]*name="score"[^>]*value="50"/);
    expect(html).toContain("Save grade");
    expect(html).not.toContain("Grace");
  });

  it("/instructor/items/[slug] shows the grading history of the item's answers", async () => {
    const page = (await import("../../app/instructor/items/[slug]/page")).default;
    const html = render(await page({ params: Promise.resolve({ slug: "st1" }) }));
    expect(html).toContain("Grading history");
    expect(html).toContain('data-audit="answer.override"');
    expect(html).toContain('data-audit="answer.grade"');
    expect(html).toContain("Rubric too strict");
    expect(html).toContain("50% → 100%");
    expect(html).toContain("Teacher T");
    const q1 = render(await page({ params: Promise.resolve({ slug: "q1" }) }));
    expect(q1).toContain("have been graded or overridden by hand");
  });
});
