// THE server-side access guard. Pages and server actions: requireUser() / requireRole().
// Route handlers: withAuth(handler, { role }). Nothing else in the app checks access by itself.
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { canSeeLearner, classPower, isStaffAnywhere, staffClasses, type StaffClass } from "@/lib/classes/access";
import { classCan, type ClassPermission, type ClassPower } from "@/lib/classes/permissions";
import { HttpError, withDb } from "@/lib/http/errors";
import { jsonError, route } from "@/lib/http/route";
import { db } from "@/lib/db/client";
import { safeCallbackPath } from "./redirect";
import { hasRole, type AppRole } from "./roles";
import { getSessionUser } from "./session";
import { isUuid } from "@/lib/http/ids";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  locale: string | null;
}

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
  if (!isUuid(session.id)) return null; // not an id this app issued
  const [user] = await withDb(
    () =>
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
      return decision.status === 401 ? jsonError(401, "Authentication required") : jsonError(403, "You do not have permission to do this");
    }
    return handler(request, context, decision.user);
  });
}

// ---- classes: the instructor area is scoped to a class the user teaches (docs/CLASSES.md) ----------------------

/** The filter value that matches no class: a staff member without a class sees no learners. */
export const NO_CLASS = "00000000-0000-0000-0000-000000000000";

export interface ClassScope {
  user: CurrentUser;
  /** Every class the user can open (all classes for an admin), for the class switcher. */
  classes: StaffClass[];
  /** The class shown; null = all learners (admins only, when no class is chosen). */
  current: StaffClass | null;
  /** The class id to filter learners by (lib/classes/scope-sql): null = everyone (admin), NO_CLASS = nobody. */
  learnerClassId: string | null;
}

type ScopeDecision = { ok: true; scope: ClassScope } | { ok: false; status: 401 | 403 | 404 };

async function decideClassScope(classParam: unknown, permission: ClassPermission): Promise<ScopeDecision> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401 };
  const prisma = db();
  if (!(await withDb(() => isStaffAnywhere(prisma, user)))) return { ok: false, status: 403 };
  const classes = await withDb(() => staffClasses(prisma, user));
  let current: StaffClass | null = null;
  if (typeof classParam === "string" && classParam !== "") {
    current = classes.find((c) => c.id === classParam) ?? null;
    if (!current) return { ok: false, status: 404 }; // unknown, or not a class of theirs: the same answer
  } else if (user.role !== "admin") {
    current = classes[0] ?? null;
  }
  if (current && !classCan(current.power, permission)) return { ok: false, status: 403 };
  // Staff without a class (a new instructor) see empty views; nothing that changes data.
  if (!current && user.role !== "admin" && permission !== "view" && permission !== "grade") return { ok: false, status: 403 };
  const learnerClassId = current ? current.id : user.role === "admin" ? null : NO_CLASS;
  return { ok: true, scope: { user, classes, current, learnerClassId } };
}

/**
 * For instructor pages: the class scope from `?class=` (default: the first class the user teaches; admins: all
 * learners). Sign-in redirect when signed out; the 403 page for users who teach nowhere or lack `permission` in the
 * class; the 404 page for a class that is not theirs.
 */
export async function requireClassScope(
  classParam: unknown,
  permission: ClassPermission = "view",
  options: { callbackUrl?: string } = {},
): Promise<ClassScope> {
  const d = await decideClassScope(classParam, permission);
  if (d.ok) return d.scope;
  if (d.status === 401) redirect(signInPath(options.callbackUrl));
  if (d.status === 404) notFound();
  forbidden();
}

/**
 * For route handlers of the instructor area addressed by a learner's row (answers): 401 signed out, 403 for users who
 * are staff nowhere; the handler then checks the row's learner with assertLearnerVisible.
 */
export function withStaff<Ctx = unknown>(handler: AuthedHandler<Ctx>) {
  return route<Ctx>(async (request, context) => {
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "Authentication required");
    if (!(await withDb(() => isStaffAnywhere(db(), user)))) return jsonError(403, "You do not have permission to do this");
    return handler(request, context, user);
  });
}

type ScopedHandler<Ctx> = (request: Request, context: Ctx, scope: ClassScope) => Promise<Response> | Response;

/** For instructor route handlers: as requireClassScope, with `?class=` from the URL and JSON 401/403/404. */
export function withClassScope<Ctx = unknown>(handler: ScopedHandler<Ctx>, options: { permission?: ClassPermission } = {}) {
  return route<Ctx>(async (request, context) => {
    const d = await decideClassScope(new URL(request.url).searchParams.get("class"), options.permission ?? "view");
    if (!d.ok) {
      if (d.status === 401) return jsonError(401, "Authentication required");
      if (d.status === 404) return jsonError(404, "Class not found");
      return jsonError(403, "You do not have permission to do this");
    }
    return handler(request, context, d.scope);
  });
}

/** May the user see this learner (a shared class where they hold `permission`; admins: anyone)? */
export async function learnerVisibleTo(user: CurrentUser, learnerId: string, permission: ClassPermission = "view"): Promise<boolean> {
  if (!isUuid(learnerId)) return false;
  return withDb(() => canSeeLearner(db(), user, learnerId, permission));
}

/** A learner's rows, addressed by an id: 404 (as for an unknown id) unless the user may see that learner. */
export async function assertLearnerVisible(user: CurrentUser, learnerId: string, permission: ClassPermission = "view"): Promise<void> {
  if (await withDb(() => canSeeLearner(db(), user, learnerId, permission))) return;
  // Visible but without this permission (a TA overriding): 403; invisible: the 404 of an unknown id.
  if (permission !== "view" && (await withDb(() => canSeeLearner(db(), user, learnerId, "view")))) {
    throw new HttpError(403, "You do not have permission to do this");
  }
  throw new HttpError(404, "Not found");
}

/** Route handlers that act on one class by id (roster, join code, assignments): the user's power there, or 404/403. */
export async function requireClassPower(user: CurrentUser, classId: string, permission: ClassPermission): Promise<ClassPower> {
  if (!isUuid(classId)) throw new HttpError(404, "Class not found");
  const power = await withDb(() => classPower(db(), user, classId));
  if (!power) throw new HttpError(404, "Class not found");
  if (!classCan(power, permission)) throw new HttpError(403, "You do not have permission to do this");
  return power;
}
