// The reset link as a URL and as a mail to the account's owner, in the account's language (English unless it chose
// Japanese). The link's origin is NEXTAUTH_URL (npm start always sets it), else the admin's request's.
import type { Mail } from "@/lib/mail/send";
import type { IssuedResetLink } from "./reset-token";

export function resetLinkUrl(origin: string, token: string): string {
  return `${origin}/reset-password?token=${encodeURIComponent(token)}`;
}

export function resetMail(link: IssuedResetLink, url: string): Mail {
  const ja = link.user.locale === "ja";
  const until = link.expiresAt.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  return ja
    ? {
        to: link.user.email,
        subject: "Kakunin: パスワードの再設定",
        text: `${link.user.name} さん\n\n管理者が Kakunin のパスワード再設定リンクを発行しました。次のリンクを開いて新しいパスワードを設定してください（1 回だけ使えます。有効期限: ${until}）。\n\n${url}\n\n心当たりがない場合は、このメールを無視して管理者に連絡してください。\n`,
      }
    : {
        to: link.user.email,
        subject: "Kakunin: reset your password",
        text: `Hello ${link.user.name},\n\nAn administrator issued a password-reset link for your Kakunin account. Open it to set a new password (it works once and expires at ${until}).\n\n${url}\n\nIf you did not expect this, ignore this mail and tell your administrator.\n`,
      };
}
