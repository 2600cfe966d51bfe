// POST /api/classes/:id/assignments {title, testSlug | exerciseSlugs, opensAt, dueAt, closesAt, attemptsAllowed?,
// timeLimitMin?, latePolicy, penaltyPerDay?, release} → 201 {id}. Dates are wall times in the class's time zone (or
// instants with an offset). Permission manageAssignments (instructors, admins; TAs 403; others 404).
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { CreateAssignmentBody } from "@/lib/assignments/http";
import { createAssignment } from "@/lib/assignments/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(async (request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "manageAssignments");
  const body = await parseJsonBody(request, CreateAssignmentBody, { limit: 16 * 1024 });
  return json(await withDb(() => createAssignment(db(), user.id, id, body)), { status: 201 });
});
