// What a server component did when a test rendered it outside Next: "rendered", or the digest of the control-flow
// error it threw (redirect(), notFound(), forbidden()).
/** Outside `next` the flag for forbidden() is not set, so it throws its "experimental" error instead of the 403 digest. */
export const FORBIDDEN = /HTTP_ERROR_FALLBACK;403|`forbidden\(\)`/;
export const NOT_FOUND = /HTTP_ERROR_FALLBACK;404/;

export async function pageOutcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "rendered";
  } catch (e) {
    return String((e as { digest?: string }).digest ?? e);
  }
}
