// Cookies that must reach Kakunin inside an LMS frame: SameSite=None; Secure over https (a cross-site iframe sends
// nothing else), Lax over plain http (browsers refuse SameSite=None without Secure).
import { afterEach, describe, expect, it } from "vitest";
import { authCookies, sessionCookieName } from "../../lib/auth/cookies";
import { serializeCookie } from "../../lib/lti/session";
import { framePolicy } from "../../lib/lti/frame";

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = saved;
});

describe("session cookies for LMS frames", () => {
  it("over https: SameSite=None, Secure and the __Secure- prefix, for next-auth's cookies and the launch's", () => {
    const cookies = authCookies(true);
    expect(cookies.sessionToken).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "none", path: "/", secure: true },
    });
    expect(cookies.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    process.env.NEXTAUTH_URL = "https://kakunin.example";
    expect(serializeCookie({ name: sessionCookieName(), value: "v", maxAge: 60 })).toBe(
      "__Secure-next-auth.session-token=v; Path=/; Max-Age=60; HttpOnly; SameSite=None; Secure",
    );
  });

  it("over http: SameSite=Lax, not Secure", () => {
    expect(authCookies(false).sessionToken?.options).toMatchObject({ sameSite: "lax", secure: false });
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(serializeCookie({ name: sessionCookieName(), value: "v", maxAge: 60 })).toBe(
      "next-auth.session-token=v; Path=/; Max-Age=60; HttpOnly; SameSite=Lax",
    );
  });
});

describe("frame-ancestors after a launch", () => {
  it("nobody frames Kakunin, except the LTI pages and the origins a launch stored", () => {
    expect(framePolicy("/learn", undefined).frameAncestors).toEqual(["'none'"]);
    expect(framePolicy("/lti/continue", undefined).frameAncestors).toEqual(["*"]);
    const lms = encodeURIComponent("https://moodle.school.example http://127.0.0.1:8080");
    expect(framePolicy("/learn", lms).frameAncestors).toEqual(["'self'", "https://moodle.school.example", "http://127.0.0.1:8080"]);
    // anything that is not a bare origin is ignored (no directive injection through the cookie)
    const hostile = encodeURIComponent("https://a.example; script-src * 'unsafe-inline' https://b.example/path *");
    expect(framePolicy("/learn", hostile).frameAncestors).toEqual(["'none'"]);
  });
});
