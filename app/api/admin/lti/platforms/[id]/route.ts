// DELETE /api/admin/lti/platforms/:id → 204: removes the registration and, with it, what Kakunin keeps of that LMS
// (deployments, the mapping of its users, courses and links; the Kakunin accounts, classes and assignments stay).
// Audited ("lti.platform.remove"). Admins only (401/403 JSON); 400 for an id that is not a UUID, 404 unknown id.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { HttpError, withDb } from "@/lib/http/errors";
import { validate } from "@/lib/http/json";
import { removePlatform } from "@/lib/lti/platforms";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const PlatformId = z.object({ id: z.uuid() });

export const DELETE = withAuth<Params>(
  async (_request, { params }, admin) => {
    const { id } = validate(PlatformId, await params);
    await withDb(async () => {
      const prisma = db();
      const platform = await prisma.ltiPlatform.findUnique({ where: { id }, select: { name: true, issuer: true, clientId: true } });
      if (!platform || !(await removePlatform(prisma, id))) throw new HttpError(404, "Not found");
      await prisma.auditLog.create({
        data: { actorId: admin.id, action: "lti.platform.remove", targetType: "lti_platform", targetId: id, details: platform },
      });
    });
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  },
  { role: "admin" },
);
