// GET /api/classes/:id/roster → {members} (permission view); POST {csv} → the import report (permission manageRoster):
// 200 {ok: true, created, added, alreadyMembers}, or 400 {error, errors: [{line, code, message}]} and nothing imported.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { RosterImportBody } from "@/lib/classes/http";
import { importRoster } from "@/lib/classes/roster-import";
import { getRoster } from "@/lib/classes/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json, jsonError } from "@/lib/http/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const GET = withAuth<Params>(async (_request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "view");
  return json({ members: await withDb(() => getRoster(db(), id)) });
});

export const POST = withAuth<Params>(async (request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "manageRoster");
  const { csv } = await parseJsonBody(request, RosterImportBody, { limit: 1_100_000 });
  const report = await withDb(() => importRoster(db(), user.id, id, csv));
  if (!report.ok) return jsonError(400, "The roster has errors; nothing was imported", { errors: report.errors });
  return json(report);
});
