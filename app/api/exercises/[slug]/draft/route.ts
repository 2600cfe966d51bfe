// GET /api/exercises/:slug/draft → {draft: {code, updatedAt} | null}
// PUT /api/exercises/:slug/draft {code} → {draft: {code, updatedAt}} (autosave)
// DELETE /api/exercises/:slug/draft → {deleted} (reset to starter)
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { deleteDraft, getDraft, saveDraft } from "@/lib/exercises/drafts";
import { DRAFT_BODY_LIMIT, DraftInput } from "@/lib/exercises/http";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

type Params = { params: Promise<{ slug: string }> };
const notFound = () => new HttpError(404, "No such exercise");

export const GET = withAuth<Params>(async (_request, { params }, user) => {
  const { slug } = await params;
  const draft = await withDb(() => getDraft(db(), user.id, slug));
  if (draft === undefined) throw notFound();
  return json({ draft }, { headers: { "Cache-Control": "no-store" } });
});

export const PUT = withAuth<Params>(async (request, { params }, user) => {
  const { slug } = await params;
  const { code } = await parseJsonBody(request, DraftInput, { limit: DRAFT_BODY_LIMIT });
  const draft = await withDb(() => saveDraft(db(), user.id, slug, code));
  if (draft === undefined) throw notFound();
  return json({ draft });
});

export const DELETE = withAuth<Params>(async (_request, { params }, user) => {
  const { slug } = await params;
  const deleted = await withDb(() => deleteDraft(db(), user.id, slug));
  if (deleted === undefined) throw notFound();
  return json({ deleted });
});
