// POST /api/admin/users/:id/reset-link → {url, expiresAt, mailed, mail: "sent" | "not_configured" | "failed"}:
// issues a one-time password-reset link (lib/accounts/reset-token.ts; older links stop working), mails it when SMTP
// is configured (lib/mail/), and always returns it for the admin to hand over. Admins only (401/403 JSON);
// 404 unknown account, 409 deactivated account.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { resetLinkUrl, resetMail } from "@/lib/accounts/reset-mail";
import { appOrigin } from "@/lib/http/origin";
import { issueResetToken } from "@/lib/accounts/reset-token";
import { sendMail } from "@/lib/mail/send";
import { HttpError, withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const POST = withAuth<Params>(
  async (request, { params }, admin) => {
    const { id } = await params;
    if (!isUuid(id)) throw new HttpError(404, "User not found");
    const link = await withDb(() => issueResetToken(db(), admin.id, id));
    const url = resetLinkUrl(appOrigin(request), link.token);
    const mail = await sendMail(resetMail(link, url));
    return json(
      { url, expiresAt: link.expiresAt.toISOString(), mailed: mail.sent, mail: mail.sent ? "sent" : mail.reason },
      { status: 201 },
    );
  },
  { role: "admin" },
);
