// "Report a problem" against a real PostgreSQL (lib/reports/service.ts): a learner reports a question in an attempt
// (the version they saw, their variant and answer are kept) and an exercise (with their code); instructors see open
// reports and counts per item, reply (the learner sees it) and resolve; unknown targets and others' attempts are 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { makeClass } from "../helpers/classes";
import { createUser } from "@/lib/users";
import { HttpError } from "@/lib/http/errors";
import { ReplyBody, ReportBody } from "@/lib/reports/http";
import { answerReport, createReport, listOwnReports, listReports, openReportCounts } from "@/lib/reports/service";

let db: TestDatabase;
let learner: string;
let other: string;
let instructor: string;
let attemptId: string;

beforeAll(async () => {
  db = await createContentDatabase();
  const mk = async (email: string, role: "learner" | "instructor") =>
    (await createUser(db.prisma, { email, name: email, password: "report-pass-123", role })).id;
  instructor = await mk("ina.instructor@example.com", "instructor");
  learner = await mk("lea.learner@example.com", "learner");
  other = await mk("ole.other@example.com", "learner");
  const item = await db.prisma.item.findUniqueOrThrow({ where: { slug: "attention-softmax-weight" }, include: { versions: true } });
  const attempt = await db.prisma.testAttempt.create({ data: { userId: learner, mode: "practice", seed: 4242 } });
  attemptId = attempt.id;
  await db.prisma.answer.create({ data: { attemptId, itemVersionId: item.versions[0]!.id, response: "0.42" } });
}, 300_000);
afterAll(async () => {
  await db?.drop();
});

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof HttpError) return e.status;
    throw e;
  }
};

describe("reports", () => {
  it("keeps the version, variant and answer of a question reported in an attempt", async () => {
    const r = await createReport(
      db.prisma,
      learner,
      ReportBody.parse({ kind: "item", slug: "attention-softmax-weight", attemptId, message: "The weight looks off" }),
    );
    const row = await db.prisma.problemReport.findUniqueOrThrow({
      where: { id: r.id },
      include: { itemVersion: { include: { item: true } } },
    });
    expect(row.itemVersion!.item.slug).toBe("attention-softmax-weight");
    expect(row.answer).toEqual({ response: "0.42" });
    expect(row.variant).toMatchObject({ attemptId });
    expect(typeof (row.variant as { variantSeed: unknown }).variantSeed).toBe("number");
    expect(row.status).toBe("open");
  });

  it("keeps the code of a reported exercise", async () => {
    const r = await createReport(
      db.prisma,
      learner,
      ReportBody.parse({
        kind: "exercise",
        slug: "d-tanh",
        code: "def d_tanh(x):\n    return 1 - x ** 2\n",
        message: "The test says wrong",
      }),
    );
    const row = await db.prisma.problemReport.findUniqueOrThrow({
      where: { id: r.id },
      include: { exerciseVersion: { include: { exercise: true } } },
    });
    expect(row.exerciseVersion!.exercise.slug).toBe("d-tanh");
    expect(row.answer).toEqual({ code: "def d_tanh(x):\n    return 1 - x ** 2\n" });
  });

  it("refuses unknown targets, another learner's attempt and an empty message", async () => {
    expect(await status(createReport(db.prisma, learner, { kind: "item", slug: "no-such-item", message: "x" }))).toBe(404);
    expect(await status(createReport(db.prisma, learner, { kind: "exercise", slug: "no-such-exercise", message: "x" }))).toBe(404);
    expect(await status(createReport(db.prisma, other, { kind: "item", slug: "attention-softmax-weight", attemptId, message: "x" }))).toBe(
      404,
    );
    expect(
      await status(
        createReport(db.prisma, other, { kind: "item", slug: "attention-softmax-weight", attemptId: "not-a-uuid", message: "x" }),
      ),
    ).toBe(404);
    expect(ReportBody.safeParse({ kind: "item", slug: "attention-softmax-weight", message: "   " }).success).toBe(false);
    expect(ReplyBody.safeParse({}).success).toBe(false);
  });

  const anyone = async () => true;

  it("instructors see open reports and counts per item; a reply reaches the learner; resolving closes it", async () => {
    const open = await listReports(db.prisma);
    expect(open.map((r) => r.target.slug).sort()).toEqual(["attention-softmax-weight", "d-tanh"]);
    expect(open[0]!.learner.email).toBe("lea.learner@example.com");
    expect((await listReports(db.prisma, { slug: "d-tanh" })).map((r) => r.target.slug)).toEqual(["d-tanh"]);
    const counts = await openReportCounts(db.prisma);
    expect(counts.total).toBe(2);
    expect(counts.bySlug.get("attention-softmax-weight")).toBe(1);

    const target = open.find((r) => r.target.slug === "attention-softmax-weight")!;
    const answered = await answerReport(
      db.prisma,
      instructor,
      target.id,
      { reply: "Thanks — the tolerance was too tight; fixed.", resolve: false },
      anyone,
    );
    expect(answered.status).toBe("answered");
    const mine = await listOwnReports(db.prisma, learner);
    expect(mine.find((r) => r.id === target.id)!.reply).toBe("Thanks — the tolerance was too tight; fixed.");
    expect(await listOwnReports(db.prisma, other)).toEqual([]);
    expect((await openReportCounts(db.prisma)).total).toBe(1);

    const resolved = await answerReport(db.prisma, instructor, target.id, { resolve: true }, anyone);
    expect(resolved.status).toBe("resolved");
    expect(resolved.reply).toBe("Thanks — the tolerance was too tight; fixed."); // resolving keeps the reply
    expect(await status(answerReport(db.prisma, instructor, "00000000-0000-4000-8000-000000000000", { resolve: true }, anyone))).toBe(404);
    expect(await status(answerReport(db.prisma, instructor, "nope", { resolve: true }, anyone))).toBe(404);
    // staff who share no class with the learner: the same 404 as an unknown report, and nothing changes
    const other2 = open.find((r) => r.target.slug === "d-tanh")!;
    expect(await status(answerReport(db.prisma, instructor, other2.id, { reply: "not mine", resolve: true }, async () => false))).toBe(404);
    expect((await listReports(db.prisma, { slug: "d-tanh" }))[0]!.status).toBe("open");
  });

  it("an instructor's desk shows only the reports of their class's learners", async () => {
    const cls = await makeClass(db.prisma, { instructorIds: [instructor], learnerIds: [] });
    expect(await listReports(db.prisma, { status: "all", classId: cls.id })).toEqual([]);
    expect((await openReportCounts(db.prisma, cls.id)).total).toBe(0);
    await db.prisma.classMember.create({ data: { classId: cls.id, userId: learner, role: "learner" } });
    expect((await listReports(db.prisma, { status: "all", classId: cls.id })).length).toBeGreaterThan(0);
    expect((await openReportCounts(db.prisma, cls.id)).total).toBe((await openReportCounts(db.prisma)).total);
  });
});
