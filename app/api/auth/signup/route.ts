import { db } from "@/lib/auth/db";
import { clientIp } from "@/lib/auth/credentials";
import { SignUpInput, signUp } from "@/lib/auth/signup";
import { parseJsonBody } from "@/lib/http/json";
import { json, route } from "@/lib/http/route";
import { getRequestLocale } from "@/lib/i18n/request";

export const POST = route(async (request) => {
  const input = await parseJsonBody(request, SignUpInput, { limit: 16 * 1024 });
  const user = await signUp(db(), input, { ip: clientIp(request.headers), locale: await getRequestLocale() });
  return json({ user: { id: user.id, email: user.email, name: user.name } }, { status: 201 });
});
