// POST /api/exercises/:slug/submissions {code, idempotencyKey} → 202 {id, status, position}: stored and queued for
//   grading (same key again → the same submission). 429 + Retry-After above the per-learner rate limit.
// GET  /api/exercises/:slug/submissions → {submissions: [{id, createdAt, status, score, maxScore, code}]} (own only).
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getQueue } from "@/lib/exercises/queue";
import { listSubmissions, submitCode } from "@/lib/exercises/submissions";
import { SUBMIT_BODY_LIMIT, SubmitBody } from "@/lib/exercises/http";
import { SMALL_JSON_HEADERS, submissionErrors, type SlugParams } from "@/lib/exercises/submission-routes";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = withAuth<SlugParams>(async (request, { params }, user) => {
  const { slug } = await params;
  const body = await parseJsonBody(request, SubmitBody, { limit: SUBMIT_BODY_LIMIT });
  return submissionErrors(async () => {
    const boss = await withDb(() => getQueue());
    const r = await withDb(() =>
      submitCode(db(), boss, {
        userId: user.id,
        exerciseSlug: slug,
        code: body.code,
        idempotencyKey: body.idempotencyKey,
        assignmentId: body.assignmentId ?? null,
      }),
    );
    return json(
      { id: r.id, status: r.status, position: r.position },
      { status: 202, headers: { ...SMALL_JSON_HEADERS, location: `/api/submissions/${r.id}` } },
    );
  });
});

export const GET = withAuth<SlugParams>(async (_request, { params }, user) => {
  const { slug } = await params;
  const rows = await withDb(() => listSubmissions(db(), user.id, slug));
  if (!rows) throw new HttpError(404, "Exercise not found");
  return json({ submissions: rows });
});
