// An admin changes an account's role, deactivates or reactivates it. Each change is one transaction that takes the
// admin lock (so two admins demoting each other at once cannot both pass the check), refuses a change that would
// leave no active admin, applies the change and writes its AuditLog row. A change to what the account already is
// does nothing and is not audited.
//
// Deactivating keeps every row of the account's data; the guard (lib/auth/guard.ts) admits no session of a
// deactivated account from its next request on, and sign-in is refused with a message saying so. It also bumps the
// session version (so reactivating does not revive the old sessions) and deletes the account's unused reset links.
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { AppRole } from "@/lib/auth/roles";
import { HttpError } from "@/lib/http/errors";
import { auditAccount } from "./audit";
import { ADMIN_USER_SELECT, toAdminUser, type AdminUser } from "./list";

/** Arbitrary constant: the advisory lock that serialises changes to who is an active admin. */
const ADMIN_LOCK = 4_182_021_338;

export interface ChangeResult {
  user: AdminUser;
  changed: boolean;
}

async function lockTarget(tx: Prisma.TransactionClient, userId: string) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${ADMIN_LOCK}::bigint)`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: ADMIN_USER_SELECT });
  if (!user) throw new HttpError(404, "User not found");
  return user;
}

/** Refuses when `userId`, an active admin today, would stop being one and no other active admin is left. */
async function keepAnAdmin(tx: Prisma.TransactionClient, user: { id: string; role: AppRole; deactivatedAt: Date | null }) {
  if (user.role !== "admin" || user.deactivatedAt) return;
  const others = await tx.user.count({ where: { role: "admin", deactivatedAt: null, id: { not: user.id } } });
  if (others === 0) throw new HttpError(409, "This change would leave no active administrator");
}

export async function changeRole(prisma: PrismaClient, actorId: string, userId: string, role: AppRole): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const user = await lockTarget(tx, userId);
    if (user.role === role) return { user: toAdminUser(user), changed: false };
    if (role !== "admin") await keepAnAdmin(tx, user);
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: ADMIN_USER_SELECT });
    await auditAccount(tx, { actorId, action: "user.role", userId, details: { from: user.role, to: role } });
    return { user: toAdminUser(updated), changed: true };
  });
}

export async function setActive(
  prisma: PrismaClient,
  actorId: string,
  userId: string,
  active: boolean,
  now: Date = new Date(),
): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const user = await lockTarget(tx, userId);
    if (active === !user.deactivatedAt) return { user: toAdminUser(user), changed: false };
    if (!active) {
      await keepAnAdmin(tx, user);
      await tx.passwordResetToken.deleteMany({ where: { userId } });
    }
    const updated = await tx.user.update({
      where: { id: userId },
      data: active ? { deactivatedAt: null } : { deactivatedAt: now, sessionVersion: { increment: 1 } },
      select: ADMIN_USER_SELECT,
    });
    await auditAccount(tx, { actorId, action: active ? "user.reactivate" : "user.deactivate", userId, details: { role: user.role } });
    return { user: toAdminUser(updated), changed: true };
  });
}
