// DELETE /api/classes/:id/members/:userId → {removed: true}: removes a member from the class (audited; their work
// stays). Permission manageRoster; 404 for a class that is not theirs or a user who is not a member; 409 for the
// class's last instructor.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { removeMember } from "@/lib/classes/service";
import { HttpError, withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; userId: string }> };

export const DELETE = withAuth<Params>(async (_request, { params }, user) => {
  const { id, userId } = await params;
  await requireClassPower(user, id, "manageRoster");
  if (!isUuid(userId)) throw new HttpError(404, "Not a member of this class");
  await withDb(() => removeMember(db(), user.id, id, userId));
  return json({ removed: true });
});
