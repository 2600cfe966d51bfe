// The access suite's world: an admin (probing only the routes whose entry names an admin outcome), an instructor
// teaching class X (with learners A and B and an extra learner whom the
// probes remove), an instructor of another class Y (who shares no class with A or B and must see nothing of
// theirs), an assignment in class X, learner A (the owner, whose ids fill every route's params) with a
// practice attempt in progress, a submitted exam with a short answer pending manual grading, a code draft and a
// code submission — each carrying a distinctive string — and learner B (the other learner) with a draft of their own.
// A's data is created through the real HTTP routes, signed in as A.
import type { PrismaClient } from "../../lib/db/client";
import { createUser } from "../../lib/users";
import { makeClass } from "../helpers/classes";
import { addFixtureTests, EXAM_TEST, PRACTICE_TEST } from "../attempts/fixture";
import { Client } from "./http";

export const ROLES = ["signedOut", "owner", "other", "instructor", "otherInstructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PEOPLE = {
  admin: { email: "acl-admin@example.com", name: "Adele Admin", password: "acl-admin-pass-1", role: "admin" as const },
  instructor: { email: "ivy.instructor@example.com", name: "Ivy Instructor", password: "acl-instr-pass-1", role: "instructor" as const },
  otherInstructor: {
    email: "oscar.elsewhere@example.com",
    name: "Oscar Elsewhere",
    password: "acl-instr-pass-2",
    role: "instructor" as const,
  },
  extra: { email: "eve.extra@example.com", name: "Eve Extralearner", password: "acl-extra-pass-1", role: "learner" as const },
  owner: { email: "ava.owner@example.com", name: "Ava Ownerlearner", password: "acl-owner-pass-1", role: "learner" as const },
  other: { email: "ben.other@example.com", name: "Ben Otherlearner", password: "acl-other-pass-1", role: "learner" as const },
};

/** Strings that exist only in one learner's data: finding one in a response someone else got is a leak. */
export const SECRETS = {
  ownerPracticeAnswer: "zq-practice-answer-of-ava-7f3e1",
  ownerExamAnswer: "zq-exam-answer-of-ava-91c0d",
  ownerDraftCode: "zq_draft_code_of_ava_52ab",
  ownerSubmissionCode: "zq_submitted_code_of_ava_d83c",
  otherDraftCode: "zq_draft_code_of_ben_0e77",
};

/** Items of the fixture tests (tests/attempts/fixture.ts) used by the probes. */
export const ITEMS = {
  shortText: "attention-weighted-sum",
  singleChoice: "rnn-y1-choice",
  multiChoice: "rnn-three-weights",
  numeric: "attention-softmax-weight",
  formula: "bptt-chain-rule",
};

export const EXERCISE = "d-tanh";

export interface Fixture {
  practiceTest: string;
  examTest: string;
  /** A's practice attempt, in progress. */
  practiceAttemptId: string;
  /** A's exam attempt, submitted. */
  examAttemptId: string;
  /** A's review session (an attempt without a test), in progress. */
  reviewSessionId: string;
  /** A's short-text answer in the submitted exam: pending manual grading. */
  pendingAnswerId: string;
  exercise: string;
  /** A's code submission. */
  submissionId: string;
  /** A's problem report on the exam's short-text question. */
  reportId: string;
  course: string;
  section: string;
  userIds: Record<"owner" | "other" | "instructor" | "otherInstructor" | "extra", string>;
  /** Class X (instructor + A, B and the extra learner) and its join code; class Y (otherInstructor only). */
  classId: string;
  joinCode: string;
  otherClassId: string;
  /** An assignment of class X (A's practice test). */
  assignmentId: string;
}

export type Clients = Record<Role, Client>;

function ok(label: string, r: { status: number; text: string }, ...expected: number[]): void {
  if (!expected.includes(r.status)) throw new Error(`seed: ${label} → HTTP ${r.status}: ${r.text.slice(0, 300)}`);
}

export async function seed(prisma: PrismaClient, base: string): Promise<{ fixture: Fixture; clients: Clients }> {
  await createUser(prisma, PEOPLE.admin); // the first account is always admin; the instructor is a plain instructor
  const [instructor, owner, other, otherInstructor, extra] = await Promise.all([
    createUser(prisma, PEOPLE.instructor),
    createUser(prisma, PEOPLE.owner),
    createUser(prisma, PEOPLE.other),
    createUser(prisma, PEOPLE.otherInstructor),
    createUser(prisma, PEOPLE.extra),
  ]);
  await addFixtureTests(prisma);

  const clients: Clients = {
    signedOut: new Client(base, "signed out"),
    owner: await new Client(base, "learner A").signIn(PEOPLE.owner.email, PEOPLE.owner.password),
    other: await new Client(base, "learner B").signIn(PEOPLE.other.email, PEOPLE.other.password),
    instructor: await new Client(base, "instructor").signIn(PEOPLE.instructor.email, PEOPLE.instructor.password),
    admin: await new Client(base, "admin").signIn(PEOPLE.admin.email, PEOPLE.admin.password),
    otherInstructor: await new Client(base, "instructor of another class").signIn(
      PEOPLE.otherInstructor.email,
      PEOPLE.otherInstructor.password,
    ),
  };
  const classX = await makeClass(prisma, { name: "Class X", instructorIds: [instructor.id], learnerIds: [owner.id, other.id, extra.id] });
  const classY = await makeClass(prisma, { name: "Class Y", instructorIds: [otherInstructor.id] });
  const now = Date.now();
  const assignment = await prisma.assignment.create({
    data: {
      classId: classX.id,
      title: "ACL assignment",
      testId: (await prisma.test.findUniqueOrThrow({ where: { slug: PRACTICE_TEST }, select: { id: true } })).id,
      opensAt: new Date(now - 86_400_000),
      dueAt: new Date(now + 86_400_000),
      closesAt: new Date(now + 2 * 86_400_000),
    },
  });
  const a = clients.owner;

  const practice = await a.request("POST", "/api/attempts", { testSlug: PRACTICE_TEST, mode: "practice" });
  ok("start practice", practice, 201);
  const practiceAttemptId = (JSON.parse(practice.text) as { attemptId: string }).attemptId;
  ok(
    "save practice answer",
    await a.request("PUT", `/api/attempts/${practiceAttemptId}/answers/${ITEMS.shortText}`, {
      response: `My answer: ${SECRETS.ownerPracticeAnswer}`,
    }),
    200,
  );

  const exam = await a.request("POST", "/api/attempts", { testSlug: EXAM_TEST, mode: "exam" });
  ok("start exam", exam, 201);
  const examAttemptId = (JSON.parse(exam.text) as { attemptId: string }).attemptId;
  ok(
    "save exam answer",
    await a.request("PUT", `/api/attempts/${examAttemptId}/answers/${ITEMS.shortText}`, {
      response: `The context is ${SECRETS.ownerExamAnswer}`,
    }),
    200,
  );
  ok("submit exam", await a.request("POST", `/api/attempts/${examAttemptId}/submit`, {}), 200);

  ok("save draft", await a.request("PUT", `/api/exercises/${EXERCISE}/draft`, { code: `# ${SECRETS.ownerDraftCode}\n` }), 200);
  const sub = await a.request("POST", `/api/exercises/${EXERCISE}/submissions`, {
    code: `# ${SECRETS.ownerSubmissionCode}\nimport numpy as np\n`,
    idempotencyKey: "acl-owner-submission-1",
  });
  ok("submit code", sub, 202);
  const submissionId = (JSON.parse(sub.text) as { id: string }).id;
  ok("B's draft", await clients.other.request("PUT", `/api/exercises/${EXERCISE}/draft`, { code: `# ${SECRETS.otherDraftCode}\n` }), 200);

  // The exam's graded outcomes scheduled reviews; make them due now so A can start a review session.
  await prisma.reviewState.updateMany({
    where: { userId: owner.id, itemId: { not: null } },
    data: { dueAt: new Date(Date.now() - 86_400_000) },
  });
  const review = await a.request("POST", "/api/review-sessions", {});
  ok("start review session", review, 201);
  const reviewSessionId = (JSON.parse(review.text) as { attemptId: string }).attemptId;

  const pending = await prisma.answer.findFirstOrThrow({
    where: { attemptId: examAttemptId, itemVersion: { item: { slug: ITEMS.shortText } } },
    select: { id: true },
  });
  const section = await prisma.section.findUniqueOrThrow({ where: { slug: "day3-rnn" }, include: { unit: { include: { course: true } } } });
  const report = await a.request("POST", "/api/reports", {
    kind: "item",
    slug: ITEMS.shortText,
    attemptId: examAttemptId,
    message: "The seed's report",
  });
  ok("report a problem", report, 201);
  const reportId = (JSON.parse(report.text) as { id: string }).id;

  return {
    clients,
    fixture: {
      practiceTest: PRACTICE_TEST,
      examTest: EXAM_TEST,
      practiceAttemptId,
      examAttemptId,
      reviewSessionId,
      pendingAnswerId: pending.id,
      exercise: EXERCISE,
      submissionId,
      reportId,
      course: section.unit.course.slug,
      section: section.slug,
      userIds: { owner: owner.id, other: other.id, instructor: instructor.id, otherInstructor: otherInstructor.id, extra: extra.id },
      classId: classX.id,
      joinCode: classX.joinCode,
      otherClassId: classY.id,
      assignmentId: assignment.id,
    },
  };
}

/**
 * Everything of A's that another user's request could alter (grading state that the background worker or an
 * instructor legitimately changes is left out: submission status/score, manual grades).
 */
export async function ownerSnapshot(prisma: PrismaClient, ownerId: string): Promise<unknown> {
  const [user, attempts, drafts, submissions] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: ownerId },
      select: { email: true, name: true, role: true, locale: true, passwordHash: true },
    }),
    prisma.testAttempt.findMany({
      where: { userId: ownerId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        status: true,
        mode: true,
        seed: true,
        deadlineAt: true,
        submittedAt: true,
        answers: {
          orderBy: { id: "asc" },
          select: { id: true, response: true, tries: true, hintsUsed: true, revealed: true, correct: true, updatedAt: true },
        },
      },
    }),
    prisma.codeDraft.findMany({ where: { userId: ownerId }, select: { exerciseId: true, code: true, updatedAt: true } }),
    prisma.submission.findMany({
      where: { userId: ownerId },
      orderBy: { createdAt: "asc" },
      select: { id: true, code: true, idempotencyKey: true, createdAt: true },
    }),
  ]);
  return JSON.parse(JSON.stringify({ user, attempts, drafts, submissions }));
}
