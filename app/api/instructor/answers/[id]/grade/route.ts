// POST /api/instructor/answers/:id/grade {score: 0..1, comment?} → {answerId, attemptId, oldScore, score, attemptScore,
// attemptMaxScore}: grades a pending short-text answer (lib/gradebook/manual). Instructors and admins only (401/403 JSON);
// 400 invalid body, 404 unknown answer, 409 not pending / attempt still in progress.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { GradeBody, gradeShortAnswer } from "@/lib/gradebook/manual";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(
  async (request, { params }, user) => {
    const { id } = await params;
    const body = await parseJsonBody(request, GradeBody, { limit: 16 * 1024 });
    const r = await withDb(() => gradeShortAnswer(db(), { actorId: user.id, answerId: id, score: body.score, comment: body.comment ?? null }));
    return json(r);
  },
  { role: "instructor" },
);
