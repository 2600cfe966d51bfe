// Registering LMS platforms (lib/lti/platforms.ts) and Kakunin's signing keys (lib/lti/keys.ts) against a real
// database: a second registration of the same issuer and client id updates it and adds deployments (no duplicates),
// bad input is refused with the field named, removal; the first signing key, rotation (a new signer, the old key
// still published until publishedUntil) and the key list.
import { compactVerify, createLocalJWKSet, CompactSign, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { KEY_OVERLAP_MS, listKeys, publicJwks, rotateKey, signingKey } from "../../lib/lti/keys";
import { findPlatform, listPlatforms, PlatformInput, registerPlatform, removePlatform } from "../../lib/lti/platforms";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const MOODLE = {
  name: "University Moodle",
  issuer: "https://moodle.example.edu",
  clientId: "aBcD1234",
  deploymentIds: ["1"],
  authLoginUrl: "https://moodle.example.edu/mod/lti/auth.php",
  accessTokenUrl: "https://moodle.example.edu/mod/lti/token.php",
  jwksUrl: "https://moodle.example.edu/mod/lti/certs.php",
};

/** The zod issues of a refused input, as field path → messages. */
function refused(input: unknown): Record<string, string[]> {
  const r = PlatformInput.safeParse(input);
  expect(r.success).toBe(false);
  const out: Record<string, string[]> = {};
  for (const i of (r.error as z.ZodError).issues) (out[i.path.join(".") || "_"] ??= []).push(i.message);
  return out;
}

describe("registerPlatform", () => {
  it("creates a platform, then updates it on a second registration: URLs replaced, deployments added once", async () => {
    const first = await registerPlatform(db.prisma, MOODLE);
    expect(first.created).toBe(true);

    const again = await registerPlatform(db.prisma, {
      ...MOODLE,
      name: "Moodle (renamed)",
      deploymentIds: ["1", "2", "2"],
      accessTokenUrl: "https://moodle.example.edu/mod/lti/token2.php",
    });
    expect(again).toEqual({ id: first.id, created: false });

    const platforms = await listPlatforms(db.prisma);
    expect(platforms).toHaveLength(1);
    expect(platforms[0]).toMatchObject({
      id: first.id,
      name: "Moodle (renamed)",
      issuer: MOODLE.issuer,
      clientId: MOODLE.clientId,
      accessTokenUrl: "https://moodle.example.edu/mod/lti/token2.php",
      deploymentIds: ["1", "2"],
    });
    expect(await db.prisma.ltiDeployment.count({ where: { platformId: first.id } })).toBe(2);
  });

  it("keeps the same issuer with another client id as a second platform", async () => {
    const other = await registerPlatform(db.prisma, { ...MOODLE, clientId: "second-client", deploymentIds: ["7"] });
    expect(other.created).toBe(true);
    expect((await listPlatforms(db.prisma)).map((p) => p.clientId)).toEqual([MOODLE.clientId, "second-client"]);
    // two registrations share the issuer: a login must name the client id
    expect(await findPlatform(db.prisma, MOODLE.issuer)).toMatchObject({ platform: null, ambiguous: true });
    expect((await findPlatform(db.prisma, MOODLE.issuer, "second-client")).platform?.id).toBe(other.id);
    expect(await removePlatform(db.prisma, other.id)).toBe(true);
  });

  it("trims values and defaults the name", async () => {
    const r = await registerPlatform(db.prisma, {
      ...MOODLE,
      name: undefined,
      issuer: "  https://canvas.instructure.com ",
      clientId: " 10000000000001 ",
      deploymentIds: [" 12:abc "],
    });
    const p = (await listPlatforms(db.prisma)).find((x) => x.id === r.id)!;
    expect(p).toMatchObject({ name: "", issuer: "https://canvas.instructure.com", clientId: "10000000000001", deploymentIds: ["12:abc"] });
    await removePlatform(db.prisma, r.id);
  });

  it("refuses bad URLs, missing fields, no deployment and unknown fields, naming the field", async () => {
    expect(refused({ ...MOODLE, authLoginUrl: "not a url" })).toEqual({ authLoginUrl: ["must be an http(s) URL"] });
    expect(refused({ ...MOODLE, jwksUrl: "ftp://moodle.example.edu/certs" })).toEqual({ jwksUrl: ["must be an http(s) URL"] });
    expect(refused({ ...MOODLE, accessTokenUrl: "javascript:alert(1)" })).toHaveProperty("accessTokenUrl");
    const { issuer: _i, clientId: _c, ...rest } = MOODLE;
    expect(Object.keys(refused(rest)).sort()).toEqual(["clientId", "issuer"]);
    expect(refused({ ...MOODLE, issuer: "   " })).toHaveProperty("issuer");
    expect(refused({ ...MOODLE, deploymentIds: [] })).toHaveProperty("deploymentIds");
    expect(refused({ ...MOODLE, deploymentIds: ["1", ""] })).toHaveProperty(["deploymentIds.1"]);
    expect(refused({ ...MOODLE, secret: "x" })).toHaveProperty("_");
    // registerPlatform itself refuses (the CLI and the API validate first; nothing is written either way)
    await expect(registerPlatform(db.prisma, { ...MOODLE, clientId: "bad", jwksUrl: "nope" })).rejects.toThrow(z.ZodError);
    expect((await listPlatforms(db.prisma)).map((p) => p.clientId)).toEqual([MOODLE.clientId]);
  });
});

describe("removePlatform", () => {
  it("removes the platform and its deployments; an unknown id is false", async () => {
    const { id } = await registerPlatform(db.prisma, { ...MOODLE, clientId: "to-remove", deploymentIds: ["a", "b"] });
    expect(await removePlatform(db.prisma, id)).toBe(true);
    expect(await db.prisma.ltiDeployment.count({ where: { platformId: id } })).toBe(0);
    expect(await removePlatform(db.prisma, id)).toBe(false);
    expect(await removePlatform(db.prisma, "00000000-0000-4000-8000-000000000000")).toBe(false);
  });
});

describe("signing keys", () => {
  const sign = async (key: Awaited<ReturnType<typeof signingKey>>) =>
    new CompactSign(new TextEncoder().encode("kakunin")).setProtectedHeader({ alg: "RS256", kid: key.kid }).sign(key.key);

  it("signingKey creates the first key, then returns the same one", async () => {
    let kdb: TestDatabase | undefined;
    try {
      kdb = await createTestDatabase();
      expect(await listKeys(kdb.prisma)).toEqual([]);
      const a = await signingKey(kdb.prisma);
      const b = await signingKey(kdb.prisma);
      expect(b.kid).toBe(a.kid);
      const keys = await listKeys(kdb.prisma);
      expect(keys).toMatchObject([{ kid: a.kid, retiredAt: null, publishedUntil: null }]);
      // the public JWK carries no private parts, and verifies what the key signs
      const jwks = await publicJwks(kdb.prisma);
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kid: a.kid, kty: "RSA", alg: "RS256", use: "sig" });
      for (const p of ["d", "p", "q", "dp", "dq", "qi"]) expect(jwks.keys[0]).not.toHaveProperty(p);
      await expect(compactVerify(await sign(a), createLocalJWKSet(jwks))).resolves.toBeTruthy();
    } finally {
      await kdb?.drop();
    }
  });

  it("rotateKey makes a new signer; the old key stays published until publishedUntil, then drops out", async () => {
    const old = await signingKey(db.prisma);
    const signedByOld = await sign(old);
    const now = new Date();
    const kid = await rotateKey(db.prisma, now);
    expect(kid).not.toBe(old.kid);

    const signer = await signingKey(db.prisma);
    expect(signer.kid).toBe(kid);

    const keys = await listKeys(db.prisma);
    expect(keys.map((k) => k.kid)).toEqual([kid, old.kid]); // newest first
    expect(keys[0]).toMatchObject({ retiredAt: null, publishedUntil: null });
    expect(keys[1]!.retiredAt?.getTime()).toBe(now.getTime());
    expect(keys[1]!.publishedUntil?.getTime()).toBe(now.getTime() + KEY_OVERLAP_MS);

    const during = await publicJwks(db.prisma, new Date(now.getTime() + KEY_OVERLAP_MS - 1000));
    expect(during.keys.map((k: JWK) => k.kid)).toEqual([kid, old.kid]); // the signer first
    await expect(compactVerify(signedByOld, createLocalJWKSet(during))).resolves.toBeTruthy();
    await expect(compactVerify(await sign(signer), createLocalJWKSet(during))).resolves.toBeTruthy();

    const after = await publicJwks(db.prisma, new Date(now.getTime() + KEY_OVERLAP_MS + 1000));
    expect(after.keys.map((k: JWK) => k.kid)).toEqual([kid]);
    await expect(compactVerify(signedByOld, createLocalJWKSet(after))).rejects.toThrow();
  });

  it("a second rotation retires only the current signer; earlier retirements keep their dates", async () => {
    const before = await listKeys(db.prisma);
    const retired = before.filter((k) => k.retiredAt);
    const t = new Date(Date.now() + 5000);
    const kid = await rotateKey(db.prisma, t);
    const keys = await listKeys(db.prisma);
    expect(keys).toHaveLength(before.length + 1);
    expect(keys.filter((k) => !k.retiredAt).map((k) => k.kid)).toEqual([kid]);
    for (const r of retired) expect(keys.find((k) => k.kid === r.kid)).toEqual(r);
    expect(keys.find((k) => k.kid === before[0]!.kid)?.retiredAt?.getTime()).toBe(t.getTime());
  });
});
