// After a launch: if the session cookie reached us (the LMS frame allows cookies), go to the target; if not, offer to
// open Kakunin in a new window, where the one-time ticket signs the user in first-party.
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { sessionCookieName } from "@/lib/auth/cookies";
import { LtiError } from "@/lib/lti/errors";
import { escapeHtml, htmlPage, ltiRoute } from "@/lib/lti/http";
import { accountFor, readTicket, serializeCookie, sessionCookie } from "@/lib/lti/session";
import { toolUrlsFor } from "@/lib/lti/urls";

/** The user of the session cookie that came with the request (next-auth's own reading of it), or null. */
async function sessionUserId(request: NextRequest): Promise<string | null> {
  const token = await getToken({ req: request, cookieName: sessionCookieName() });
  return typeof token?.sub === "string" ? token.sub : null;
}

export const GET = ltiRoute(async (request: NextRequest) => {
  const url = new URL(request.url);
  const token = url.searchParams.get("ticket") ?? "";
  const newWindow = url.searchParams.get("window") === "1";
  const expired = () =>
    new LtiError("ticket", "This launch link has expired or was already used: open the activity again from the LMS.", 410);
  const origin = toolUrlsFor(request).origin;
  const peek = await readTicket(db(), token, false);
  if (!peek) throw expired();
  if (newWindow || (await sessionUserId(request)) === peek.userId) {
    const ticket = await readTicket(db(), token, true);
    if (!ticket) throw expired();
    const headers = new Headers({ location: `${origin}${ticket.target}`, "cache-control": "no-store" });
    if (newWindow) {
      const account = await accountFor(db(), ticket.userId);
      if (!account) throw new LtiError("role", "This Kakunin account is deactivated: ask the site's administrator.", 403);
      headers.append("set-cookie", serializeCookie(await sessionCookie(account)));
    }
    return new Response(null, { status: 303, headers });
  }
  const href = `/lti/continue?ticket=${encodeURIComponent(token)}&window=1`;
  return htmlPage(
    200,
    "Open Kakunin",
    `<h1>Open Kakunin in a new window</h1>
<p>Your browser does not let Kakunin keep you signed in inside the LMS page (third-party cookies are blocked).</p>
<p class="ja">ブラウザが LMS のページ内でのサインインを許可していません。新しいウィンドウで開いてください。</p>
<p><a class="button" data-lti-new-window href="${escapeHtml(href)}" target="_blank" rel="noopener">Open in a new window / 新しいウィンドウで開く</a></p>`,
  );
});
