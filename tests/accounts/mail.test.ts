// lib/mail against a local SMTP server (tests/helpers/smtp.ts): settings from the environment (SMTP_URL, or
// SMTP_HOST/PORT/USER/PASS; MAIL_FROM), a reset mail delivered with its link in the account's language, and no
// settings or an unreachable server never throw — the admin hands the link over instead.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailConfig } from "../../lib/mail/config";
import { sendMail } from "../../lib/mail/send";
import { resetLinkUrl, resetMail } from "../../lib/accounts/reset-mail";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp?.stop());

/** Quoted-printable soft line breaks and =XX escapes undone, enough to find a URL and Japanese text in a raw mail. */
function decodeBody(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  if (/content-transfer-encoding: base64/i.test(raw)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

describe("mail settings", () => {
  it("are off without SMTP_URL or SMTP_HOST", () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ MAIL_FROM: "x@example.com", SMTP_USER: "u" })).toBeNull();
  });

  it("read SMTP_URL, or SMTP_HOST with port, login and sender", () => {
    expect(mailConfig({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "Kakunin <k@example.com>" })).toEqual({
      transport: "smtps://u:p@mail.example.com:465",
      from: "Kakunin <k@example.com>",
    });
    expect(mailConfig({ SMTP_HOST: "mail.example.com", SMTP_PORT: "2525", SMTP_USER: "u", SMTP_PASS: "p" })).toMatchObject({
      transport: { host: "mail.example.com", port: 2525, secure: false, auth: { user: "u", pass: "p" } },
    });
    expect(mailConfig({ SMTP_HOST: "mail.example.com", SMTP_PORT: "465" })).toMatchObject({ transport: { port: 465, secure: true } });
    expect(mailConfig({ SMTP_HOST: "mail.example.com" })).toMatchObject({ transport: { port: 587 } });
  });
});

describe("sending", () => {
  it("delivers the reset mail with the link, in English or in Japanese", async () => {
    const config = mailConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Kakunin <kakunin@example.com>" });
    const link = {
      token: "t",
      expiresAt: new Date("2026-12-07T01:02:00Z"),
      user: { id: "u", email: "ava@example.com", name: "Ava", locale: null },
    };
    const url = resetLinkUrl("https://kakunin.example.com", "AbC_-123");
    expect(url).toBe("https://kakunin.example.com/reset-password?token=AbC_-123");
    expect(await sendMail(resetMail(link, url), config)).toEqual({ sent: true });
    const en = await smtp.waitFor((m) => m.to.includes("ava@example.com"));
    expect(en.raw).toMatch(/^Subject: Kakunin: reset your password/m);
    expect(en.raw).toMatch(/^From: Kakunin <kakunin@example.com>/m);
    expect(decodeBody(en.raw)).toContain(url);
    expect(decodeBody(en.raw)).toContain("2026-12-07 01:02 UTC");

    const ja = { ...link, user: { ...link.user, email: "hanako@example.com", name: "花子", locale: "ja" } };
    expect(await sendMail(resetMail(ja, url), config)).toEqual({ sent: true });
    const got = await smtp.waitFor((m) => m.to.includes("hanako@example.com"));
    expect(decodeBody(got.raw)).toContain("花子 さん");
    expect(decodeBody(got.raw)).toContain(url);
  });

  it("reports (never throws) when mail is off or the server cannot be reached", async () => {
    const mail = { to: "x@example.com", subject: "s", text: "t" };
    expect(await sendMail(mail, null)).toEqual({ sent: false, reason: "not_configured" });
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer();
      s.listen(0, "127.0.0.1", () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    expect(await sendMail(mail, mailConfig({ SMTP_URL: `smtp://127.0.0.1:${closed}` }))).toEqual({ sent: false, reason: "failed" });
  });
});
