// next-auth's own endpoints (form-encoded by design, CSRF-protected by next-auth). next-auth parses a JSON-typed
// body itself and throws on a malformed one (a 500); the body is read here first, within the usual size limit, so
// bad input gets the same 4xx JSON as every other route.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { HttpError, isJsonContentType, readBodyText } from "@/lib/http";
import { errorResponse } from "@/lib/http/route";
import { requestLocale } from "@/lib/http/locale";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function post(request: Request, context: Context): Promise<Response> {
  if (isJsonContentType(request.headers.get("content-type"))) {
    try {
      const text = await readBodyText(request.clone());
      if (text.trim() === "") throw new HttpError(400, "Malformed JSON in request body");
      JSON.parse(text);
    } catch (error) {
      const e = error instanceof SyntaxError ? new HttpError(400, "Malformed JSON in request body") : error;
      return errorResponse(e, "/api/auth", await requestLocale(request));
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
