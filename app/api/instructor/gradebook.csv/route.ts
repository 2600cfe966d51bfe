// GET /api/instructor/gradebook.csv — the gradebook as CSV (UTF-8 with BOM, RFC 4180). Instructors and admins only:
// 401 JSON when signed out, 403 JSON for learners (lib/auth/guard withAuth).
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { withDb } from "@/lib/http/errors";
import { getGradebook, gradebookCsv } from "@/lib/gradebook/gradebook";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async () => {
    const csv = gradebookCsv(await withDb(() => getGradebook(db())));
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      status: 200,
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="kakunin-gradebook-${date}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
  { role: "instructor" },
);
