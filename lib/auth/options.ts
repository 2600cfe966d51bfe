// next-auth 4 configuration: Credentials provider, JWT sessions carrying id, role and locale.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "./db";
import { INVALID_CREDENTIALS, LOCKED_PREFIX, UNAVAILABLE, clientIp, verifyCredentials } from "./credentials";
import { isServiceUnavailable } from "@/lib/http/errors";
import type { AppRole } from "./roles";

const SESSION_MAX_AGE = 60 * 60 * 24 * 14; // 14 days

// Without a secret next-auth cannot sign session cookies: say so loudly at startup, not as vanishing sessions.
if (
  !process.env.NEXTAUTH_SECRET &&
  process.env.NODE_ENV === "production" &&
  process.env.NEXT_PHASE !== "phase-production-build"
) {
  console.error("[auth] NEXTAUTH_SECRET is not set: sign-in will fail. Start the app with `npm start`, which sets it.");
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  // Cookies: next-auth's defaults are HttpOnly + SameSite=Lax, and `Secure` (with the __Secure-
  // prefix) whenever NEXTAUTH_URL is https. Stated explicitly here.
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
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
        const ip = clientIp(req?.headers as Record<string, string> | undefined);
        let result: Awaited<ReturnType<typeof verifyCredentials>>;
        try {
          result = await verifyCredentials(db(), { email, password, ip });
        } catch (error) {
          // Never pass internal error text (it ends up in a URL) to the browser.
          console.error("[auth] sign-in failed:", error);
          throw new Error(isServiceUnavailable(error) ? UNAVAILABLE : "SignInError");
        }
        if (result.ok) {
          const { id, email: e, name, role, locale } = result.user;
          return { id, email: e, name, role, locale };
        }
        if (result.reason === "locked") throw new Error(`${LOCKED_PREFIX}${result.retryAfterMinutes}`);
        throw new Error(INVALID_CREDENTIALS);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        const u = user as { id: string; role?: AppRole; locale?: string | null };
        token.sub = u.id;
        token.role = u.role ?? "learner";
        token.locale = u.locale ?? null;
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
      }
      return session;
    },
  },
};
