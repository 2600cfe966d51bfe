// POST /api/review-sessions → starts a review session over the learner's due items, or resumes the open one:
// {attemptId, resumed, href} (201 new / 200 resumed; 409 when nothing is due). The session is an ordinary attempt:
// answers, checks, hints and submit go through /api/attempts/:id/**, which check that it is the caller's.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { attemptHref } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { startReviewSession } from "@/lib/review/session";

export const POST = withAuth(async (_request, _context, user) => {
  const result = await withDb(() => startReviewSession(db(), user.id));
  return json({ ...result, href: attemptHref({ id: result.attemptId, test: null }) }, { status: result.resumed ? 200 : 201 });
});
