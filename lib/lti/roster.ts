// Names and Role Provisioning Services 2.0: an instructor syncs the class roster from the LMS course's membership
// service. Every member gets (or keeps) their Kakunin account (platform + user_id, as at launch) and class role;
// members the LMS lists as Inactive or Deleted, or no longer lists, leave the class (their work stays).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { classRoleOf, MEDIA, SCOPE } from "./claims";
import { LtiError } from "./errors";
import { createLtiAccount } from "./launch";
import { accessToken, SERVICE_TIMEOUT_MS } from "./token";

const MAX_PAGES = 200;

interface Member {
  user_id?: unknown;
  roles?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  status?: unknown;
}

export interface RosterSync {
  members: number;
  added: number;
  updated: number;
  removed: number;
}

function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2]!.split(/\s+/).includes("next")) return m[1]!;
  }
  return null;
}

async function fetchMembers(db: PrismaClient, platform: { id: string; clientId: string; accessTokenUrl: string }, url: string) {
  const token = await accessToken(db, platform, [SCOPE.memberships]);
  const members: Member[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    let res: Response;
    try {
      res = await fetch(next, {
        headers: { accept: MEDIA.memberships, authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
      });
    } catch (error) {
      throw new LtiError("service", `The LMS's membership service could not be reached: ${(error as Error).message}`, 502);
    }
    if (!res.ok) throw new LtiError("service", `The LMS's membership service answered HTTP ${res.status}.`, 502);
    const body = (await res.json().catch(() => null)) as { members?: unknown } | null;
    if (!body || !Array.isArray(body.members)) throw new LtiError("service", "The LMS's membership service sent no member list.", 502);
    members.push(...(body.members as Member[]));
    next = nextLink(res.headers.get("link"));
  }
  return members;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

export async function syncRoster(db: PrismaClient, classId: string, actorId: string, now = new Date()): Promise<RosterSync> {
  const ctx = await db.ltiContext.findUnique({ where: { classId }, include: { platform: true } });
  if (!ctx) throw new LtiError("service", "This class is not linked to an LMS course.", 404);
  if (!ctx.membershipsUrl)
    throw new LtiError("service", "The LMS has not offered its roster service for this course (launch once from it).", 409);
  const members = await fetchMembers(db, ctx.platform, ctx.membershipsUrl);
  const out: RosterSync = { members: members.length, added: 0, updated: 0, removed: 0 };
  await db.$transaction(
    async (tx) => {
      const listed = new Set<string>();
      for (const m of members) {
        const sub = text(m.user_id);
        if (!sub) continue;
        const active = m.status === undefined || m.status === "Active";
        const name = (text(m.name) || [text(m.given_name), text(m.family_name)].filter(Boolean).join(" ") || "LMS user").slice(0, 200);
        const known = await tx.ltiUser.findUnique({ where: { platformId_sub: { platformId: ctx.platformId, sub } } });
        let userId = known?.userId;
        if (!userId) {
          if (!active) continue;
          userId = await createLtiAccount(tx, ctx.platformId, sub, name);
        }
        const role = classRoleOf(Array.isArray(m.roles) ? m.roles.filter((r): r is string => typeof r === "string") : []);
        const current = await tx.classMember.findUnique({ where: { classId_userId: { classId, userId } } });
        if (!active) {
          if (current && !current.removedAt) {
            await tx.classMember.update({ where: { classId_userId: { classId, userId } }, data: { removedAt: now } });
            out.removed++;
          }
          continue;
        }
        listed.add(userId);
        if (!current) {
          await tx.classMember.create({ data: { classId, userId, role } });
          out.added++;
        } else if (current.removedAt || current.role !== role) {
          await tx.classMember.update({ where: { classId_userId: { classId, userId } }, data: { role, removedAt: null } });
          out.updated++;
        }
      }
      // LMS users the course no longer lists leave the class; Kakunin-only members (not from this LMS) stay
      const fromLms = await tx.classMember.findMany({
        where: { classId, removedAt: null, user: { ltiAccounts: { some: { platformId: ctx.platformId } } } },
        select: { userId: true },
      });
      for (const m of fromLms) {
        if (listed.has(m.userId) || m.userId === actorId) continue;
        await tx.classMember.update({ where: { classId_userId: { classId, userId: m.userId } }, data: { removedAt: now } });
        out.removed++;
      }
      await tx.ltiContext.update({
        where: { platformId_contextId: { platformId: ctx.platformId, contextId: ctx.contextId } },
        data: { rosterSyncedAt: now },
      });
      await tx.auditLog.create({
        data: { actorId, action: "lti.roster.sync", targetType: "class", targetId: classId, details: { ...out } },
      });
    },
    { timeout: 60_000 },
  );
  return out;
}
