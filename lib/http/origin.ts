// The site's public origin: NEXTAUTH_URL's (npm start always sets it), else the request's. Links that leave the
// site (reset mails, the URLs an LMS stores) must use it, not whatever Host a proxy passed on.
export function appOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(request.url).origin;
}
