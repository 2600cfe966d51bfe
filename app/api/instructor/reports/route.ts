// GET /api/instructor/reports?status=open|all&slug=… → {reports: [...]}: learners' problem reports (lib/reports), open
// ones by default, oldest first, of the learners of the class in ?class= (default: the first one taught; admins:
// everyone's). Staff only (401/403 JSON, 404 for a class not theirs).
import { withClassScope } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { listReports } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

export const GET = withClassScope(async (request, _context, scope) => {
  const url = new URL(request.url);
  const status = url.searchParams.get("status") === "all" ? "all" : "open";
  const slug = url.searchParams.get("slug")?.slice(0, 200) || undefined;
  const reports = await withDb(() => listReports(db(), { status, classId: scope.learnerClassId, ...(slug ? { slug } : {}) }));
  return json({ reports });
});
