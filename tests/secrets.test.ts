import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadOrCreateSecret } from "../lib/secrets";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kk-secret-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("loadOrCreateSecret", () => {
  it("generates a strong secret once (mode 0600) and reuses it", () => {
    const file = path.join(dir, "a", "secret");
    const first = loadOrCreateSecret(file, {});
    expect(first.source).toBe("generated");
    expect(first.secret.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = loadOrCreateSecret(file, {});
    expect(again).toEqual({ secret: first.secret, source: "file", file });
  });

  it("prefers NEXTAUTH_SECRET from the environment and writes nothing", () => {
    const file = path.join(dir, "b", "secret");
    expect(loadOrCreateSecret(file, { NEXTAUTH_SECRET: "from-env" })).toEqual({ secret: "from-env", source: "env" });
    expect(fs.existsSync(file)).toBe(false);
  });

  it("replaces an empty or truncated secret file", () => {
    const file = path.join(dir, "c", "secret");
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, "short\n");
    const s = loadOrCreateSecret(file, {});
    expect(s.source).toBe("generated");
    expect(fs.readFileSync(file, "utf8").trim()).toBe(s.secret);
  });
});
