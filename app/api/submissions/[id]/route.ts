// GET /api/submissions/:id → {id, status, position, score, maxScore, error, results, createdAt, gradedAt}
// (owner or instructor; anyone else gets 404). Hidden tests are shown as name + passed only.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getSubmissionForViewer } from "@/lib/exercises/submissions";
import { notFound, SMALL_JSON_HEADERS, submissionId, type IdParams } from "@/lib/exercises/submission-routes";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = withAuth<IdParams>(async (_request, { params }, user) => {
  const id = submissionId((await params).id);
  const view = await withDb(() => getSubmissionForViewer(db(), user, id));
  if (!view) throw notFound();
  return json(view, { headers: SMALL_JSON_HEADERS });
});
