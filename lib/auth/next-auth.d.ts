import type { DefaultSession } from "next-auth";
import type { AppRole } from "./roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: AppRole; locale: string | null; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: AppRole;
    locale?: string | null;
    /** The account's session version at sign-in (lib/auth/session-version.ts). */
    sv?: number;
  }
}
