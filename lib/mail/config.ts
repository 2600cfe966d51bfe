// Outgoing mail settings from the environment. SMTP_URL (e.g. smtps://user:pass@mail.example.com:465) or
// SMTP_HOST with SMTP_PORT (default 587), SMTP_USER and SMTP_PASS; MAIL_FROM is the sender. Without SMTP_URL or
// SMTP_HOST mail is off and nothing else changes: reset links are handed over by the admin.
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export interface MailConfig {
  transport: string | SMTPTransport.Options;
  from: string;
}

export function mailConfig(env: Readonly<Record<string, string | undefined>> = process.env): MailConfig | null {
  const url = env.SMTP_URL?.trim();
  const host = env.SMTP_HOST?.trim();
  if (!url && !host) return null;
  const from = env.MAIL_FROM?.trim() || "Kakunin <no-reply@localhost>";
  if (url) return { transport: url, from };
  const port = Number(env.SMTP_PORT?.trim() || 587);
  const user = env.SMTP_USER?.trim();
  return {
    from,
    transport: {
      host,
      port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 587,
      secure: port === 465,
      ...(user ? { auth: { user, pass: env.SMTP_PASS ?? "" } } : {}),
      // An unreachable server must not hold an admin's request for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  };
}
