// POST /api/attempts/:id/submit → grades what was saved and closes the attempt: {attempt} (score + review).
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { attemptJson, type AttemptParams } from "@/lib/attempts/http";
import { submitAttempt } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";

export const POST = withAuth<AttemptParams>(async (_request, { params }, user) => {
  const { id } = await params;
  const attempt = await withDb(() => submitAttempt(db(), user.id, id));
  return json(await attemptJson(attempt));
});
