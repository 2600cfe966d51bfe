// GET /api/me/assignments → {assignments}: the caller's "My assignments" (lib/assignments/mine): only assignments of
// their classes that have opened; scores only once released.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { listMyAssignments } from "@/lib/assignments/mine";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = withAuth(async (_request, _context, user) =>
  json({ assignments: await withDb(() => listMyAssignments(db(), user.id)) }),
);
