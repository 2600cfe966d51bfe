// POST /api/classes/:id/staff {email, role: instructor|ta} → {userId}: adds a co-instructor or TA by the email of an
// existing account (permission manageRoster). 404 unknown class (or not theirs) or no such account.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { AddStaffBody } from "@/lib/classes/http";
import { addStaff } from "@/lib/classes/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(async (request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "manageRoster");
  const body = await parseJsonBody(request, AddStaffBody, { limit: 2048 });
  return json(await withDb(() => addStaff(db(), user.id, id, body.email, body.role)));
});
