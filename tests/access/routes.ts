// THE access table: every page and route handler under app/ (and every server action), classified, with how to
// fill its dynamic segments and what each kind of visitor must get. tests/access/route-table.test.ts fails when a
// route file exists without an entry here (or an entry's methods differ from the file's exports), and when an
// entry names a route that no longer exists; tests/access/access.test.ts probes every entry over HTTP.
//
// Columns (who sends the request; the params always name learner A's rows):
//   signedOut  — no session
//   owner      — learner A
//   other      — learner B, using A's ids
//   instructor — an instructor (not admin)
import type { HttpMethod } from "./discover";
import { EXERCISE as EXERCISE_SLUG, ITEMS, type Fixture, type Role } from "./seed";

export type Access =
  /** Anyone, signed in or not. */
  | "public"
  /** next-auth's own endpoints. */
  | "auth"
  /** Any signed-in user; shared content, nothing per user. */
  | "signed-in"
  /** Any signed-in user, but keyed by the session (not by an id in the URL): each user reaches only their own rows. */
  | "learner-scoped"
  /** Addressed by the id of a learner's row: the owner only (instructors only where stated). */
  | "learner-owned"
  /** Instructors and admins only. */
  | "instructor-only";

/** A status code, or a redirect whose Location path starts with the given string. */
export type Outcome = number | { redirect: string };
export const SIGNIN: Outcome = { redirect: "/signin?callbackUrl=" };
export type Expect = Record<Role, Outcome>;

export interface Probe {
  method: HttpMethod;
  expect: Expect;
  /** JSON body (per requester, e.g. for unique sign-up emails). */
  body?: (f: Fixture, role: Role) => unknown;
  /** The owner's (or instructor's) successful call changes what the other probes rely on: run it after them. */
  last?: boolean;
}

export interface RouteEntry {
  path: string;
  kind: "page" | "api";
  access: Access;
  params?: (f: Fixture) => Record<string, string>;
  probes: Probe[];
  /**
   * Set while the route is announced but not yet in the tree (a concurrent change adds it): the table check still
   * fails, naming this, until the file lands — then drop the flag and check the expectations.
   */
  expectedFrom?: string;
}

export interface ActionEntry {
  /** "file#exportName", as tests/access/discover.ts names server actions. */
  id: string;
  access: Access;
  /** How the action keeps to the caller's own rows. */
  guard: string;
}

const everyone = (o: Outcome): Expect => ({ signedOut: o, owner: o, other: o, instructor: o });
const signedIn = (o: Outcome, signedOut: Outcome = 401): Expect => ({ signedOut, owner: o, other: o, instructor: o });
/** Instructor-only: signed out → sign-in redirect (pages) or 401 JSON (APIs); learners → 403. */
const staffOnly = (kind: "page" | "api", instructor: Outcome = 200): Expect => ({
  signedOut: kind === "page" ? SIGNIN : 401,
  owner: 403,
  other: 403,
  instructor,
});
/** Owner-only (attempts): everyone else, instructors included, gets the same 404 as for an unknown id. */
const ownerOnly = (owner: Outcome, kind: "page" | "api" = "api"): Expect => ({
  signedOut: kind === "page" ? SIGNIN : 401,
  owner,
  other: 404,
  instructor: 404,
});

const page = (path: string, access: Access, expect: Expect, params?: RouteEntry["params"]): RouteEntry => ({
  path,
  kind: "page",
  access,
  params,
  probes: [{ method: "GET", expect }],
});

const practiceItem = (itemSlug: string) => (f: Fixture) => ({ id: f.practiceAttemptId, itemSlug });
/** Routes that read no body still get `{}` with a JSON content type, as the app's clients send (lib/http/route.ts: 415 otherwise). */
const NO_BODY = () => ({});

export const ROUTES: RouteEntry[] = [
  // ---- pages -------------------------------------------------------------------------------------------------
  page("/", "public", { signedOut: 200, owner: { redirect: "/learn" }, other: { redirect: "/learn" }, instructor: { redirect: "/learn" } }),
  page("/signin", "public", { signedOut: 200, owner: { redirect: "/learn" }, other: { redirect: "/learn" }, instructor: { redirect: "/learn" } }),
  page("/signup", "public", { signedOut: 200, owner: { redirect: "/learn" }, other: { redirect: "/learn" }, instructor: { redirect: "/learn" } }),
  page("/courses", "signed-in", signedIn({ redirect: "/courses/" }, SIGNIN)),
  page("/courses/[course]", "signed-in", signedIn(200, SIGNIN), (f) => ({ course: f.course })),
  page("/courses/[course]/[section]", "signed-in", signedIn(200, SIGNIN), (f) => ({ course: f.course, section: f.section })),
  page("/learn", "learner-scoped", signedIn(200, SIGNIN)),
  page("/learn/progress", "learner-scoped", signedIn(200, SIGNIN)),
  page("/exercises/[slug]", "learner-scoped", signedIn(200, SIGNIN), (f) => ({ slug: f.exercise })),
  page("/tests/[slug]", "learner-scoped", signedIn(200, SIGNIN), (f) => ({ slug: f.practiceTest })),
  page("/tests/[slug]/attempts/[id]", "learner-owned", ownerOnly(200, "page"), (f) => ({ slug: f.examTest, id: f.examAttemptId })),
  page("/instructor", "instructor-only", staffOnly("page")),
  page("/instructor/gradebook", "instructor-only", staffOnly("page")),
  page("/instructor/grading", "instructor-only", staffOnly("page")),
  page("/instructor/items/[slug]", "instructor-only", staffOnly("page"), () => ({ slug: ITEMS.shortText })),
  page("/instructor/learners/[id]", "instructor-only", staffOnly("page"), (f) => ({ id: f.userIds.owner })),
  page("/instructor/exercises/[slug]", "instructor-only", staffOnly("page"), (f) => ({ slug: f.exercise })),
  page("/instructor/reports", "instructor-only", staffOnly("page")),
  // A review session is an attempt without a test: owner only, like test attempts.
  page("/learn/review/[id]", "learner-owned", ownerOnly(200, "page"), (f) => ({ id: f.reviewSessionId })),

  // ---- route handlers ----------------------------------------------------------------------------------------
  {
    path: "/api/health",
    kind: "api",
    access: "public",
    probes: [{ method: "GET", expect: everyone(200) }],
  },
  {
    // next-auth: the session endpoint answers every visitor with (only) their own session.
    path: "/api/auth/[...nextauth]",
    kind: "api",
    access: "auth",
    params: () => ({ nextauth: "session" }),
    probes: [
      { method: "GET", expect: everyone(200) },
      // POST (a session update) without next-auth's CSRF token: refused (400), never a crash or someone's session.
      { method: "POST", expect: everyone(400) },
    ],
  },
  {
    path: "/api/auth/signup",
    kind: "api",
    access: "public",
    probes: [
      {
        method: "POST",
        expect: everyone(202),
        body: (_f, role) => ({ email: `acl-signup-${role.toLowerCase()}@example.com`, name: `Signup ${role}`, password: "signup-pass-1" }),
      },
    ],
  },
  {
    path: "/api/me",
    kind: "api",
    access: "learner-scoped",
    probes: [
      { method: "GET", expect: signedIn(200) },
      { method: "PATCH", expect: signedIn(200), body: () => ({ locale: "en" }) },
    ],
  },
  {
    path: "/api/attempts",
    kind: "api",
    access: "learner-scoped",
    // Starts (or resumes) the caller's own attempt: A resumes hers, B and the instructor get new ones of their own.
    probes: [{ method: "POST", expect: { signedOut: 401, owner: 200, other: 201, instructor: 201 }, body: (f) => ({ testSlug: f.practiceTest, mode: "practice" }) }],
  },
  {
    // Starts or resumes the caller's own review session: A resumes hers; B and the instructor have nothing due.
    path: "/api/review-sessions",
    kind: "api",
    access: "learner-scoped",
    probes: [{ method: "POST", expect: { signedOut: 401, owner: 200, other: 409, instructor: 409 }, body: NO_BODY }],
  },
  {
    path: "/api/attempts/[id]/answers/[itemSlug]",
    kind: "api",
    access: "learner-owned",
    params: practiceItem(ITEMS.singleChoice),
    probes: [{ method: "PUT", expect: ownerOnly(200), body: () => ({ response: "overwritten-by-probe" }) }],
  },
  {
    path: "/api/attempts/[id]/answers/[itemSlug]/check",
    kind: "api",
    access: "learner-owned",
    params: practiceItem(ITEMS.formula),
    probes: [{ method: "POST", expect: ownerOnly(200), body: () => ({ response: "x + 1" }) }],
  },
  {
    path: "/api/attempts/[id]/answers/[itemSlug]/hint",
    kind: "api",
    access: "learner-owned",
    params: practiceItem(ITEMS.multiChoice),
    probes: [{ method: "POST", expect: ownerOnly(200), body: NO_BODY }],
  },
  {
    path: "/api/attempts/[id]/answers/[itemSlug]/reveal",
    kind: "api",
    access: "learner-owned",
    params: practiceItem(ITEMS.numeric),
    probes: [{ method: "POST", expect: ownerOnly(200), body: NO_BODY }],
  },
  {
    path: "/api/attempts/[id]/submit",
    kind: "api",
    access: "learner-owned",
    params: (f) => ({ id: f.practiceAttemptId }),
    probes: [{ method: "POST", expect: ownerOnly(200), body: NO_BODY, last: true }],
  },
  {
    // Keyed by slug + session: nobody can name another learner's draft.
    path: "/api/exercises/[slug]/draft",
    kind: "api",
    access: "learner-scoped",
    params: (f) => ({ slug: f.exercise }),
    probes: [
      { method: "GET", expect: signedIn(200) },
      { method: "PUT", expect: signedIn(200), body: (_f, role) => ({ code: `# draft saved by the ${role} probe\n` }) },
      { method: "DELETE", expect: signedIn(200), body: NO_BODY, last: true },
    ],
  },
  {
    path: "/api/exercises/[slug]/submissions",
    kind: "api",
    access: "learner-scoped",
    params: (f) => ({ slug: f.exercise }),
    probes: [
      { method: "GET", expect: signedIn(200) },
      { method: "POST", expect: signedIn(202), body: (_f, role) => ({ code: `# submitted by the ${role} probe\n`, idempotencyKey: `acl-probe-${role}` }) },
    ],
  },
  {
    // Owner or instructor; anyone else gets the 404 of an unknown id.
    path: "/api/submissions/[id]",
    kind: "api",
    access: "learner-owned",
    params: (f) => ({ id: f.submissionId }),
    probes: [{ method: "GET", expect: { signedOut: 401, owner: 200, other: 404, instructor: 200 } }],
  },
  {
    path: "/api/submissions/[id]/events",
    kind: "api",
    access: "learner-owned",
    params: (f) => ({ id: f.submissionId }),
    probes: [{ method: "GET", expect: { signedOut: 401, owner: 200, other: 404, instructor: 200 } }],
  },
  {
    // "Report a problem": keyed by the session (a learner lists only their own reports).
    path: "/api/reports",
    kind: "api",
    access: "learner-scoped",
    probes: [
      { method: "GET", expect: signedIn(200) },
      { method: "POST", expect: signedIn(201), body: (_f, role) => ({ kind: "exercise", slug: EXERCISE_SLUG, code: "x = 1\n", message: `reported by the ${role} probe` }) },
    ],
  },
  {
    path: "/api/instructor/reports",
    kind: "api",
    access: "instructor-only",
    probes: [{ method: "GET", expect: staffOnly("api") }],
  },
  {
    path: "/api/instructor/reports/[id]",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.reportId }),
    probes: [{ method: "POST", expect: staffOnly("api"), body: () => ({ reply: "answered by the access probe" }) }],
  },
  {
    path: "/api/instructor/gradebook.csv",
    kind: "api",
    access: "instructor-only",
    probes: [{ method: "GET", expect: staffOnly("api") }],
  },
  {
    path: "/api/instructor/answers/[id]/grade",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.pendingAnswerId }),
    probes: [{ method: "POST", expect: staffOnly("api"), body: () => ({ score: 0.5, comment: "graded by the access probe" }) }],
  },
  {
    path: "/api/instructor/answers/[id]/override",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.pendingAnswerId }),
    // After the grade probe: overriding first would leave nothing pending to grade.
    probes: [{ method: "POST", expect: staffOnly("api"), body: () => ({ score: 1, reason: "access probe override" }), last: true }],
  },
  {
    path: "/api/instructor/exercises/[slug]/regrade",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ slug: f.exercise }),
    probes: [
      { method: "GET", expect: staffOnly("api") },
      { method: "POST", expect: staffOnly("api", 202), body: () => ({}), last: true },
    ],
  },
];

export const ACTIONS: ActionEntry[] = [
  {
    id: "lib/i18n/actions.ts#setLocaleAction",
    access: "public",
    guard: "sets the caller's locale cookie; writes User.locale only for the session's own user id",
  },
];
