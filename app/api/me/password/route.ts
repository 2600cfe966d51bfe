// POST /api/me/password {currentPassword, newPassword} → {ok: true}: changes the signed-in user's password and ends
// every session of the account (lib/accounts/own-password.ts); the account page then signs in again with the new
// password. 401 JSON when signed out; 400 when the current password is wrong or the new one breaks the rules.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { ChangePasswordInput } from "@/lib/accounts/http";
import { changeOwnPassword } from "@/lib/accounts/own-password";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = withAuth(async (request, _context, user) => {
  const input = await parseJsonBody(request, ChangePasswordInput, { limit: 4 * 1024 });
  await withDb(() => changeOwnPassword(db(), user.id, input));
  return json({ ok: true });
});
