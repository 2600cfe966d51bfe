// The URLs Kakunin serves for LTI, absolute on the public origin (NEXTAUTH_URL, else the request's): the values an
// admin pastes into the LMS, and the redirect URI sent in every OIDC request (it must match the registration exactly).
import { appOrigin } from "@/lib/http/origin";

export interface ToolUrls {
  origin: string;
  login: string;
  launch: string;
  jwks: string;
  deepLink: string;
}

export function toolUrls(origin: string): ToolUrls {
  return {
    origin,
    login: `${origin}/lti/login`,
    launch: `${origin}/lti/launch`,
    jwks: `${origin}/lti/jwks`,
    deepLink: `${origin}/lti/launch`,
  };
}

export function toolUrlsFor(request: Request): ToolUrls {
  return toolUrls(appOrigin(request));
}
