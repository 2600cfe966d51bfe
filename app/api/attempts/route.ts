// POST /api/attempts {testSlug, mode} → starts (or resumes) the learner's attempt: {attemptId, resumed}.
import { withAuth } from "@/lib/auth/guard";
import { appDb, BODY_LIMIT, StartInput } from "@/lib/attempts/http";
import { startAttempt } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const POST = withAuth(async (request, _context, user) => {
  const input = await parseJsonBody(request, StartInput, { limit: BODY_LIMIT });
  const result = await withDb(() => startAttempt(appDb(), user.id, input.testSlug, input.mode));
  return json(result, { status: result.resumed ? 200 : 201 });
});
