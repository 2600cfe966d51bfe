// THE server-side access guard. Pages and server actions: requireUser() / requireRole().
// Route handlers: withAuth(handler, { role }). Nothing else in the app checks access by itself.
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { withDb } from "@/lib/http/errors";
import { jsonError, route } from "@/lib/http/route";
import { db } from "./db";
import { safeCallbackPath } from "./redirect";
import { hasRole, type AppRole } from "./roles";
import { getSessionUser } from "./session";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  locale: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user, re-read from the database on every request (so a deleted account, a changed role or a
 * sign-out takes effect immediately, not when the JWT expires): the token's session version must equal the
 * account's, and sign-out increments the account's (lib/auth/session-version.ts); a deactivated account
 * (lib/accounts/status.ts) has no session at all. Cached per request.
 * One raw statement: it runs on every API call,
 * and a raw primary-key read costs the server about half the CPU of the equivalent Prisma query (see
 * docs/PERFORMANCE.md, "Grading") — cheap enough that no cross-request cache (and no window in which a demoted
 * user keeps access) is needed.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getSessionUser();
  if (!session) return null;
  if (!UUID.test(session.id)) return null; // not an id this app issued
  const [user] = await withDb(() =>
    db().$queryRaw<CurrentUser[]>`SELECT id::text AS id, email, name, role::text AS role, locale FROM "User"
      WHERE id = ${session.id}::uuid AND "sessionVersion" = ${session.sessionVersion ?? 0} AND "deactivatedAt" IS NULL`,
  );
  return user ?? null;
});

/**
 * For "already signed in?" checks on public pages (landing, sign-in, sign-up) and the header: the verified user
 * when the database answers, else the JWT's view (so those pages keep working during a database outage). A JWT
 * whose account no longer exists, or that was signed out, counts as signed out — otherwise /signin and a guarded page would redirect to
 * each other forever.
 */
export async function getSignedInUser(): Promise<CurrentUser | null> {
  try {
    return await getCurrentUser();
  } catch {
    return getSessionUser();
  }
}

export type AccessDecision = { ok: true; user: CurrentUser } | { ok: false; status: 401 | 403 };

/** Pure decision: who may pass. */
export function decideAccess(user: CurrentUser | null, role?: AppRole): AccessDecision {
  if (!user) return { ok: false, status: 401 };
  if (role && !hasRole(user.role, role)) return { ok: false, status: 403 };
  return { ok: true, user };
}

export function signInPath(callbackUrl?: string): string {
  const next = safeCallbackPath(callbackUrl, "");
  return next ? `/signin?callbackUrl=${encodeURIComponent(next)}` : "/signin";
}

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(options: { callbackUrl?: string } = {}): Promise<CurrentUser> {
  const decision = decideAccess(await getCurrentUser());
  if (!decision.ok) redirect(signInPath(options.callbackUrl));
  return decision.user;
}

/** For pages and server actions: a user with at least `role`; else sign-in redirect or the 403 page. */
export async function requireRole(role: AppRole, options: { callbackUrl?: string } = {}): Promise<CurrentUser> {
  const decision = decideAccess(await getCurrentUser(), role);
  if (!decision.ok) {
    if (decision.status === 401) redirect(signInPath(options.callbackUrl));
    forbidden();
  }
  return decision.user;
}

type AuthedHandler<Ctx> = (request: Request, context: Ctx, user: CurrentUser) => Promise<Response> | Response;

/**
 * For route handlers: 401 JSON when signed out, 403 JSON when the role is insufficient;
 * otherwise calls `handler` with the user. Also applies lib/http's route() wrapper
 * (same-origin check for unsafe methods, JSON errors, no stack traces).
 */
export function withAuth<Ctx = unknown>(handler: AuthedHandler<Ctx>, options: { role?: AppRole } = {}) {
  return route<Ctx>(async (request, context) => {
    const decision = decideAccess(await getCurrentUser(), options.role);
    if (!decision.ok) {
      return decision.status === 401
        ? jsonError(401, "Authentication required")
        : jsonError(403, "You do not have permission to do this");
    }
    return handler(request, context, decision.user);
  });
}
