// PUT /api/attempts/:id/answers/:itemSlug {response} → autosave (no grading): {savedAt}.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { BODY_LIMIT, ResponseInput, type ItemParams } from "@/lib/attempts/http";
import { saveAnswer } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const PUT = withAuth<ItemParams>(async (request, { params }, user) => {
  const { id, itemSlug } = await params;
  const input = await parseJsonBody(request, ResponseInput, { limit: BODY_LIMIT });
  return json(await withDb(() => saveAnswer(db(), user.id, id, itemSlug, input.response)));
});
