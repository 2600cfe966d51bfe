// Where the app may send a browser after sign-in / sign-out: same-origin destinations only, decided by parsing the
// value as a URL against the site's origin (the way browsers will read it), never by looking at its first characters.
// Used by the sign-in page (server and client), the guard's sign-in redirects and next-auth's `redirect` callback.
// No server-only imports: the sign-in form runs this in the browser too.

/** Any ASCII control character (tab, CR, LF, NUL, DEL…) or a backslash: browsers drop or rewrite these. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/;

/** A stand-in origin for checking relative paths when the real one does not matter (only "same or not" does). */
const PLACEHOLDER_ORIGIN = "http://kakunin.invalid";

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // malformed percent-encoding
  }
}

/**
 * The same-origin path (pathname + search + hash) that `value` leads to, or null when it leads anywhere else or is
 * not clean. Refused: absolute and protocol-relative URLs to other origins, `javascript:` and other schemes,
 * control characters and backslashes (raw or percent-encoded), and paths whose parsed form would start with `//`.
 * `origin` is the site's origin; absolute URLs on it are accepted too.
 */
export function sameOriginPath(value: string | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  const decoded = decodedOnce(value);
  if (decoded === null || UNSAFE_CHARS.test(value) || UNSAFE_CHARS.test(decoded)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
  // A relative value must be a path ("/x"), not "x" or "?x" (which would resolve against the current page).
  if (!value.startsWith("/") && !value.startsWith(base.origin + "/") && value !== base.origin) return null;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" parses to the path "//evil.example", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//") || decodedOnce(path)?.startsWith("//")) return null;
  return path;
}

/** Only same-site paths may be a post-sign-in destination; anything else becomes `fallback`. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/learn"): string {
  return sameOriginPath(value) ?? fallback;
}

/**
 * next-auth's `redirect` callback: the absolute same-origin URL for `url`, else the site's home page. next-auth
 * passes its own origin (NEXTAUTH_URL's, or the request's) as `baseUrl`.
 */
export function nextAuthRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const path = sameOriginPath(url, baseUrl);
  return new URL(path ?? "/", baseUrl).toString();
}
