// LTI 1.3 OIDC login initiation (GET or POST from the LMS): stores state and nonce, redirects to the platform.
import { db } from "@/lib/db/client";
import { ltiRoute, readParams } from "@/lib/lti/http";
import { startLogin } from "@/lib/lti/login";
import { toolUrlsFor } from "@/lib/lti/urls";

async function login(request: Request): Promise<Response> {
  const params = await readParams(request);
  const location = await startLogin(db(), params, toolUrlsFor(request));
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
}

export const GET = ltiRoute(login);
export const POST = ltiRoute(login);
