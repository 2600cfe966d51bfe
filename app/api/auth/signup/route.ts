// POST /api/auth/signup: creates an account; answers 202 SIGNUP_ACCEPTED whether or not the email was registered.
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-address";
import { SIGNUP_ACCEPTED, SignUpInput, signUp } from "@/lib/auth/signup";
import { parseJsonBody } from "@/lib/http/json";
import { json, route } from "@/lib/http/route";
import { getRequestLocale } from "@/lib/i18n/request";

export const POST = route(async (request) => {
  const input = await parseJsonBody(request, SignUpInput, { limit: 16 * 1024 });
  await signUp(db(), input, { ip: clientIp(request.headers), locale: await getRequestLocale() });
  return json(SIGNUP_ACCEPTED.body, { status: SIGNUP_ACCEPTED.status });
});
