// Reading the session on the server (JWT only, no database access).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { AppRole } from "./roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  locale: string | null;
  /** The account's session version when this token was issued (absent, as in tokens from before versions: 0). */
  sessionVersion?: number;
}

/** The signed-in user according to the session cookie, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id) return null;
  const sessionVersion = Number.isSafeInteger(u.sessionVersion) ? u.sessionVersion : 0;
  return { id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role, locale: u.locale ?? null, sessionVersion };
});
