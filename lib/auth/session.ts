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
}

/** The signed-in user according to the session cookie, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id) return null;
  return { id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role, locale: u.locale ?? null };
});
