// POST /api/classes {courseSlug, name, term?, timeZone?} → 201 {id, joinCode}: an instructor (or admin) creates a
// class and becomes its instructor (lib/classes/service). 400 invalid body, 404 unknown course.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { CreateClassBody } from "@/lib/classes/http";
import { createClass } from "@/lib/classes/service";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  async (request, _context, user) => {
    const body = await parseJsonBody(request, CreateClassBody, { limit: 8 * 1024 });
    const c = await withDb(() => createClass(db(), user.id, body));
    return json(c, { status: 201 });
  },
  { role: "instructor" },
);
