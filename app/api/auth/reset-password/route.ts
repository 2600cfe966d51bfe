// POST /api/auth/reset-password {token, password} → {email}: sets a new password with a one-time reset link and
// ends every session of the account (lib/accounts/reset-token.ts). Public: the token is the credential (32 random
// bytes, so guessing is hopeless). 400 for a bad password or a link that is unknown, expired or already used.
import { db } from "@/lib/db/client";
import { ResetPasswordInput } from "@/lib/accounts/http";
import { resetPassword } from "@/lib/accounts/reset-token";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const input = await parseJsonBody(request, ResetPasswordInput, { limit: 4 * 1024 });
  const { email } = await withDb(() => resetPassword(db(), input));
  return json({ email });
});
