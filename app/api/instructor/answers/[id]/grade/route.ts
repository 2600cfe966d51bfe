// POST /api/instructor/answers/:id/grade {score: 0..1, comment?} → {answerId, attemptId, oldScore, score, attemptScore,
// attemptMaxScore}: grades a pending short-text answer (lib/gradebook/manual). Class staff only (401/403 JSON; 404 for an answer of a learner outside their classes);
// 400 invalid body, 404 unknown answer, 409 not pending / attempt still in progress.
import { assertLearnerVisible, withStaff } from "@/lib/auth/guard";
import { answerLearnerId } from "@/lib/gradebook/manual";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { GradeBody } from "@/lib/gradebook/http";
import { gradeShortAnswer } from "@/lib/gradebook/manual";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withStaff<Params>(async (request, { params }, user) => {
  const { id } = await params;
  // Staff of a class the answer's learner is in, with the "grade" permission (docs/CLASSES.md); else 404.
  const learnerId = await withDb(() => answerLearnerId(db(), id));
  if (!learnerId) throw new HttpError(404, "Answer not found");
  await assertLearnerVisible(user, learnerId, "grade");
  const body = await parseJsonBody(request, GradeBody, { limit: 16 * 1024 });
  const r = await withDb(() =>
    gradeShortAnswer(db(), { actorId: user.id, answerId: id, score: body.score, comment: body.comment ?? null }),
  );
  return json(r);
});
