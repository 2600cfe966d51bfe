// `npm run user:add` keeps working next to account administration: it migrates (now with the accounts migration),
// creates the account, and that account is active, signs in, and can be managed like any other.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setActive } from "../../lib/accounts/status";
import { verifyCredentials } from "../../lib/auth/credentials";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

vi.setConfig({ testTimeout: 600_000 });

const ROOT = path.resolve(import.meta.dirname, "../..");
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

function userAdd(args: string[], password: string) {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/user-add.ts", ...args, "--password-stdin"],
    {
      cwd: ROOT,
      input: password,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: tdb.url },
      timeout: 240_000,
    },
  );
}

describe("npm run user:add", () => {
  it("creates the first account as admin and an instructor, both active and able to sign in", async () => {
    const first = userAdd(["--email", "Root@Example.com", "--name", "Root"], "root-password-1");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Created admin account root@example.com");
    const second = userAdd(["--email", "ivy@example.com", "--role", "instructor"], "ivy-password-1");
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("Created instructor account ivy@example.com");

    const ivy = await tdb.prisma.user.findUniqueOrThrow({ where: { email: "ivy@example.com" } });
    expect(ivy).toMatchObject({ role: "instructor", deactivatedAt: null });
    expect(await verifyCredentials(tdb.prisma, { email: "ivy@example.com", password: "ivy-password-1", ip: "10.0.0.9" })).toMatchObject({
      ok: true,
    });
    const root = await tdb.prisma.user.findUniqueOrThrow({ where: { email: "root@example.com" } });
    await setActive(tdb.prisma, root.id, ivy.id, false);
    expect(await verifyCredentials(tdb.prisma, { email: "ivy@example.com", password: "ivy-password-1", ip: "10.0.0.9" })).toEqual({
      ok: false,
      reason: "deactivated",
    });
  });
});
