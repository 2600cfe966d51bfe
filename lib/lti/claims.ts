// The LTI 1.3 vocabulary Kakunin reads and writes: claim names, message types, service scopes and media types
// (IMS LTI 1.3 Core, Deep Linking 2.0, Assignment and Grade Services 2.0, Names and Role Provisioning Services 2.0).
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  launchPresentation: `${LTI}launch_presentation`,
  toolPlatform: `${LTI}tool_platform`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
  deepLinkingSettings: `${DL}deep_linking_settings`,
  contentItems: `${DL}content_items`,
  deepLinkingData: `${DL}data`,
  deepLinkingMessage: `${DL}msg`,
} as const;

export const LTI_VERSION = "1.3.0";
export const MESSAGE = {
  resourceLink: "LtiResourceLinkRequest",
  deepLinking: "LtiDeepLinkingRequest",
  deepLinkingResponse: "LtiDeepLinkingResponse",
} as const;

export const SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  lineItemReadonly: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

export const MEDIA = {
  score: "application/vnd.ims.lis.v1.score+json",
  lineItem: "application/vnd.ims.lis.v2.lineitem+json",
  lineItemContainer: "application/vnd.ims.lis.v2.lineitemcontainer+json",
  memberships: "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
} as const;

export type ClassRoleName = "learner" | "ta" | "instructor";

/**
 * The class role an LMS role list maps to. Roles are URIs (`…/membership#Instructor`,
 * `…/membership/Instructor#TeachingAssistant`) or, from older platforms, bare names; institution roles alone (e.g. an
 * institution Administrator) do not make someone staff of a course.
 */
export function classRoleOf(roles: readonly string[]): ClassRoleName {
  const contextRoles = roles.filter((r) => !r.includes("/institution/person#") && !r.includes("/system/person#"));
  const has = (name: string) => contextRoles.some((r) => r === name || r.endsWith(`#${name}`) || r.endsWith(`/${name}`));
  if (has("TeachingAssistant")) return "ta";
  if (has("Instructor") || has("Administrator") || has("ContentDeveloper")) return "instructor";
  return "learner";
}
