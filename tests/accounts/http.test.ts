// The account routes over HTTP against the built app (next start, PostgreSQL, real sign-in, a local SMTP server):
// a demoted instructor and a deactivated account lose access on their next request, a deactivated account's sign-in
// says so and its data stays, the last admin cannot demote themselves, a reset link is mailed and works once, a
// password change ends the sessions — and NUL, oversized, malformed or mistyped input is a 4xx JSON answer.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashResetToken } from "../../lib/accounts/reset-token";
import { createUser } from "../../lib/users";
import { Client } from "../access/http";
import { startTestServer, type TestServer } from "../helpers/server";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

vi.setConfig({ testTimeout: 120_000 });

const ADMIN = { email: "root@example.com", name: "Rita Root", password: "root-password-1" };
const IVY = { email: "ivy@example.com", name: "Ivy Instructor", password: "ivy-password-1", role: "instructor" as const };
const AVA = { email: "ava@example.com", name: "Ava Learner", password: "ava-password-1" };
const BEN = { email: "ben@example.com", name: "Ben Learner", password: "ben-password-1" };

let app: TestServer;
let smtp: TestSmtp;
let admin: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Kakunin <kakunin@example.com>" } });
  for (const p of [ADMIN, IVY, AVA, BEN]) ids[p.email] = (await createUser(app.db.prisma, p)).id;
  admin = await new Client(app.url, "admin").signIn(ADMIN.email, ADMIN.password);
}, 900_000);
afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

const body = (r: { text: string }) => JSON.parse(r.text) as Record<string, unknown>;

/** next-auth's credentials sign-in; the error code it reports (null when signed in). */
async function signInError(email: string, password: string): Promise<string | null> {
  const c = new Client(app.url, email);
  try {
    await c.signIn(email, password);
    return null;
  } catch {
    const csrf = await fetch(`${app.url}/api/auth/csrf`);
    const cookie = csrf.headers
      .getSetCookie()
      .map((x) => x.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: app.url, "x-auth-return-redirect": "1" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const { url } = (await res.json()) as { url: string };
    return new URL(url).searchParams.get("error");
  }
}

describe("roles and deactivation over HTTP", () => {
  it("lists and searches accounts", async () => {
    const all = body(await admin.request("GET", "/api/admin/users"));
    expect(all).toMatchObject({ total: 4, page: 1, pages: 1 });
    const found = body(await admin.request("GET", "/api/admin/users?q=IVY"));
    expect(found.users).toMatchObject([{ email: IVY.email, role: "instructor", active: true }]);
  });

  it("a demoted instructor loses the instructor pages and APIs on the next request", async () => {
    const ivy = await new Client(app.url, "ivy").signIn(IVY.email, IVY.password);
    expect((await ivy.request("GET", "/instructor")).status).toBe(200);
    expect((await ivy.request("GET", "/api/instructor/gradebook.csv")).status).toBe(200);
    const r = await admin.request("PATCH", `/api/admin/users/${ids[IVY.email]}`, { role: "learner" });
    expect(r.status).toBe(200);
    expect(body(r)).toMatchObject({ changed: true, user: { role: "learner" } });
    expect((await ivy.request("GET", "/instructor")).status).toBe(403);
    expect((await ivy.request("GET", "/api/instructor/gradebook.csv")).status).toBe(403);
    expect((await ivy.request("GET", "/learn")).status).toBe(200); // still signed in, as a learner
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: ids[IVY.email], action: "user.role" } });
    expect(audit).toMatchObject({ actorId: ids[ADMIN.email], details: { from: "instructor", to: "learner" } });
  });

  it("the last admin cannot demote or deactivate themselves (409, in the request's language)", async () => {
    const r = await admin.request("PATCH", `/api/admin/users/${ids[ADMIN.email]}`, { role: "instructor" });
    expect(r.status).toBe(409);
    expect(body(r)).toMatchObject({ code: "last_admin", error: "This change would leave no active administrator" });
    const ja = await admin.raw("PATCH", `/api/admin/users/${ids[ADMIN.email]}`, JSON.stringify({ active: false }), {
      "accept-language": "ja",
    });
    expect(ja.status).toBe(409);
    expect(body(ja).error).toBe("この変更を行うと有効な管理者がいなくなります");
    expect((await admin.request("GET", "/api/admin/users")).status).toBe(200);
  });

  it("deactivation ends the sessions on the next request, sign-in says why, the data stays; reactivation restores sign-in", async () => {
    const ava = await new Client(app.url, "ava").signIn(AVA.email, AVA.password);
    expect((await ava.request("PUT", "/api/exercises/d-tanh/draft", { code: "# ava's draft\n" })).status).toBe(200);
    expect((await admin.request("PATCH", `/api/admin/users/${ids[AVA.email]}`, { active: false })).status).toBe(200);
    expect((await ava.request("GET", "/api/me")).status).toBe(401);
    expect((await ava.request("GET", "/learn")).location).toMatch(/^\/signin/);
    expect(await signInError(AVA.email, AVA.password)).toBe("AccountDeactivated");
    expect(await signInError(AVA.email, "a-wrong-password")).toBe("CredentialsSignin");
    expect(await app.db.prisma.codeDraft.count({ where: { userId: ids[AVA.email] } })).toBe(1);
    // No reset link for a deactivated account.
    expect((await admin.request("POST", `/api/admin/users/${ids[AVA.email]}/reset-link`, {})).status).toBe(409);

    expect((await admin.request("PATCH", `/api/admin/users/${ids[AVA.email]}`, { active: true })).status).toBe(200);
    expect((await ava.request("GET", "/api/me")).status).toBe(401); // the old session stays ended
    const again = await new Client(app.url, "ava again").signIn(AVA.email, AVA.password);
    expect((await again.request("GET", "/api/exercises/d-tanh/draft")).text).toContain("ava's draft");
    const actions = (await app.db.prisma.auditLog.findMany({ where: { targetId: ids[AVA.email] }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });
});

describe("reset links over HTTP", () => {
  it("are mailed when SMTP is configured, work once, and end the account's sessions", async () => {
    const ben = await new Client(app.url, "ben").signIn(BEN.email, BEN.password);
    const r = await admin.request("POST", `/api/admin/users/${ids[BEN.email]}/reset-link`, {});
    expect(r.status).toBe(201);
    const issued = body(r) as { url: string; expiresAt: string; mailed: boolean; mail: string };
    expect(issued).toMatchObject({ mailed: true, mail: "sent" });
    expect(issued.url.startsWith(`${app.url}/reset-password?token=`)).toBe(true);
    const token = new URL(issued.url).searchParams.get("token")!;
    const mail = await smtp.waitFor((m) => m.to.includes(BEN.email));
    expect(mail.raw.replace(/=\r\n/g, "")).toContain(token);
    expect((await app.db.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: ids[BEN.email] } })).tokenHash).toBe(
      hashResetToken(token),
    );

    const page = await ben.request("GET", `/reset-password?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(BEN.email);

    const reset = (b: unknown) => new Client(app.url, "anon").request("POST", "/api/auth/reset-password", b);
    expect((await reset({ token, password: "short" })).status).toBe(400);
    const ok = await reset({ token, password: "ben-new-password-1" });
    expect(ok.status).toBe(200);
    expect(body(ok)).toEqual({ email: BEN.email });
    const twice = await reset({ token, password: "ben-other-password-1" });
    expect(twice.status).toBe(400);
    expect(body(twice)).toMatchObject({ code: "reset_link_invalid" });
    expect((await ben.request("GET", "/api/me")).status).toBe(401);
    expect(await signInError(BEN.email, BEN.password)).toBe("CredentialsSignin");
    expect(await signInError(BEN.email, "ben-new-password-1")).toBeNull();
    expect((await ben.request("GET", `/reset-password?token=${token}`)).text).toContain("invalid, has expired or has already been used");
  });
});

describe("own password over HTTP", () => {
  it("needs the current password and ends the sessions", async () => {
    const ivy = await new Client(app.url, "ivy").signIn(IVY.email, IVY.password);
    const wrong = await ivy.request("POST", "/api/me/password", { currentPassword: "nope-nope-1", newPassword: "ivy-new-password-1" });
    expect(wrong.status).toBe(400);
    expect(body(wrong)).toMatchObject({ fields: { currentPassword: ["The current password is incorrect"] } });
    const ok = await ivy.request("POST", "/api/me/password", { currentPassword: IVY.password, newPassword: "ivy-new-password-1" });
    expect(ok.status).toBe(200);
    expect((await ivy.request("GET", "/api/me")).status).toBe(401);
    expect(await signInError(IVY.email, "ivy-new-password-1")).toBeNull();
  });
});

describe("bad input is a 4xx JSON answer, never a 500", () => {
  it("on every account route", async () => {
    const learner = await new Client(app.url, "ben").signIn(BEN.email, "ben-new-password-1");
    const anon = new Client(app.url, "anon");
    const uid = ids[BEN.email];
    const big = JSON.stringify({ role: "x".repeat(8 * 1024) });
    const cases: Array<[Client, "GET" | "PATCH" | "POST", string, string | null, number]> = [
      [admin, "GET", "/api/admin/users?page=0", null, 400],
      [admin, "GET", "/api/admin/users?page=abc", null, 400],
      [admin, "GET", `/api/admin/users?q=${"x".repeat(201)}`, null, 400],
      [admin, "GET", "/api/admin/users?q=%00", null, 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, "{", 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, "", 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, JSON.stringify({ role: "ad\u0000min" }), 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, JSON.stringify({ role: "root" }), 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, JSON.stringify({ role: "admin", active: true }), 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, JSON.stringify({ active: "no" }), 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, JSON.stringify({}), 400],
      [admin, "PATCH", `/api/admin/users/${uid}`, big, 413],
      [admin, "PATCH", "/api/admin/users/not-a-uuid", JSON.stringify({ role: "admin" }), 404],
      [admin, "PATCH", "/api/admin/users/00000000-0000-0000-0000-000000000000", JSON.stringify({ active: false }), 404],
      [admin, "PATCH", "/api/admin/users/a%00b", JSON.stringify({ role: "admin" }), 400],
      [admin, "POST", "/api/admin/users/00000000-0000-0000-0000-000000000000/reset-link", "{}", 404],
      [anon, "POST", "/api/auth/reset-password", "{", 400],
      [anon, "POST", "/api/auth/reset-password", JSON.stringify({ token: "A\u0000".repeat(20), password: "whatever-pass-1" }), 400],
      [anon, "POST", "/api/auth/reset-password", JSON.stringify({ token: "x".repeat(5000), password: "whatever-pass-1" }), 413],
      [anon, "POST", "/api/auth/reset-password", JSON.stringify({ token: ["a"], password: "whatever-pass-1" }), 400],
      [anon, "POST", "/api/auth/reset-password", JSON.stringify({ token: "A".repeat(43), password: "whatever-pass-1", extra: 1 }), 400],
      [learner, "POST", "/api/me/password", JSON.stringify({ currentPassword: "x\u0000", newPassword: "ben-next-password-1" }), 400],
      [learner, "POST", "/api/me/password", JSON.stringify({ currentPassword: "", newPassword: "ben-next-password-1" }), 400],
      [learner, "POST", "/api/me/password", JSON.stringify({ currentPassword: "ben-new-password-1", newPassword: "x".repeat(300) }), 400],
      [learner, "POST", "/api/me/password", "[1,2", 400],
      [learner, "POST", "/api/me/password", JSON.stringify({ currentPassword: "p".repeat(6000), newPassword: "ben-next-password-1" }), 413],
    ];
    const problems: string[] = [];
    for (const [client, method, path, raw, expected] of cases) {
      const r = raw === null ? await client.request(method, path) : await client.raw(method, path, raw);
      if (r.status !== expected || !r.contentType.startsWith("application/json"))
        problems.push(`${method} ${path} ${String(raw).slice(0, 40)} → ${r.status} ${r.contentType}, expected ${expected}`);
    }
    // A form post (not JSON) is refused before anything else.
    const form = await admin.raw("PATCH", `/api/admin/users/${uid}`, "role=admin", { "content-type": "application/x-www-form-urlencoded" });
    if (form.status !== 415) problems.push(`form PATCH → ${form.status}`);
    expect(problems).toEqual([]);
    // None of it changed the account.
    expect(await app.db.prisma.user.findUniqueOrThrow({ where: { id: uid }, select: { role: true, deactivatedAt: true } })).toEqual({
      role: "learner",
      deactivatedAt: null,
    });
    expect(app.logs()).not.toMatch(/unhandled error/);
  });
});
