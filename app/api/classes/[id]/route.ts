// PATCH /api/classes/:id {joinOpen?, rotateCode?} → {joinCode, joinOpen}: open/close joining or rotate the code
// (permission manageClass: the class's instructors and admins; TAs 403; others 404).
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { UpdateClassBody } from "@/lib/classes/http";
import { rotateJoinCode, setJoinOpen } from "@/lib/classes/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const PATCH = withAuth<Params>(async (request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "manageClass");
  const body = await parseJsonBody(request, UpdateClassBody, { limit: 1024 });
  if (body.joinOpen !== undefined) await withDb(() => setJoinOpen(db(), user.id, id, body.joinOpen!));
  if (body.rotateCode) await withDb(() => rotateJoinCode(db(), user.id, id));
  const c = await withDb(() => db().class.findUniqueOrThrow({ where: { id }, select: { joinCode: true, joinOpen: true } }));
  return json(c);
});
