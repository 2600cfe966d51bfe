// GET /api/classes/:id/mock-exams/:slug → {plan, custom} (permission view): the class's mock-exam settings, or the
// test's own plan. PUT {questions, minutes, units?, sections?} → the stored settings (manageAssignments; 400 listing
// each problem against the course's bank). DELETE → back to the test's own plan. 404: not a mock exam of the class's
// course, or a class the caller is not staff of.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { getClassMockSettings, MockConfigBody, resetClassMockSettings, setClassMockSettings } from "@/lib/mock-exam/config";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; slug: string }> };

export const GET = withAuth<Params>(async (_request, { params }, user) => {
  const { id, slug } = await params;
  await requireClassPower(user, id, "view");
  const { plan, custom } = await withDb(() => getClassMockSettings(db(), id, slug));
  return json({ plan, custom });
});

export const PUT = withAuth<Params>(async (request, { params }, user) => {
  const { id, slug } = await params;
  await requireClassPower(user, id, "manageAssignments");
  const body = await parseJsonBody(request, MockConfigBody, { limit: 16_384 });
  const { plan, custom } = await withDb(() => setClassMockSettings(db(), user.id, id, slug, body));
  return json({ plan, custom });
});

export const DELETE = withAuth<Params>(async (_request, { params }, user) => {
  const { id, slug } = await params;
  await requireClassPower(user, id, "manageAssignments");
  await withDb(() => resetClassMockSettings(db(), id, slug));
  return json({ ok: true });
});
