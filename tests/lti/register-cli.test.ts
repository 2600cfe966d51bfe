// `npm run lti:register` as a child process against a test database: registering prints Kakunin's URLs and audits;
// a second run updates the platform; missing or invalid options exit 2 with a message and the usage, never a stack
// trace; --list shows what is registered; --urls needs no database.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listPlatforms } from "../../lib/lti/platforms";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

vi.setConfig({ testTimeout: 240_000 });

const ROOT = path.resolve(import.meta.dirname, "../..");
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

/** Runs the script; env overrides (undefined removes a variable). Asynchronous, so test files run alongside. */
function ltiRegister(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const merged: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: tdb.url, NEXTAUTH_URL: "https://kakunin.example.edu" };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/lti-register.ts", ...args], {
      cwd: ROOT,
      env: merged,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 200_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const MOODLE = [
  "--issuer",
  "https://moodle.example.edu",
  "--client-id",
  "aBcD1234",
  "--deployment-id",
  "1",
  "--auth-url",
  "https://moodle.example.edu/mod/lti/auth.php",
  "--token-url",
  "https://moodle.example.edu/mod/lti/token.php",
  "--jwks-url",
  "https://moodle.example.edu/mod/lti/certs.php",
];

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(text).not.toMatch(/node:internal|ZodError|\.ts:\d+/);
};

describe("npm run lti:register", () => {
  it("registers a platform, printing Kakunin's URLs on NEXTAUTH_URL's origin, and audits it", async () => {
    const r = await ltiRegister([...MOODLE, "--name", "University Moodle"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Registered platform "University Moodle" (issuer https://moodle.example.edu, client id aBcD1234)');
    expect(r.stdout).toContain("deployment ids: 1");
    for (const url of [
      "https://kakunin.example.edu/lti/login",
      "https://kakunin.example.edu/lti/launch",
      "https://kakunin.example.edu/lti/jwks",
    ]) {
      expect(r.stdout).toContain(url);
    }
    expect(r.stdout).toContain("Initiate login URL");
    expect(r.stdout).toContain("OpenID Connect Initiation Url");

    const [p] = await listPlatforms(tdb.prisma);
    expect(p).toMatchObject({
      name: "University Moodle",
      issuer: "https://moodle.example.edu",
      clientId: "aBcD1234",
      deploymentIds: ["1"],
    });
    expect(r.stdout).toContain(`id: ${p!.id}`);
    const audit = await tdb.prisma.auditLog.findFirstOrThrow({ where: { targetType: "lti_platform", targetId: p!.id } });
    expect(audit).toMatchObject({ actorId: null, action: "lti.platform.register", details: { via: "cli", created: true } });
  });

  it("a second run with the same issuer and client id updates it: deployments added (repeated or comma-separated)", async () => {
    const r = await ltiRegister([
      ...MOODLE,
      "--deployment-id",
      "2,3",
      "--deployment-id",
      "1",
      "--url",
      "http://kakunin.test:8080/ignored/path",
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Updated platform (issuer https://moodle.example.edu, client id aBcD1234)");
    expect(r.stdout).toContain("deployment ids: 1, 2, 3");
    expect(r.stdout).toContain("http://kakunin.test:8080/lti/login"); // --url's origin wins over NEXTAUTH_URL
    expect(r.stdout).toContain("https://"); // the hint that LMSs want https
    const platforms = await listPlatforms(tdb.prisma);
    expect(platforms).toHaveLength(1);
    expect(platforms[0]!.deploymentIds).toEqual(["1", "2", "3"]);
  });

  it("--list shows the registered platforms", async () => {
    const r = await ltiRegister(["--list"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("1 registered platform:");
    expect(r.stdout).toContain("University Moodle");
    expect(r.stdout).toMatch(/issuer\s+https:\/\/moodle\.example\.edu/);
    expect(r.stdout).toMatch(/client id\s+aBcD1234/);
    expect(r.stdout).toMatch(/deployment ids\s+1, 2, 3/);
    expect(r.stdout).toContain("https://moodle.example.edu/mod/lti/certs.php");
    expect(r.stdout).toContain("https://kakunin.example.edu/lti/jwks");
  });

  it("a missing option: exit 2, the options named, the usage, no stack trace, nothing written", async () => {
    const before = await tdb.prisma.ltiPlatform.count();
    const r = await ltiRegister(["--issuer", "https://other.example.edu", "--client-id", "x"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("lti:register: missing required options: --deployment-id, --auth-url, --token-url, --jwks-url");
    expect(r.stderr).toContain("Usage:");
    noStackTrace(r.stderr);
    expect(await tdb.prisma.ltiPlatform.count()).toBe(before);
  });

  it("invalid values and unknown options: exit 2 with the option named, no stack trace", async () => {
    const bad = MOODLE.map((a) => (a === "https://moodle.example.edu/mod/lti/token.php" ? "ftp://moodle.example.edu/token" : a));
    const r = await ltiRegister(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--token-url: must be an http(s) URL (got "ftp://moodle.example.edu/token")');
    noStackTrace(r.stderr);

    const unknown = await ltiRegister([...MOODLE, "--secret", "x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--secret");
    noStackTrace(unknown.stderr);

    const badUrl = await ltiRegister(["--urls", "--url", "kakunin"]);
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain("--url must be an http(s) URL");

    const mixed = await ltiRegister(["--list", "--issuer", "https://x.example"]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain("--list takes no registration options");
  });

  it("a database that does not answer: exit 1 with a one-line reason, no stack trace", async () => {
    const u = new URL(tdb.url);
    u.port = "1";
    const r = await ltiRegister(MOODLE, { DATABASE_URL: u.toString() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^lti:register: /m);
    noStackTrace(r.stderr);
  });

  it("--urls prints Kakunin's URLs without a database; the default origin is http://localhost:$PORT", async () => {
    const r = await ltiRegister(["--urls"], { DATABASE_URL: undefined, NEXTAUTH_URL: undefined, PORT: "4321" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("http://localhost:4321/lti/login");
    expect(r.stdout).toContain("http://localhost:4321/lti/launch");
    expect(r.stdout).toContain("http://localhost:4321/lti/jwks");
    expect(r.stdout).toContain("--url");
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await ltiRegister(["--help"], { DATABASE_URL: undefined });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("npm run lti:register -- --issuer");
  });
});
