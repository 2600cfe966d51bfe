// The AuditLog rows of account administration: who (actorId), when (createdAt), what (action, and details such as
// the role before and after). Written in the same transaction as the change they record.
import type { Prisma } from "@/lib/generated/prisma/client";

export const ACCOUNT_TARGET = "user";

export type AccountAction =
  | "user.role"
  | "user.deactivate"
  | "user.reactivate"
  | "user.reset_link"
  | "user.password_reset"
  | "user.password_change";

export async function auditAccount(
  tx: Prisma.TransactionClient,
  entry: { actorId: string | null; action: AccountAction; userId: string; details?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, targetType: ACCOUNT_TARGET, targetId: entry.userId, details: entry.details },
  });
}
