// Framing after an LTI launch. Kakunin refuses to be framed (clickjacking), except: the LTI pages themselves (the LMS
// posts the launch into its iframe; they only redirect or explain), and, for a browser that launched from an LMS,
// that LMS's origins, which the launch stored in FRAME_COOKIE (app/lti/launch). Read by proxy.ts.
/** Origins allowed to frame Kakunin after a launch: space-separated, URI-encoded. */
export const FRAME_COOKIE = "kakunin-lti-frame";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

export interface FramePolicy {
  frameAncestors: string[];
  formAction: string[];
}

export function framePolicy(pathname: string, frameCookie: string | undefined): FramePolicy {
  if (pathname === "/lti" || pathname.startsWith("/lti/")) {
    return { frameAncestors: ["*"], formAction: ["'self'", "https:", "http:"] };
  }
  const origins = decodeURIComponent(frameCookie ?? "")
    .split(" ")
    .filter((o) => ORIGIN.test(o))
    .slice(0, 5);
  return { frameAncestors: origins.length ? ["'self'", ...origins] : ["'none'"], formAction: ["'self'"] };
}
