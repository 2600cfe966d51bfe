// POST /api/instructor/exercises/:slug/regrade {key?} → 202 {run, started: true}: every submission of the exercise is
//   re-pointed to its current version and regraded through the grading queue, recorded in the AuditLog; while a run is
//   active (or for a key already used) → 200 {run, started: false}, nothing enqueued again (lib/gradebook/regrade).
// GET  /api/instructor/exercises/:slug/regrade[?run=<id>] → {run}: the latest (or that) run's progress
//   (queued / running / graded / failed counts, state), {run: null} before the first regrade.
// A regrade is content-wide (every submission of the exercise, not one class's): instructors of any class and admins
// (permission regrade, docs/CLASSES.md); progress: any class staff (401/403 JSON); 404 unknown exercise or run; same-origin + JSON body for POST (CSRF).
import { withClassScope } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getQueue } from "@/lib/exercises/queue";
import { RegradeBody } from "@/lib/gradebook/http";
import { getRegradeRun, startRegrade } from "@/lib/gradebook/regrade";
import { withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export const POST = withClassScope<Params>(
  async (request, { params }, { user }) => {
    const { slug } = await params;
    const body = await parseJsonBody(request, RegradeBody, { limit: 4 * 1024 });
    const boss = await withDb(() => getQueue());
    const r = await withDb(() => startRegrade(db(), boss, { actorId: user.id, slug, ...(body.key ? { key: body.key } : {}) }));
    return json(r, { status: r.started ? 202 : 200 });
  },
  { permission: "regrade" },
);

export const GET = withClassScope<Params>(async (request, { params }) => {
  const { slug } = await params;
  const runId = new URL(request.url).searchParams.get("run") ?? undefined;
  const run = await withDb(() => getRegradeRun(db(), slug, runId));
  return json({ run });
});
