// Sends one plain-text mail through the configured SMTP server (lib/mail/config.ts) with nodemailer.
import nodemailer from "nodemailer";
import { mailConfig, type MailConfig } from "./config";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export type MailOutcome = { sent: true } | { sent: false; reason: "not_configured" | "failed" };

/** Never throws: a failure is logged and reported, so the caller can fall back to handing the link over. */
export async function sendMail(mail: Mail, config: MailConfig | null = mailConfig()): Promise<MailOutcome> {
  if (!config) return { sent: false, reason: "not_configured" };
  try {
    const transport = nodemailer.createTransport(config.transport);
    try {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    } finally {
      transport.close();
    }
    return { sent: true };
  } catch (error) {
    console.error("[mail] could not send:", error instanceof Error ? error.message : error);
    return { sent: false, reason: "failed" };
  }
}
