// The judge flags what it must: wrong statuses, refusals in the wrong shape, and anything of another learner's.
// (The live suite also checks that A's and the instructor's own pages do contain those strings.)
import { describe, expect, it } from "vitest";
import type { Reply } from "./http";
import { judge } from "./judge";
import { SIGNIN, type RouteEntry } from "./routes";
import { PEOPLE, SECRETS, type Fixture } from "./seed";

const f: Fixture = {
  practiceTest: "p",
  examTest: "e",
  practiceAttemptId: "11111111-1111-4111-8111-111111111111",
  examAttemptId: "22222222-2222-4222-8222-222222222222",
  reviewSessionId: "33333333-3333-4333-8333-333333333333",
  pendingAnswerId: "44444444-4444-4444-8444-444444444444",
  exercise: "ex",
  submissionId: "55555555-5555-4555-8555-555555555555",
  reportId: "66666666-6666-4666-8666-666666666666",
  course: "c",
  section: "s",
  userIds: {
    owner: "66666666-6666-4666-8666-666666666666",
    other: "77777777-7777-4777-8777-777777777777",
    instructor: "8",
    otherInstructor: "9",
    extra: "10",
  },
  classId: "c1",
  joinCode: "JOIN",
  otherClassId: "c2",
  assignmentId: "a1",
};
const api: RouteEntry = { path: "/api/x/[id]", kind: "api", access: "learner-owned", probes: [] };
const page: RouteEntry = { path: "/instructor", kind: "page", access: "instructor-only", probes: [] };
const reply = (status: number, text: string, contentType = "application/json", location: string | null = null): Reply => ({
  status,
  text,
  contentType,
  location,
});
const jsonError = reply(404, JSON.stringify({ error: "Attempt not found" }));

describe("judge", () => {
  it("passes a clean refusal", () => {
    expect(judge(api, "other", "GET", `/api/x/${f.practiceAttemptId}`, 404, jsonError, f)).toEqual([]);
    expect(
      judge(page, "signedOut", "GET", "/instructor", SIGNIN, reply(307, "", "text/html", "/signin?callbackUrl=%2Finstructor"), f),
    ).toEqual([]);
    expect(judge(page, "other", "GET", "/instructor", 403, reply(403, "<h1>Access denied</h1>", "text/html"), f)).toEqual([]);
  });

  it("flags a wrong status, and a sign-in redirect that does not lead back", () => {
    expect(judge(api, "other", "GET", "/api/x/1", 404, reply(200, "{}"), f)[0]).toMatch(/expected 404, got 200/);
    expect(judge(page, "signedOut", "GET", "/instructor", SIGNIN, reply(200, "<html>", "text/html"), f)[0]).toMatch(/expected redirect/);
    expect(
      judge(page, "signedOut", "GET", "/instructor", SIGNIN, reply(307, "", "text/html", "/signin?callbackUrl=%2Flearn"), f)[0],
    ).toMatch(/returns to \/learn/);
  });

  it("flags refusals in the wrong shape", () => {
    expect(judge(api, "other", "GET", "/api/x/1", 404, reply(404, "Not found", "text/plain"), f)[0]).toMatch(/JSON \{error\}/);
    expect(judge(page, "other", "GET", "/instructor", 403, reply(403, "<h1>Instructor desk</h1>", "text/html"), f)[0]).toMatch(
      /forbidden page/,
    );
  });

  it("flags another learner's answers, code, ids and identity, whatever the status", () => {
    for (const leaked of [SECRETS.ownerExamAnswer, SECRETS.ownerDraftCode, PEOPLE.owner.email, f.examAttemptId]) {
      const problems = judge(api, "other", "GET", "/api/x/1", 404, reply(404, JSON.stringify({ error: `nope ${leaked}` })), f);
      expect(problems.join("\n")).toMatch(/LEAK/);
    }
    expect(judge(api, "owner", "GET", "/api/x/1", 200, reply(200, SECRETS.otherDraftCode), f).join()).toMatch(/LEAK/);
    expect(judge(api, "signedOut", "GET", "/api/x/1", 401, reply(401, JSON.stringify({ error: PEOPLE.other.name })), f).join()).toMatch(
      /LEAK/,
    );
  });

  it("does not count what the requester sent or owns, or what instructors may see", () => {
    // The id B typed into the URL may be echoed back; A's own data is A's.
    expect(
      judge(api, "other", "GET", `/api/x/${f.practiceAttemptId}`, 404, reply(404, JSON.stringify({ error: f.practiceAttemptId })), f),
    ).toEqual([]);
    expect(judge(api, "owner", "GET", "/api/x/1", 200, reply(200, SECRETS.ownerDraftCode), f)).toEqual([]);
    expect(judge(api, "instructor", "GET", "/api/x/1", 200, reply(200, SECRETS.ownerExamAnswer), f)).toEqual([]);
    // …but an instructor of another class may not see A's
    expect(judge(api, "otherInstructor", "GET", "/api/x/1", 200, reply(200, SECRETS.ownerExamAnswer), f)[0]).toMatch(/LEAK/);
  });
});
