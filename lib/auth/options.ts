// next-auth 4 configuration: Credentials provider, JWT sessions carrying id, role, locale and the account's session
// version (sign-out increments it: lib/auth/session-version.ts), same-origin redirects only (lib/auth/redirect.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authCookies, secureCookies } from "./cookies";
import { db } from "@/lib/db/client";
import { clientIp } from "./client-address";
import { DEACTIVATED, INVALID_CREDENTIALS, THROTTLED_PREFIX, UNAVAILABLE, verifyCredentials } from "./credentials";
import { nextAuthRedirect } from "./redirect";
import { endSessions } from "./session-version";
import { isServiceUnavailable } from "@/lib/http/errors";
import type { AppRole } from "./roles";

const SESSION_MAX_AGE = 60 * 60 * 24 * 14; // 14 days

// Without a secret next-auth cannot sign session cookies: say so loudly at startup, not as vanishing sessions.
if (!process.env.NEXTAUTH_SECRET && process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
  console.error("[auth] NEXTAUTH_SECRET is not set: sign-in will fail. Start the app with `npm start`, which sets it.");
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  // Cookies: HttpOnly, `Secure` (with the __Secure- prefix) whenever NEXTAUTH_URL is https, and then SameSite=None so
  // that Kakunin works inside an LMS frame (lib/auth/cookies.ts says why that is safe).
  useSecureCookies: secureCookies(),
  cookies: authCookies(),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || email.length > 320 || password.length > 1024) {
          throw new Error(INVALID_CREDENTIALS);
        }
        const ip = clientIp(req?.headers as Record<string, string | string[] | undefined> | undefined);
        let result: Awaited<ReturnType<typeof verifyCredentials>>;
        try {
          result = await verifyCredentials(db(), { email, password, ip });
        } catch (error) {
          // Never pass internal error text (it ends up in a URL) to the browser.
          console.error("[auth] sign-in failed:", error);
          throw new Error(isServiceUnavailable(error) ? UNAVAILABLE : "SignInError");
        }
        if (result.ok) {
          const { id, email: e, name, role, locale, sessionVersion } = result.user;
          return { id, email: e, name, role, locale, sessionVersion };
        }
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${result.retryAfterSeconds}`);
        if (result.reason === "deactivated") throw new Error(DEACTIVATED);
        throw new Error(INVALID_CREDENTIALS);
      },
    }),
  ],
  events: {
    // Ends every session of the account (the guard refuses tokens of an older version). A failure is logged; the
    // cookie is cleared either way.
    async signOut({ token }) {
      if (!token?.sub) return;
      try {
        await endSessions(db(), token.sub, token.sv ?? 0);
      } catch (error) {
        console.error("[auth] sign-out could not end the sessions:", error);
      }
    },
  },
  callbacks: {
    redirect: async (params) => nextAuthRedirect(params),
    async jwt({ token, user, trigger, session }) {
      if (user) {
        const u = user as { id: string; role?: AppRole; locale?: string | null; sessionVersion?: number };
        token.sub = u.id;
        token.role = u.role ?? "learner";
        token.locale = u.locale ?? null;
        token.sv = u.sessionVersion ?? 0;
      }
      if (trigger === "update" && session && typeof session === "object") {
        const s = session as { locale?: unknown };
        if (s.locale === "en" || s.locale === "ja") token.locale = s.locale;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = (token.role as AppRole | undefined) ?? "learner";
        session.user.locale = (token.locale as string | null | undefined) ?? null;
        session.user.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      }
      return session;
    },
  },
};
