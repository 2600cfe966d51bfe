// Browser-test server: starts `next start` on a free port, on the test build (tests/helpers/next-build.ts), against a
// fresh test database holding the course content (a copy of the run's content template, tests/helpers/template-db.ts;
// `content: false`: empty and migrated) and a random NEXTAUTH_SECRET.
//
//   const app = await startTestServer();
//   afterAll(() => app.stop());
//   await page.goto(app.url + "/signin");
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { freePort } from "../../lib/db/embedded";
import { createTestDatabase, type TestDatabase } from "./db";
import { ensureBuild, NEXT_BIN, ROOT, type BuildInfo } from "./next-build";
import { createContentDatabase } from "./template-db";

export { BUILD_SENTINELS, ROOT } from "./next-build";

export interface TestServer {
  url: string;
  port: number;
  db: TestDatabase;
  secret: string;
  /** false when started with `content: false` (an empty, migrated database) */
  content: boolean;
  build: BuildInfo;
  /** Server output so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, logs: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${logs()}`);
}

export async function startTestServer(options: { content?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const verbose = (msg: string) => process.env.KAKUNIN_TEST_VERBOSE && console.log(`[test-server] ${msg}`);
  const t0 = performance.now();
  const build = await ensureBuild();
  const t1 = performance.now();
  const db = options.content === false ? await createTestDatabase() : await createContentDatabase();
  const content = options.content !== false;
  const t2 = performance.now();
  verbose(`build ${Math.round(t1 - t0)} ms, database ${Math.round(t2 - t1)} ms${content ? " (content)" : ""}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const secret = crypto.randomBytes(32).toString("base64url");
  let output = "";
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      KAKUNIN_DIST_DIR: build.distDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const append = (b: Buffer) => {
    output += b.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const logs = () => output;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 5_000);
        child.once("exit", () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    await db.drop();
  };
  try {
    await waitForHttp(`${url}/signin`, child, logs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, db, secret, content, build, logs, stop };
}
