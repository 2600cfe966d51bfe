// POST /api/instructor/reports/:id {reply?, resolve?} → {report}: answers a learner's problem report (the learner sees
// the reply) and/or resolves it. Staff of a class the learner is in, and admins (401/403 JSON); 400 invalid body, 404 unknown or not theirs.
import { learnerVisibleTo, withStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { ReplyBody } from "@/lib/reports/http";
import { answerReport } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withStaff<Params>(async (request, { params }, user) => {
  const { id } = await params;
  const body = await parseJsonBody(request, ReplyBody, { limit: 16 * 1024 });
  const report = await withDb(() => answerReport(db(), user.id, id, body, (learnerId) => learnerVisibleTo(user, learnerId, "grade")));
  return json({ report });
});
