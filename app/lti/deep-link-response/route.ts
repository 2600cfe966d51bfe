// The instructor's deep-linking choice (a same-origin form post from /lti/deep-link/[id]): signed and sent back to the
// LMS by an auto-submitting form (with a button when scripts do not run).
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { assertSameOrigin } from "@/lib/http/route";
import { isUnstorableText } from "@/lib/http/text";
import { answerDeepLink } from "@/lib/lti/deep-linking";
import { LtiError } from "@/lib/lti/errors";
import { escapeHtml, htmlPage, ltiRoute } from "@/lib/lti/http";
import { toolUrlsFor } from "@/lib/lti/urls";

export const POST = ltiRoute(async (request: Request) => {
  try {
    assertSameOrigin(request);
  } catch {
    throw new LtiError("request", "The content selection must be sent from Kakunin's own page.", 403);
  }
  const user = await getCurrentUser();
  if (!user) throw new LtiError("role", "Your Kakunin session has ended: start the content selection again from the LMS.", 401);
  if ((request.headers.get("content-type") ?? "").split(";")[0]!.trim() !== "application/x-www-form-urlencoded") {
    throw new LtiError("request", "The content selection must be a form post.", 415);
  }
  const form = new URLSearchParams((await request.text()).slice(0, 64 * 1024));
  const values = [form.get("id") ?? "", ...form.getAll("item")];
  if (values.some(isUnstorableText)) throw new LtiError("request", "The request contains characters that are not allowed.");
  const answer = await answerDeepLink(db(), {
    id: form.get("id") ?? "",
    userId: user.id,
    choice: form.getAll("item"),
    origin: toolUrlsFor(request).origin,
  });
  const nonce = (await headers()).get("x-nonce") ?? "";
  return htmlPage(
    200,
    "Returning to the LMS",
    `<h1>Returning to the LMS…</h1>
<p>${answer.count} item(s) chosen. / ${answer.count} 件を選びました。</p>
<form id="lti-return" method="post" action="${escapeHtml(answer.returnUrl)}">
<input type="hidden" name="JWT" value="${escapeHtml(answer.jwt)}">
<button class="button" type="submit">Return to the LMS / LMS に戻る</button></form>
<script nonce="${escapeHtml(nonce)}">document.getElementById("lti-return").submit();</script>`,
  );
});
