// GET /api/health → 200 {"ok":true,"db":"up"} | 503 {"ok":false,"db":"down"}. For load balancers and `npm start`.
import { pingDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const up = await pingDatabase();
  return Response.json(up ? { ok: true, db: "up" } : { ok: false, db: "down" }, {
    status: up ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
