// GET /api/me → the signed-in user; PATCH /api/me {name?, locale?} → updated user. 401 JSON when signed out.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { UpdateMeInput, publicUser, updateMe } from "@/lib/auth/me";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const GET = withAuth(async (_request, _context, user) => json({ user: publicUser(user) }));

export const PATCH = withAuth(async (request, _context, user) => {
  const input = await parseJsonBody(request, UpdateMeInput, { limit: 4 * 1024 });
  const updated = await withDb(() => updateMe(db(), user.id, input));
  return json({ user: publicUser(updated) });
});
