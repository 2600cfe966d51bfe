// POST /api/instructor/answers/:id/override {score: 0..1, reason (1..500 chars), comment?} → {answerId, attemptId,
// oldScore, score, attemptScore, attemptMaxScore}: overrides any answer's score (lib/gradebook/manual), audited with
// the reason. Class staff only (401/403 JSON; 404 for an answer of a learner outside their classes); 400 invalid body, 404 unknown answer, 409 attempt in progress.
import { assertLearnerVisible, withStaff } from "@/lib/auth/guard";
import { answerLearnerId } from "@/lib/gradebook/manual";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { OverrideBody } from "@/lib/gradebook/http";
import { overrideScore } from "@/lib/gradebook/manual";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withStaff<Params>(async (request, { params }, user) => {
  const { id } = await params;
  // Staff of a class the answer's learner is in, with the "override" permission (docs/CLASSES.md); else 404.
  const learnerId = await withDb(() => answerLearnerId(db(), id));
  if (!learnerId) throw new HttpError(404, "Answer not found");
  await assertLearnerVisible(user, learnerId, "override");
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
});
