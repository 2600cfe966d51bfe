// POST /api/classes/:id/lti/scores/:scoreId → {ok: true}: send a failed score to the LMS again (queued).
// Permission override (changing what the LMS gradebook holds); 404 for a score outside the class, 409 if not failed.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { HttpError, withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { resendScore } from "@/lib/lti/score-queue";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; scoreId: string }> };

export const POST = withAuth<Params>(async (_request, { params }, user) => {
  const { id, scoreId } = await params;
  await requireClassPower(user, id, "override");
  if (!isUuid(scoreId)) throw new HttpError(404, "Not found");
  const score = await withDb(() =>
    db().ltiScore.findFirst({ where: { id: scoreId, link: { assignment: { classId: id } } }, select: { id: true } }),
  );
  if (!score) throw new HttpError(404, "Not found");
  if (!(await withDb(() => resendScore(db(), score.id)))) throw new HttpError(409, "Only a score that failed can be sent again");
  return json({ ok: true });
});
