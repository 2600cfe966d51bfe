// The request checks live in one place (lib/http/route.ts: same origin, JSON content type, storable text, errors in
// the request's language), so every state-changing route handler must go through it — route() or withAuth() (or the
// guard's class wrappers withStaff / withClassScope), which
// applies it — or, for the LTI endpoints an LMS posts forms to cross-site, lib/lti/http.ts's ltiRoute() (authenticated by
// the platform's signed id_token and a single-use state instead of Origin and JSON). This fails on any POST/PUT/PATCH/DELETE export that does not, and on any server action nobody
// classified, unless it is one of the exceptions below with its reason.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string, pick: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...files(rel, pick));
    else if (pick(e.name)) out.push(rel);
  }
  return out;
}

/** Routes that answer state-changing methods without route(), and why. */
const UNWRAPPED: Record<string, string> = {
  // next-auth's sign-in, sign-out and callback POSTs are application/x-www-form-urlencoded by design (its own forms
  // and `signIn()`), protected by next-auth's CSRF token; lib/auth hardens them (throttle, callbackUrl).
  "app/api/auth/[...nextauth]/route.ts POST": "next-auth: form-encoded by design",
};

/**
 * Server actions (`"use server"` exports) are not route handlers: Next posts them as multipart/text with its own
 * Origin check, so they cannot be made JSON. Each one that takes text must refuse NUL and unpaired surrogates itself
 * (lib/http/text.ts isUnstorableText); this list says how each one is safe.
 */
const SERVER_ACTIONS: Record<string, string> = {
  "lib/i18n/actions.ts setLocaleAction": "accepts only a value of the fixed locale list (isLocale); anything else is ignored",
};

const UNSAFE = ["POST", "PUT", "PATCH", "DELETE"];

describe("state-changing route handlers go through lib/http's route()", () => {
  it("every POST/PUT/PATCH/DELETE export is route(…) or withAuth(…), or a listed exception", () => {
    const problems: string[] = [];
    const seen: string[] = [];
    for (const file of files("app", (n) => n === "route.ts")) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      for (const method of UNSAFE) {
        const exported = new RegExp(
          String.raw`export\s+(?:const|async\s+function|function)\s+${method}\b|export\s*\{[^}]*\bas\s+${method}\b`,
        ).test(text);
        if (!exported) continue;
        seen.push(`${file} ${method}`);
        const wrapped = new RegExp(
          String.raw`export\s+const\s+${method}\s*=\s*(?:withAuth|withStaff|withClassScope|route|ltiRoute)\s*(?:<[^>]*>)?\(`,
        ).test(text);
        if (!wrapped && !UNWRAPPED[`${file} ${method}`])
          problems.push(`${file} ${method}: not wrapped in route()/withAuth() and not a listed exception`);
        if (wrapped && UNWRAPPED[`${file} ${method}`]) problems.push(`${file} ${method}: listed as unwrapped but is wrapped`);
      }
    }
    expect(problems).toEqual([]);
    // the scan sees the routes (so it can fail)
    expect(seen).toContain("app/api/attempts/[id]/answers/[itemSlug]/check/route.ts POST");
    expect(seen).toContain("app/api/exercises/[slug]/draft/route.ts DELETE");
    expect(seen).toContain("app/api/auth/[...nextauth]/route.ts POST");
  });

  it("every server action is classified", () => {
    const actions: string[] = [];
    for (const file of [...files("app", (n) => /\.tsx?$/.test(n)), ...files("lib", (n) => /\.tsx?$/.test(n))]) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (!/^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(text) && !/["']use server["'];?\s*\n/.test(text)) continue;
      for (const m of text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=/g))
        actions.push(`${file} ${m[1] ?? m[2]}`);
    }
    expect(actions.sort()).toEqual(Object.keys(SERVER_ACTIONS).sort());
  });
});
