// GET /api/admin/lti/platforms → {platforms, tool: {login, launch, jwks, deepLink}}: the registered LMS platforms
// (lib/lti/platforms.ts) and the URLs Kakunin's registration in the LMS needs (lib/lti/urls.ts, on the public origin).
// POST /api/admin/lti/platforms {name?, issuer, clientId, deploymentIds, authLoginUrl, accessTokenUrl, jwksUrl}
// → 201 {id, created: true}, or 200 {id, created: false} when a platform with that issuer and client id existed (its
// URLs replaced, its name too unless the new one is empty, the deployment ids added). Audited
// ("lti.platform.register"). Admins only (401/403 JSON); 400 with `fields` for a body PlatformInput refuses.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { listPlatforms, PlatformInput, registerPlatform } from "@/lib/lti/platforms";
import { toolUrlsFor } from "@/lib/lti/urls";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async (request) => {
    const { login, launch, jwks, deepLink } = toolUrlsFor(request);
    const platforms = await withDb(() => listPlatforms(db()));
    return json({ platforms, tool: { login, launch, jwks, deepLink } });
  },
  { role: "admin" },
);

export const POST = withAuth(
  async (request, _context, admin) => {
    const input = await parseJsonBody(request, PlatformInput, { limit: 64 * 1024 });
    const result = await withDb(async () => {
      const prisma = db();
      const saved = await registerPlatform(prisma, input); // an update without a name keeps the registered one
      await prisma.auditLog.create({
        data: {
          actorId: admin.id,
          action: "lti.platform.register",
          targetType: "lti_platform",
          targetId: saved.id,
          details: { created: saved.created, issuer: input.issuer, clientId: input.clientId, deploymentIds: input.deploymentIds },
        },
      });
      return saved;
    });
    return json(result, { status: result.created ? 201 : 200 });
  },
  { role: "admin" },
);
