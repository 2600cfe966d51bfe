// Per-request Content-Security-Policy with a script nonce (Next.js applies it to its own scripts).
// Runs for pages only; static assets and API routes are skipped (see `config.matcher`). While the database is down,
// pages that need it get the 503 "service unavailable" page instead (lib/db/outage.ts, lib/db/outage-page.ts).
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce } from "@/lib/http/csp";
import { databaseUp, pageNeedsDatabase } from "@/lib/db/outage";
import { FRAME_COOKIE, framePolicy } from "@/lib/lti/frame";
import { outageResponse } from "@/lib/db/outage-page";

export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const https = request.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const frame = framePolicy(request.nextUrl.pathname, request.cookies.get(FRAME_COOKIE)?.value);
  const csp = buildCsp({ nonce, dev: process.env.NODE_ENV === "development", https, ...frame });
  // While the database is down, pages that need it answer 503 (lib/db/outage.ts caches the check).
  if (pageNeedsDatabase(request.nextUrl.pathname) && !(await databaseUp())) return outageResponse(request, csp);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Browsers that know CSP frame-ancestors ignore this; older ones get the same answer where nobody may frame us.
  if (frame.frameAncestors[0] === "'none'") response.headers.set("x-frame-options", "DENY");
  if (https && process.env.NODE_ENV === "production") {
    response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
