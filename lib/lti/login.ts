// OIDC third-party-initiated login (LTI 1.3 Core §4.1, 1EdTech Security Framework §5.1.1): the LMS sends the browser
// here with its issuer and a login hint; Kakunin stores a fresh `state` and `nonce` (single use, LOGIN_LIFETIME_MS)
// and sends the browser to the platform's authorization endpoint, which posts the id_token back to /lti/launch.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LtiError } from "./errors";
import { findPlatform } from "./platforms";
import type { ToolUrls } from "./urls";

export const LOGIN_LIFETIME_MS = 10 * 60_000;

export interface LoginParams {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
}

/** Returns the platform authorization URL to redirect the browser to. */
export async function startLogin(db: PrismaClient, params: LoginParams, urls: ToolUrls, now = new Date()): Promise<string> {
  const missing = (["iss", "login_hint", "target_link_uri"] as const).filter((k) => !params[k]);
  if (missing.length) throw new LtiError("request", `The LMS's login request lacks ${missing.join(", ")}.`);
  const { platform, ambiguous } = await findPlatform(db, params.iss!, params.client_id);
  if (!platform) {
    throw new LtiError(
      "platform",
      ambiguous
        ? `Several registrations have issuer ${params.iss}: the LMS must send client_id.`
        : `No LMS is registered with issuer ${params.iss}${params.client_id ? ` and client id ${params.client_id}` : ""}.`,
    );
  }
  if (params.lti_deployment_id) {
    const known = await db.ltiDeployment.findUnique({
      where: { platformId_deploymentId: { platformId: platform.id, deploymentId: params.lti_deployment_id } },
    });
    if (!known) throw new LtiError("deployment", `Deployment ${params.lti_deployment_id} is not registered for this LMS.`);
  }
  const state = crypto.randomBytes(32).toString("base64url");
  const nonce = crypto.randomBytes(32).toString("base64url");
  await db.ltiLoginState.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  await db.ltiLoginState.create({
    data: {
      state,
      nonce,
      platformId: platform.id,
      targetLinkUri: params.target_link_uri!.slice(0, 2000),
      createdAt: now,
      expiresAt: new Date(now.getTime() + LOGIN_LIFETIME_MS),
    },
  });
  const auth = new URL(platform.authLoginUrl);
  const query: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: urls.launch,
    login_hint: params.login_hint!,
    state,
    nonce,
  };
  if (params.lti_message_hint) query.lti_message_hint = params.lti_message_hint;
  for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v);
  return auth.toString();
}
