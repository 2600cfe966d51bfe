// npx tsx scripts/bench-grading-http.ts — server CPU per HTTP request of the submission flow, one kind at a time
// (`next start` of an existing build; no grading: the embedded worker is off). Shows what the framework, the
// session check and each handler cost apart from the database work the stage benchmark measures
// (scripts/bench-grading-stages.ts). BENCH_DIST_DIR=<build> reuses a build; BENCH_N requests per kind (default 400).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { createPrismaClient } from "../lib/db/client";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { ensureBuild, ROOT } from "../tests/helpers/next-build";

const N = Number(process.env.BENCH_N ?? 400);
const CONCURRENCY = 4;

function procCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kakunin-http-"));
  fs.chmodSync(dir, 0o755);
  const [build, pg] = await Promise.all([
    process.env.BENCH_DIST_DIR ? Promise.resolve({ distDir: process.env.BENCH_DIST_DIR }) : ensureBuild(),
    startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true }),
  ]);
  let child: ReturnType<typeof spawn> | undefined;
  try {
    await migrate({ url: pg.url });
    const prisma = createPrismaClient(pg.url, { max: 4 });
    const { loadContent } = (await import("../lib/content/load")) as { loadContent: (p: unknown, d: string) => Promise<unknown> };
    await loadContent(prisma, path.join(ROOT, "exercises"));
    const secret = crypto.randomBytes(32).toString("base64url");
    const u = await prisma.user.create({ data: { email: "h@example.com", name: "H", passwordHash: "!", role: "learner" } });
    const cookie = `next-auth.session-token=${await encode({ token: { sub: u.id, email: u.email, name: u.name, role: "learner", locale: null }, secret })}`;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: pg.url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: base,
        KAKUNIN_DIST_DIR: build.distDir,
        KAKUNIN_EMBEDDED_WORKER: "0",
        KAKUNIN_SUBMIT_RATE_PER_MIN: "100000000",
      },
      stdio: "ignore",
    });
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 300) throw new Error("next start did not come up");
      await new Promise((r) => setTimeout(r, 200));
    }
    const code = fs.readFileSync(path.join(ROOT, "exercises/code/d-tanh/solution.py"), "utf8");
    let subId = "";
    const kinds: Record<string, () => Promise<Response>> = {
      "GET /api/health (framework + 1 query)": () => fetch(`${base}/api/health`),
      "GET /api/submissions/:id unknown (session + user + 1 query, 404)": () =>
        fetch(`${base}/api/submissions/${crypto.randomUUID()}`, { headers: { cookie } }),
      "POST submissions, bad body (session + user + body parse, 400)": () =>
        fetch(`${base}/api/exercises/d-tanh/submissions`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ code }),
        }),
      "POST submissions (store + enqueue, 202)": () =>
        fetch(`${base}/api/exercises/d-tanh/submissions`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ code, idempotencyKey: crypto.randomUUID() }),
        }),
      "GET /api/submissions/:id (queued submission view)": () => fetch(`${base}/api/submissions/${subId}`, { headers: { cookie } }),
    };
    const r0 = await kinds["POST submissions (store + enqueue, 202)"]!();
    subId = ((await r0.json()) as { id: string }).id;
    for (const round of ["warm-up", "measured"]) {
      console.log(`\n${round} (${N} requests each, ${CONCURRENCY} at a time; load ${os.loadavg()[0]!.toFixed(1)}):`);
      for (const [name, send] of Object.entries(kinds)) {
        const c0 = procCpuMs(child.pid!);
        const t0 = performance.now();
        let next = 0;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < N) {
              next++;
              const res = await send();
              await res.arrayBuffer();
            }
          }),
        );
        const cpu = procCpuMs(child.pid!) - c0;
        console.log(
          `  ${(cpu / N).toFixed(2).padStart(6)} ms CPU/request  ${((performance.now() - t0) / N).toFixed(2).padStart(6)} ms wall  ${name}`,
        );
      }
    }
    await prisma.$disconnect();
  } finally {
    child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
