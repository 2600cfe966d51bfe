// POST /api/classes/:id/lti/roster → {members, added, updated, removed}: the class roster synced from its LMS course
// (NRPS, lib/lti/roster.ts). Permission manageRoster; 404 when the class has no LMS link, 502 when the LMS fails.
import { db } from "@/lib/db/client";
import { requireClassPower, withAuth } from "@/lib/auth/guard";
import { HttpError, withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { LtiError } from "@/lib/lti/errors";
import { syncRoster } from "@/lib/lti/roster";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(async (_request, { params }, user) => {
  const { id } = await params;
  await requireClassPower(user, id, "manageRoster");
  try {
    return json(await withDb(() => syncRoster(db(), id, user.id)));
  } catch (error) {
    if (!(error instanceof LtiError)) throw error;
    if (error.status === 404) throw new HttpError(404, "This class is not linked to an LMS course");
    throw new HttpError(error.status >= 500 ? 502 : 409, `The LMS did not answer as expected: ${error.message}`, { reason: error.message });
  }
});
