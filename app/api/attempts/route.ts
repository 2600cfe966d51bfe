// POST /api/attempts {testSlug, mode} → starts (or resumes) the learner's attempt: {attemptId, resumed}.
// POST /api/attempts {assignmentId} → the same for a class assignment's test (lib/assignments/attempts): 404 before it
// opens or for a non-member, 409 after the learner's close date or with no attempts left.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { startAssignmentAttempt } from "@/lib/assignments/attempts";
import { BODY_LIMIT, startSchema } from "@/lib/attempts/http";
import { startAttempt } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { readJson, validate } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const POST = withAuth(async (request, _context, user) => {
  const body = await readJson(request, { limit: BODY_LIMIT });
  const input: { assignmentId: string } | { testSlug: string; mode: "practice" | "exam" } = validate(startSchema(body), body);
  const result =
    "assignmentId" in input
      ? await withDb(() => startAssignmentAttempt(db(), user.id, input.assignmentId))
      : await withDb(() => startAttempt(db(), user.id, input.testSlug, input.mode));
  return json(result, { status: result.resumed ? 200 : 201 });
});
