// lib/auth/redirect.ts: only same-origin destinations pass, decided by URL parsing against the site's origin.
import { describe, expect, it } from "vitest";
import { nextAuthRedirect, safeCallbackPath, sameOriginPath } from "../../lib/auth/redirect";

const SITE = "https://kakunin.example";

/** Values that browsers (or a second decoding) would take to another site or a script. */
const HOSTILE = [
  "https://evil.example/",
  "http://evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example/x",
  "/\r/evil.example/x",
  "/\n/evil.example/x",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/%09/evil.example/x",
  "/%0d%0a/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%2Fevil.example",
  "/%2F%2Fevil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/x/..//evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "https:evil.example",
  "http:/evil.example",
  "/\u0000/evil.example",
  "/%00",
  "/%E0%A4%A",
  "learn",
  "?callbackUrl=x",
  "",
  "https://kakunin.example.evil.example/",
  "https://kakunin.example@evil.example/",
  "http://kakunin.example/learn", // another scheme is another origin
];

describe("sameOriginPath / safeCallbackPath", () => {
  it.each(HOSTILE)("refuses %j", (value) => {
    expect(sameOriginPath(value, SITE)).toBeNull();
    expect(safeCallbackPath(value)).toBe("/learn");
  });

  it("passes same-site paths, normalised", () => {
    expect(safeCallbackPath("/courses/x")).toBe("/courses/x");
    expect(safeCallbackPath("/tests/a?mode=exam#q2")).toBe("/tests/a?mode=exam#q2");
    expect(safeCallbackPath("/a/../learn")).toBe("/learn");
    expect(safeCallbackPath("/learn/javascript:x")).toBe("/learn/javascript:x");
    expect(sameOriginPath("/%E3%83%86%E3%82%B9%E3%83%88", SITE)).toBe("/%E3%83%86%E3%82%B9%E3%83%88");
    expect(sameOriginPath("https://kakunin.example/learn?x=1", SITE)).toBe("/learn?x=1");
  });

  it("falls back for missing values", () => {
    expect(safeCallbackPath(undefined)).toBe("/learn");
    expect(safeCallbackPath(null, "")).toBe("");
    expect(safeCallbackPath("x".repeat(3000))).toBe("/learn");
  });
});

describe("nextAuthRedirect (next-auth's redirect callback)", () => {
  it("keeps same-origin destinations and sends everything else home", () => {
    expect(nextAuthRedirect({ url: "/signin?signedOut=1", baseUrl: SITE })).toBe(`${SITE}/signin?signedOut=1`);
    expect(nextAuthRedirect({ url: `${SITE}/learn`, baseUrl: SITE })).toBe(`${SITE}/learn`);
    for (const url of HOSTILE) expect(nextAuthRedirect({ url, baseUrl: SITE })).toBe(`${SITE}/`);
  });
});
