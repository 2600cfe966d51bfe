// LTI 1.3 launch (the platform's form_post of id_token and state): verify, provision, sign in, then continue to the
// test, exercise, class or deep-linking picker through a one-time ticket (lib/lti/session.ts).
import { db } from "@/lib/db/client";
import { LtiError } from "@/lib/lti/errors";
import { frameOrigins, ltiRoute, readParams } from "@/lib/lti/http";
import { provisionLaunch } from "@/lib/lti/launch";
import { FRAME_COOKIE } from "@/lib/lti/frame";
import { accountFor, issueTicket, serializeCookie, sessionCookie } from "@/lib/lti/session";
import { toolUrlsFor } from "@/lib/lti/urls";
import { verifyLaunch } from "@/lib/lti/verify";

export const POST = ltiRoute(async (request: Request) => {
  const form = await readParams(request);
  const launch = await verifyLaunch(db(), form);
  const outcome = await provisionLaunch(db(), launch);
  const account = await accountFor(db(), outcome.userId);
  if (!account) throw new LtiError("role", "This Kakunin account is deactivated: ask the site's administrator.", 403);
  const ticket = await issueTicket(db(), account.id, outcome.path);
  const origins = frameOrigins([launch.platform.issuer, launch.platform.authLoginUrl, launch.returnUrl]);
  const headers = new Headers({ location: `${toolUrlsFor(request).origin}/lti/continue?ticket=${ticket}`, "cache-control": "no-store" });
  headers.append("set-cookie", serializeCookie(await sessionCookie(account)));
  headers.append("set-cookie", serializeCookie({ name: FRAME_COOKIE, value: encodeURIComponent(origins.join(" ")), maxAge: 12 * 3600 }));
  console.log(`[lti] launch: ${launch.messageType} from ${launch.platform.issuer} for user ${account.id} → ${outcome.path}`);
  return new Response(null, { status: 303, headers });
});
