// GET /api/exercises/:slug/draft → {draft: {code, updatedAt} | null}
// PUT /api/exercises/:slug/draft {code} → {draft: {code, updatedAt}} (autosave)
// DELETE /api/exercises/:slug/draft → {deleted} (reset to starter)
import { z } from "zod";
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { deleteDraft, getDraft, MAX_DRAFT_CHARS, saveDraft } from "@/lib/exercises/drafts";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

type Params = { params: Promise<{ slug: string }> };
const DraftInput = z.strictObject({ code: z.string().max(MAX_DRAFT_CHARS) });
const notFound = () => new HttpError(404, "No such exercise");

export const GET = withAuth<Params>(async (_request, { params }, user) => {
  const { slug } = await params;
  const draft = await withDb(() => getDraft(db(), user.id, slug));
  if (draft === undefined) throw notFound();
  return json({ draft }, { headers: { "Cache-Control": "no-store" } });
});

export const PUT = withAuth<Params>(async (request, { params }, user) => {
  const { slug } = await params;
  const { code } = await parseJsonBody(request, DraftInput, { limit: 4 * MAX_DRAFT_CHARS + 1024 });
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
