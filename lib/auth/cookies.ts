// next-auth's cookies, stated here because LTI needs two things of them: Kakunin opens inside an LMS page (an iframe
// on another site), where a browser sends only SameSite=None cookies, and lib/lti signs users in by writing the
// session cookie itself. Served over https: SameSite=None; Secure (our routes still refuse cross-site writes: JSON
// content type and Origin checks in lib/http/route.ts, next-auth's CSRF token). Over plain http, browsers refuse
// SameSite=None without Secure, so the defaults (Lax) stay: Kakunin then works framed only by a same-site LMS.
import type { CookiesOptions } from "next-auth";

export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(secure = secureCookies()): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** SameSite for cookies that must reach Kakunin inside an LMS frame. */
export function frameableSameSite(secure = secureCookies()): "none" | "lax" {
  return secure ? "none" : "lax";
}

export function authCookies(secure = secureCookies()): Partial<CookiesOptions> {
  const options = { httpOnly: true, sameSite: frameableSameSite(secure), path: "/", secure };
  return {
    sessionToken: { name: sessionCookieName(secure), options },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
  };
}
