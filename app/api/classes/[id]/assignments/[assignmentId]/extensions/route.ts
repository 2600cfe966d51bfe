// PUT /api/classes/:id/assignments/:assignmentId/extensions {userId, dueAt?, closesAt?, extraTimeMin?} → {saved: true}:
// one learner's accommodation (replaces the previous one; audited). Permission manageAssignments.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { ExtensionBody } from "@/lib/assignments/http";
import { setExtension } from "@/lib/assignments/service";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; assignmentId: string }> };

export const PUT = withAuth<Params>(async (request, { params }, user) => {
  const { id, assignmentId } = await params;
  await requireClassPower(user, id, "manageAssignments");
  if (!isUuid(assignmentId)) throw new HttpError(404, "Assignment not found");
  const a = await withDb(() => db().assignment.findFirst({ where: { id: assignmentId, classId: id }, select: { id: true } }));
  if (!a) throw new HttpError(404, "Assignment not found");
  const body = await parseJsonBody(request, ExtensionBody, { limit: 4 * 1024 });
  await withDb(() => setExtension(db(), user.id, assignmentId, body));
  return json({ saved: true });
});
