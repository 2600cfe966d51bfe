// POST /api/reports {kind: "item", slug, attemptId?, message} | {kind: "exercise", slug, code?, message} → 201 {id, status}
//   "Report a problem" (lib/reports): stores the version the learner saw, their variant and answer or code.
// GET /api/reports → {reports: [...]}: the learner's own reports with the instructors' replies.
// Any signed-in user, keyed by the session (401 signed out); 400 invalid body, 404 unknown question/exercise/attempt.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { BODY_LIMIT, ReportBody } from "@/lib/reports/http";
import { createReport, listOwnReports } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

export const POST = withAuth(async (request, _ctx, user) => {
  const body = await parseJsonBody(request, ReportBody, { limit: BODY_LIMIT });
  const r = await withDb(() => createReport(db(), user.id, body));
  return json(r, { status: 201 });
});

export const GET = withAuth(async (_request, _ctx, user) => {
  const reports = await withDb(() => listOwnReports(db(), user.id));
  return json({ reports });
});
