// The latest account-administration entries of the AuditLog (lib/accounts/audit.ts) for the admin page: who did
// what to which account, and when.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ACCOUNT_TARGET, type AccountAction } from "./audit";

export interface AccountEvent {
  id: string;
  action: AccountAction;
  at: string;
  actor: string | null;
  target: string | null;
  details: Record<string, unknown>;
}

export async function recentAccountEvents(prisma: PrismaClient, limit = 20): Promise<AccountEvent[]> {
  const rows = await prisma.auditLog.findMany({
    where: { targetType: ACCOUNT_TARGET },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, createdAt: true, targetId: true, details: true, actor: { select: { email: true } } },
  });
  const ids = [...new Set(rows.map((r) => r.targetId))];
  const targets = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  const email = new Map(targets.map((t) => [t.id, t.email]));
  return rows.map((r) => ({
    id: r.id,
    action: r.action as AccountAction,
    at: r.createdAt.toISOString(),
    actor: r.actor?.email ?? null,
    target: email.get(r.targetId) ?? null,
    details: r.details && typeof r.details === "object" && !Array.isArray(r.details) ? (r.details as Record<string, unknown>) : {},
  }));
}
