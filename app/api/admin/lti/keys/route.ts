// GET /api/admin/lti/keys → {keys: [{kid, createdAt, retiredAt, publishedUntil}]}: Kakunin's LTI signing keys, newest
// first (lib/lti/keys.ts; private parts never leave the database).
// POST /api/admin/lti/keys → 201 {kid}: rotates — a new key signs from now on, the previous signer stays in the
// public JWKS (/lti/jwks) for KEY_OVERLAP_MS (an hour) so tokens it signed still verify. Audited ("lti.key.rotate").
// Admins only (401/403 JSON).
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";
import { listKeys, rotateKey } from "@/lib/lti/keys";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => json({ keys: await withDb(() => listKeys(db())) }), { role: "admin" });

export const POST = withAuth(
  async (_request, _context, admin) => {
    const kid = await withDb(async () => {
      const prisma = db();
      const retiring = (await listKeys(prisma)).filter((k) => !k.retiredAt).map((k) => k.kid);
      const created = await rotateKey(prisma);
      await prisma.auditLog.create({
        data: { actorId: admin.id, action: "lti.key.rotate", targetType: "lti_key", targetId: created, details: { retired: retiring } },
      });
      return created;
    });
    return json({ kid }, { status: 201 });
  },
  { role: "admin" },
);
