// Registered LMS platforms: an admin (the admin page, or `npm run lti:register`) enters the values the LMS shows for
// Kakunin; a platform is identified by its issuer and the client id it gave Kakunin, and lists its deployment ids.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const Url = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL");
const Text = z.string().trim().min(1).max(500);

export const PlatformInput = z.strictObject({
  name: z.string().trim().max(200).default(""),
  issuer: Text,
  clientId: Text,
  deploymentIds: z.array(Text).min(1).max(50),
  authLoginUrl: Url,
  accessTokenUrl: Url,
  jwksUrl: Url,
});
export type PlatformInput = z.input<typeof PlatformInput>;

export interface PlatformRow {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  accessTokenUrl: string;
  jwksUrl: string;
  deploymentIds: string[];
  createdAt: Date;
}

/** Registers a platform, or updates the one with the same issuer and client id (deployments are added). */
export async function registerPlatform(db: PrismaClient, raw: PlatformInput): Promise<{ id: string; created: boolean }> {
  const input = PlatformInput.parse(raw);
  try {
    return await upsertPlatform(db, input);
  } catch (error) {
    // the same issuer and client id registered at the same moment: the second one updates the first
    if ((error as { code?: string }).code !== "P2002") throw error;
    return upsertPlatform(db, input);
  }
}

async function upsertPlatform(db: PrismaClient, input: z.output<typeof PlatformInput>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.ltiPlatform.findUnique({ where: { issuer_clientId: { issuer: input.issuer, clientId: input.clientId } } });
    const data = {
      name: input.name || existing?.name || "",
      authLoginUrl: input.authLoginUrl,
      accessTokenUrl: input.accessTokenUrl,
      jwksUrl: input.jwksUrl,
    };
    const platform = existing
      ? await tx.ltiPlatform.update({ where: { id: existing.id }, data })
      : await tx.ltiPlatform.create({ data: { ...data, issuer: input.issuer, clientId: input.clientId } });
    await tx.ltiDeployment.createMany({
      data: input.deploymentIds.map((deploymentId) => ({ platformId: platform.id, deploymentId })),
      skipDuplicates: true,
    });
    return { id: platform.id, created: !existing };
  });
}

export async function listPlatforms(db: PrismaClient): Promise<PlatformRow[]> {
  const rows = await db.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    include: { deployments: { orderBy: { createdAt: "asc" } } },
  });
  return rows.map(({ deployments, ...p }) => ({ ...p, deploymentIds: deployments.map((d) => d.deploymentId) }));
}

export async function removePlatform(db: PrismaClient, id: string): Promise<boolean> {
  const r = await db.ltiPlatform.deleteMany({ where: { id } });
  return r.count > 0;
}

/** The platform a login or launch names: by issuer, and client id when given (an issuer may have several). */
export async function findPlatform(db: PrismaClient, issuer: string, clientId?: string | null) {
  const rows = await db.ltiPlatform.findMany({ where: { issuer, ...(clientId ? { clientId } : {}) }, take: 2 });
  if (rows.length !== 1) return { platform: null, ambiguous: rows.length > 1 };
  return { platform: rows[0]!, ambiguous: false };
}
