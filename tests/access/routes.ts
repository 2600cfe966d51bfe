// THE access table: every page and route handler under app/ (and every server action), classified, with how to
// fill its dynamic segments and what each kind of visitor must get. tests/access/route-table.test.ts fails when a
// route file exists without an entry here (or an entry's methods differ from the file's exports), and when an
// entry names a route that no longer exists; tests/access/access.test.ts probes every entry over HTTP.
//
// Columns (who sends the request; the params always name learner A's rows):
//   signedOut  — no session
//   owner      — learner A
//   other      — learner B, using A's ids
//   instructor — an instructor (not admin) of class X, where A and B are learners
//   otherInstructor — an instructor of class Y, who shares no class with A or B: every instructor route is probed
//                     as them too, and nothing of A's or B's may reach them
//   admin      — an admin; probed only where an entry names its outcome (the admin-only routes and the account page)
import type { HttpMethod } from "./discover";
import { EXERCISE as EXERCISE_SLUG, ITEMS, PEOPLE, type Fixture, type Role } from "./seed";

export type Access =
  /** Anyone, signed in or not. */
  | "public"
  /** next-auth's own endpoints. */
  | "auth"
  /** LTI endpoints an LMS sends browsers to (cross-site form posts): authenticated by the platform's signed id_token and
   *  a single-use state (lib/lti), refusals are HTML pages naming the failed check. */
  | "lti"
  /** Any signed-in user; shared content, nothing per user. */
  | "signed-in"
  /** Any signed-in user, but keyed by the session (not by an id in the URL): each user reaches only their own rows. */
  | "learner-scoped"
  /** Addressed by the id of a learner's row: the owner only (instructors only where stated). */
  | "learner-owned"
  /** Instructors and admins only. */
  | "instructor-only"
  /** Admins only (account administration). */
  | "admin-only";

/** A status code, one of several (a race the probe cannot order), or a redirect whose Location starts with the string. */
export type Outcome = number | { anyOf: number[] } | { redirect: string };
export const SIGNIN: Outcome = { redirect: "/signin?callbackUrl=" };
export type Expect = Record<Exclude<Role, "admin">, Outcome> & { admin?: Outcome };

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

const everyone = (o: Outcome): Expect => ({ signedOut: o, owner: o, other: o, instructor: o, otherInstructor: o });
const signedIn = (o: Outcome, signedOut: Outcome = 401): Expect => ({ signedOut, owner: o, other: o, instructor: o, otherInstructor: o });
/**
 * Instructor-only: signed out → sign-in redirect (pages) or 401 JSON (APIs); learners → 403. The instructor of
 * another class gets their own class's view (`otherInstructor`, default the same as the instructor's, judged for
 * leaks) or the 404 of an unknown id for rows of learners outside their classes.
 */
const staffOnly = (kind: "page" | "api", instructor: Outcome = 200, otherInstructor: Outcome = instructor): Expect => ({
  signedOut: kind === "page" ? SIGNIN : 401,
  owner: 403,
  other: 403,
  instructor,
  otherInstructor,
});
/** Admin-only: signed out → sign-in redirect (pages) or 401 JSON (APIs); learners and instructors → 403. */
const adminOnly = (kind: "page" | "api", admin: Outcome = 200): Expect => ({ ...staffOnly(kind, 403), admin });
/** Routes of one class (class X): its instructor; anyone else who is signed in gets the 404 of an unknown class. */
const classOnly = (instructor: Outcome): Expect => ({ signedOut: 401, owner: 404, other: 404, instructor, otherInstructor: 404 });
/** Owner-only (attempts): everyone else, instructors included, gets the same 404 as for an unknown id. */
const ownerOnly = (owner: Outcome, kind: "page" | "api" = "api"): Expect => ({
  signedOut: kind === "page" ? SIGNIN : 401,
  owner,
  other: 404,
  instructor: 404,
  otherInstructor: 404,
});

const page = (path: string, access: Access, expect: Expect, params?: RouteEntry["params"]): RouteEntry => ({
  path,
  kind: "page",
  access,
  params,
  probes: [{ method: "GET", expect }],
});

/** The course's mock exam (exercises/tests/mock-exam). */
const MOCK_EXAM = "mock-exam";
const practiceItem = (itemSlug: string) => (f: Fixture) => ({ id: f.practiceAttemptId, itemSlug });
/** Routes that read no body still get `{}` with a JSON content type, as the app's clients send (lib/http/route.ts: 415 otherwise). */
const NO_BODY = () => ({});

export const ROUTES: RouteEntry[] = [
  // ---- pages -------------------------------------------------------------------------------------------------
  page("/", "public", {
    signedOut: 200,
    owner: { redirect: "/learn" },
    other: { redirect: "/learn" },
    instructor: { redirect: "/learn" },
    otherInstructor: { redirect: "/learn" },
  }),
  page("/signin", "public", {
    signedOut: 200,
    owner: { redirect: "/learn" },
    other: { redirect: "/learn" },
    instructor: { redirect: "/learn" },
    otherInstructor: { redirect: "/learn" },
  }),
  page("/signup", "public", {
    signedOut: 200,
    owner: { redirect: "/learn" },
    other: { redirect: "/learn" },
    instructor: { redirect: "/learn" },
    otherInstructor: { redirect: "/learn" },
  }),
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
  page("/instructor/learners/[id]", "instructor-only", staffOnly("page", 200, 404), (f) => ({ id: f.userIds.owner })),
  page("/instructor/classes", "instructor-only", staffOnly("page")),
  page("/instructor/classes/[id]", "instructor-only", staffOnly("page", 200, 404), (f) => ({ id: f.classId })),
  page("/instructor/classes/[id]/mock-exams/[slug]", "instructor-only", staffOnly("page", 200, 404), (f) => ({
    id: f.classId,
    slug: MOCK_EXAM,
  })),
  page("/instructor/classes/[id]/assignments/[assignmentId]", "instructor-only", staffOnly("page", 200, 404), (f) => ({
    id: f.classId,
    assignmentId: f.assignmentId,
  })),
  // A join link shows the class's name to anyone signed in (that is its purpose); unknown codes are a 404.
  page("/join/[code]", "signed-in", signedIn(200, SIGNIN), (f) => ({ code: f.joinCode })),
  page("/instructor/exercises/[slug]", "instructor-only", staffOnly("page"), (f) => ({ slug: f.exercise })),
  page("/admin/users", "admin-only", adminOnly("page")),
  page("/admin/lti", "admin-only", adminOnly("page")),
  page("/account", "learner-scoped", { ...signedIn(200, SIGNIN), admin: 200 }),
  // Without a token (or with a bad one) the page says the link cannot be used: a 200 for everyone.
  page("/reset-password", "public", { ...everyone(200), admin: 200 }),
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
    // Changing a password needs the current one: every probe sends a wrong one (400), so no session ends here.
    path: "/api/me/password",
    kind: "api",
    access: "learner-scoped",
    probes: [
      {
        method: "POST",
        expect: { ...signedIn(400), admin: 400 },
        body: () => ({ currentPassword: "not-the-password", newPassword: "acl-new-pass-1" }),
      },
    ],
  },
  {
    // The token is the credential: an unknown one is a 400 for everyone (tests/accounts/ covers the real use).
    path: "/api/auth/reset-password",
    kind: "api",
    access: "public",
    probes: [
      { method: "POST", expect: { ...everyone(400), admin: 400 }, body: () => ({ token: "A".repeat(43), password: "acl-reset-pass-1" }) },
    ],
  },
  {
    path: "/api/admin/users",
    kind: "api",
    access: "admin-only",
    probes: [{ method: "GET", expect: adminOnly("api") }],
  },
  {
    // A's role set to what it is (learner): the admin's call succeeds without changing A.
    path: "/api/admin/users/[id]",
    kind: "api",
    access: "admin-only",
    params: (f) => ({ id: f.userIds.owner }),
    probes: [{ method: "PATCH", expect: adminOnly("api"), body: () => ({ role: "learner" }) }],
  },
  {
    path: "/api/admin/users/[id]/reset-link",
    kind: "api",
    access: "admin-only",
    params: (f) => ({ id: f.userIds.owner }),
    probes: [{ method: "POST", expect: adminOnly("api", 201), body: NO_BODY }],
  },
  {
    // LTI platforms: the admin's POST registers a new one (201); everyone else is refused before the body is read.
    path: "/api/admin/lti/platforms",
    kind: "api",
    access: "admin-only",
    probes: [
      { method: "GET", expect: adminOnly("api") },
      {
        method: "POST",
        expect: adminOnly("api", 201),
        body: () => ({
          name: "Probe LMS",
          issuer: "https://lms.acl-probe.example",
          clientId: "acl-probe-client",
          deploymentIds: ["1"],
          authLoginUrl: "https://lms.acl-probe.example/auth",
          accessTokenUrl: "https://lms.acl-probe.example/token",
          jwksUrl: "https://lms.acl-probe.example/jwks",
        }),
      },
    ],
  },
  {
    // No platform has this id: the admin gets the 404 of an unknown platform, and nothing is removed.
    path: "/api/admin/lti/platforms/[id]",
    kind: "api",
    access: "admin-only",
    params: () => ({ id: "5b0f3c1e-9a51-4c2e-8d7a-3f6e2b9c4d10" }),
    probes: [{ method: "DELETE", expect: adminOnly("api", 404), body: NO_BODY }],
  },
  {
    // The admin's POST rotates Kakunin's LTI signing key (201 {kid}); the old key stays published, nothing breaks.
    path: "/api/admin/lti/keys",
    kind: "api",
    access: "admin-only",
    probes: [
      { method: "GET", expect: adminOnly("api") },
      { method: "POST", expect: adminOnly("api", 201), body: NO_BODY },
    ],
  },
  {
    path: "/api/attempts",
    kind: "api",
    access: "learner-scoped",
    // Starts (or resumes) the caller's own attempt: A resumes hers, B and the instructor get new ones of their own.
    probes: [
      {
        method: "POST",
        expect: { signedOut: 401, owner: 200, other: 201, instructor: 201, otherInstructor: 201 },
        body: (f) => ({ testSlug: f.practiceTest, mode: "practice" }),
      },
    ],
  },
  {
    // Starts or resumes the caller's own review session: A resumes hers; B and the instructor have nothing due.
    path: "/api/review-sessions",
    kind: "api",
    access: "learner-scoped",
    probes: [{ method: "POST", expect: { signedOut: 401, owner: 200, other: 409, instructor: 409, otherInstructor: 409 }, body: NO_BODY }],
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
      {
        method: "POST",
        expect: signedIn(202),
        body: (_f, role) => ({ code: `# submitted by the ${role} probe\n`, idempotencyKey: `acl-probe-${role}` }),
      },
    ],
  },
  {
    // Owner or instructor; anyone else gets the 404 of an unknown id.
    path: "/api/submissions/[id]",
    kind: "api",
    access: "learner-owned",
    params: (f) => ({ id: f.submissionId }),
    probes: [{ method: "GET", expect: { signedOut: 401, owner: 200, other: 404, instructor: 200, otherInstructor: 404 } }],
  },
  {
    path: "/api/submissions/[id]/events",
    kind: "api",
    access: "learner-owned",
    params: (f) => ({ id: f.submissionId }),
    probes: [{ method: "GET", expect: { signedOut: 401, owner: 200, other: 404, instructor: 200, otherInstructor: 404 } }],
  },
  {
    // "Report a problem": keyed by the session (a learner lists only their own reports).
    path: "/api/reports",
    kind: "api",
    access: "learner-scoped",
    probes: [
      { method: "GET", expect: signedIn(200) },
      {
        method: "POST",
        expect: signedIn(201),
        body: (_f, role) => ({ kind: "exercise", slug: EXERCISE_SLUG, code: "x = 1\n", message: `reported by the ${role} probe` }),
      },
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
    // a report by a learner who shares no class with the instructor is not theirs to see: the 404 of an unknown id
    probes: [{ method: "POST", expect: staffOnly("api", 200, 404), body: () => ({ reply: "answered by the access probe" }) }],
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
    probes: [{ method: "POST", expect: staffOnly("api", 200, 404), body: () => ({ score: 0.5, comment: "graded by the access probe" }) }],
  },
  {
    path: "/api/instructor/answers/[id]/override",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.pendingAnswerId }),
    // After the grade probe: overriding first would leave nothing pending to grade.
    probes: [
      { method: "POST", expect: staffOnly("api", 200, 404), body: () => ({ score: 1, reason: "access probe override" }), last: true },
    ],
  },
  {
    path: "/api/instructor/exercises/[slug]/regrade",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ slug: f.exercise }),
    probes: [
      { method: "GET", expect: staffOnly("api") },
      // A regrade is content-wide (docs/CLASSES.md): any class's instructor may start one; the second caller finds
      // the first run still active (200) or already done (202, a new run).
      { method: "POST", expect: staffOnly("api", 202, { anyOf: [200, 202] }), body: () => ({}), last: true },
    ],
  },
  {
    path: "/api/me/assignments",
    kind: "api",
    access: "learner-scoped",
    probes: [{ method: "GET", expect: signedIn(200) }],
  },
  {
    path: "/api/classes",
    kind: "api",
    access: "instructor-only",
    probes: [
      { method: "POST", expect: staffOnly("api", 201), body: (f, role) => ({ courseSlug: f.course, name: `Probe class of ${role}` }) },
    ],
  },
  {
    // Joining is for anyone signed in; A, B and the instructor are members already (no change). The other
    // instructor joins class X as a learner, which gives no staff power there: last.
    path: "/api/classes/join",
    kind: "api",
    access: "learner-scoped",
    probes: [{ method: "POST", expect: signedIn(200), body: (f) => ({ code: f.joinCode }), last: true }],
  },
  {
    path: "/api/classes/[id]",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId }),
    probes: [{ method: "PATCH", expect: classOnly(200), body: () => ({ joinOpen: true }) }],
  },
  {
    path: "/api/classes/[id]/staff",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId }),
    probes: [{ method: "POST", expect: classOnly(200), body: () => ({ email: PEOPLE.instructor.email, role: "instructor" }) }],
  },
  {
    path: "/api/classes/[id]/members/[userId]",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId, userId: f.userIds.extra }),
    probes: [{ method: "DELETE", expect: classOnly(200), body: NO_BODY, last: true }],
  },
  // LTI (lib/lti): the LMS-facing endpoints refuse anything but their protocol; the class's LMS actions are class-scoped.
  {
    path: "/lti/login",
    kind: "api",
    access: "lti",
    probes: [
      { method: "GET", expect: { ...everyone(400), admin: 400 } },
      { method: "POST", expect: { ...everyone(415), admin: 415 }, body: () => ({}) },
    ],
  },
  {
    path: "/lti/launch",
    kind: "api",
    access: "lti",
    probes: [{ method: "POST", expect: { ...everyone(415), admin: 415 }, body: () => ({}) }],
  },
  { path: "/lti/jwks", kind: "api", access: "public", probes: [{ method: "GET", expect: everyone(200) }] },
  { path: "/lti/continue", kind: "api", access: "lti", probes: [{ method: "GET", expect: { ...everyone(410), admin: 410 } }] },
  {
    path: "/lti/deep-link-response",
    kind: "api",
    access: "lti",
    probes: [{ method: "POST", expect: { ...signedIn(415, 401), admin: 415 }, body: () => ({}) }],
  },
  page("/lti/deep-link/[id]", "learner-owned", { ...signedIn(404, SIGNIN), admin: 404 }, () => ({
    id: "00000000-0000-4000-8000-00000000d11c",
  })),
  {
    path: "/api/classes/[id]/lti/roster",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId }),
    probes: [{ method: "POST", expect: classOnly(404), body: () => ({}) }],
  },
  {
    path: "/api/classes/[id]/lti/scores/[scoreId]",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId, scoreId: "00000000-0000-4000-8000-0000000005c0" }),
    probes: [{ method: "POST", expect: classOnly(404), body: () => ({}) }],
  },
  {
    path: "/api/classes/[id]/roster",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId }),
    probes: [
      { method: "GET", expect: classOnly(200) },
      {
        method: "POST",
        expect: classOnly(200),
        body: (_f, role) => ({ csv: `email,name\nacl-roster-${role.toLowerCase()}@example.com,Roster ${role}\n` }),
      },
    ],
  },
  {
    path: "/api/classes/[id]/assignments",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId }),
    probes: [
      {
        method: "POST",
        expect: classOnly(201),
        body: (f) => ({
          title: "Probe assignment",
          testSlug: f.practiceTest,
          opensAt: "2026-01-01T00:00",
          dueAt: "2030-01-01T00:00",
          closesAt: "2030-01-02T00:00",
        }),
      },
    ],
  },
  {
    // the class's mock-exam settings (lib/mock-exam/config.ts): the class's staff; anyone else the 404 of an unknown class
    path: "/api/classes/[id]/mock-exams/[slug]",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId, slug: MOCK_EXAM }),
    probes: [
      { method: "GET", expect: classOnly(200) },
      { method: "PUT", expect: classOnly(200), body: () => ({ questions: 5, minutes: 5, units: {}, sections: {} }) },
      { method: "DELETE", expect: classOnly(200), body: NO_BODY, last: true },
    ],
  },
  {
    path: "/api/classes/[id]/assignments/[assignmentId]/extensions",
    kind: "api",
    access: "instructor-only",
    params: (f) => ({ id: f.classId, assignmentId: f.assignmentId }),
    probes: [{ method: "PUT", expect: classOnly(200), body: (f) => ({ userId: f.userIds.other, extraTimeMin: 5 }) }],
  },
];

export const ACTIONS: ActionEntry[] = [
  {
    id: "lib/i18n/actions.ts#setLocaleAction",
    access: "public",
    guard: "sets the caller's locale cookie; writes User.locale only for the session's own user id",
  },
];
