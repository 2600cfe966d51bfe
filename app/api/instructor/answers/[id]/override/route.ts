// POST /api/instructor/answers/:id/override {score: 0..1, reason (1..500 chars), comment?} → {answerId, attemptId,
// oldScore, score, attemptScore, attemptMaxScore}: overrides any answer's score (lib/gradebook/manual), audited with
// the reason. Instructors and admins only (401/403 JSON); 400 invalid body, 404 unknown answer, 409 attempt in progress.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { OverrideBody, overrideScore } from "@/lib/gradebook/manual";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(
  async (request, { params }, user) => {
    const { id } = await params;
    const body = await parseJsonBody(request, OverrideBody, { limit: 16 * 1024 });
    const r = await withDb(() =>
      overrideScore(db(), {
        actorId: user.id,
        answerId: id,
        score: body.score,
        reason: body.reason,
        ...(body.comment !== undefined ? { comment: body.comment } : {}),
      }),
    );
    return json(r);
  },
  { role: "instructor" },
);
