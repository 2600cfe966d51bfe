// The instructor pages refuse learners (403 page) and send signed-out visitors to sign in, before reading any data.
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";
import { FORBIDDEN, pageOutcome } from "../helpers/page-outcome";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
const role = vi.hoisted(() => ({ value: "learner" as string | null }));
const ID = "00000000-0000-4000-8000-000000000001";
// the guard re-reads the user with one raw query
vi.mock("../../lib/db/client", async (original) => ({
  ...(await original<typeof import("../../lib/db/client")>()),
  db: () => ({
    $queryRaw: async () => (role.value ? [{ id: ID, email: "u@example.com", name: "U", role: role.value, locale: null }] : []),
    classMember: { count: async () => 0 }, // staff of no class (lib/classes/access isStaffAnywhere)
  }),
}));

describe("instructor pages", () => {
  it("gradebook and item statistics: learner → 403, signed out → sign-in redirect", async () => {
    const gradebook = (await import("../../app/instructor/gradebook/page")).default;
    const item = (await import("../../app/instructor/items/[slug]/page")).default;
    session = { id: ID, email: "u@example.com", name: "U", role: "learner", locale: null };
    role.value = "learner";
    expect(await pageOutcome(gradebook())).toMatch(FORBIDDEN);
    expect(await pageOutcome(item({ params: Promise.resolve({ slug: "q1" }) }))).toMatch(FORBIDDEN);
    session = null;
    expect(await pageOutcome(gradebook())).toMatch(/NEXT_REDIRECT.*\/signin\?callbackUrl=%2Finstructor%2Fgradebook/);
  });

  it("grading queue: learner → 403, signed out → sign-in redirect", async () => {
    const grading = (await import("../../app/instructor/grading/page")).default;
    session = { id: ID, email: "u@example.com", name: "U", role: "learner", locale: null };
    role.value = "learner";
    expect(await pageOutcome(grading())).toMatch(FORBIDDEN);
    session = null;
    expect(await pageOutcome(grading())).toMatch(/NEXT_REDIRECT.*\/signin\?callbackUrl=%2Finstructor%2Fgrading/);
  });
});
