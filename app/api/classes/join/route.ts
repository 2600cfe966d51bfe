// POST /api/classes/join {code} → {classId, name, joined}: the signed-in user joins the class with this open join
// code as a learner (again: joined false). 404 for an unknown or closed code.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { JoinBody } from "@/lib/classes/http";
import { joinByCode } from "@/lib/classes/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = withAuth(async (request, _context, user) => {
  const { code } = await parseJsonBody(request, JoinBody, { limit: 1024 });
  return json(await withDb(() => joinByCode(db(), user.id, code)));
});
