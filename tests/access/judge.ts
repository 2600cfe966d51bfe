// Judges one probe's reply: the expected status or redirect, the shape of a refusal (JSON error for APIs, the 403 /
// 404 page for pages, a sign-in redirect back to the page), and that nothing belonging to someone else is in it.
import type { Reply } from "./http";
import type { Outcome, RouteEntry } from "./routes";
import { PEOPLE, SECRETS, type Fixture, type Role } from "./seed";

export function isRefusal(o: Outcome): boolean {
  if (typeof o === "number") return o >= 400;
  if ("anyOf" in o) return o.anyOf.every((s) => s >= 400);
  return o.redirect.startsWith("/signin");
}

/** What a requester must never see: the other learners' rows, answers, code and identities. */
export function foreignStrings(role: Role, f: Fixture): string[] {
  const owner = [
    SECRETS.ownerPracticeAnswer,
    SECRETS.ownerExamAnswer,
    SECRETS.ownerDraftCode,
    SECRETS.ownerSubmissionCode,
    PEOPLE.owner.email,
    PEOPLE.owner.name,
    f.userIds.owner,
    f.practiceAttemptId,
    f.examAttemptId,
    f.reviewSessionId,
    f.pendingAnswerId,
    f.submissionId,
  ];
  const other = [SECRETS.otherDraftCode, PEOPLE.other.email, PEOPLE.other.name, f.userIds.other];
  switch (role) {
    case "signedOut":
      return [...owner, ...other];
    case "owner":
      return other;
    case "other":
      return owner;
    case "instructor":
    case "admin":
      return [];
    case "otherInstructor": // shares no class with A or B
      return [...owner, ...other];
  }
}

/** Problems with one reply, as human-readable lines (empty when all is well). */
export function judge(entry: RouteEntry, role: Role, method: string, url: string, expected: Outcome, reply: Reply, f: Fixture): string[] {
  const where = `${role} ${method} ${url}`;
  const out: string[] = [];
  const got = reply.location ? `${reply.status} → ${reply.location}` : String(reply.status);
  if (typeof expected === "number") {
    if (reply.status !== expected) out.push(`${where}: expected ${expected}, got ${got} ${snippet(reply)}`);
  } else if ("anyOf" in expected) {
    if (!expected.anyOf.includes(reply.status))
      out.push(`${where}: expected one of ${expected.anyOf.join("/")}, got ${got} ${snippet(reply)}`);
  } else if (reply.status < 300 || reply.status >= 400 || !reply.location?.startsWith(expected.redirect)) {
    out.push(`${where}: expected redirect to ${expected.redirect}…, got ${got} ${snippet(reply)}`);
  }
  if (reply.status >= 500) return out;

  // next-auth's own endpoints answer refusals in next-auth's format.
  if (isRefusal(expected) && out.length === 0 && entry.access !== "auth" && entry.access !== "lti") {
    if (entry.kind === "api") {
      let body: unknown;
      try {
        body = JSON.parse(reply.text);
      } catch {}
      if (!reply.contentType.startsWith("application/json") || typeof (body as { error?: unknown })?.error !== "string") {
        out.push(`${where}: a refusal must be a JSON {error}, got ${reply.contentType} ${snippet(reply)}`);
      }
    } else if (reply.status === 403 && !reply.text.includes("Access denied")) {
      out.push(`${where}: 403 without the forbidden page`);
    } else if (reply.status === 404 && !reply.text.includes("Page not found")) {
      out.push(`${where}: 404 without the not-found page`);
    } else if (typeof expected !== "number" && "redirect" in expected) {
      const back = new URL(reply.location!, "http://x").searchParams.get("callbackUrl");
      if (back !== new URL(url, "http://x").pathname) out.push(`${where}: sign-in redirect returns to ${back}, not to the page`);
    }
  }

  const leaked = foreignStrings(role, f).filter((s) => !decodeURIComponent(url).includes(s) && reply.text.includes(s));
  if (leaked.length) out.push(`${where}: LEAK of ${leaked.map((s) => JSON.stringify(s)).join(", ")} (HTTP ${reply.status})`);
  return out;
}

function snippet(reply: Reply): string {
  const t = reply.text.replace(/\s+/g, " ").slice(0, 160);
  return reply.contentType.startsWith("application/json") ? t : "";
}
