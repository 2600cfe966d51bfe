// The AGS line item a link's scores go to. Most launches name it (the `lineitem` of the AGS claim); when a platform
// only offers the course's line-item container and the lineitem scope, Kakunin finds the item made for this resource
// link there, or creates it (AGS 2.0 §3.2), and remembers it on the link.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scoreMaximumOf } from "./catalogue";
import { MEDIA, SCOPE } from "./claims";
import { LtiError } from "./errors";
import { accessToken, SERVICE_TIMEOUT_MS } from "./token";

interface LinkRow {
  id: string;
  resourceLinkId: string;
  lineItemUrl: string | null;
  agsScopes: string[];
  assignmentId: string | null;
  platform: { id: string; clientId: string; accessTokenUrl: string };
}

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS) });
  } catch (error) {
    throw new LtiError("service", `The LMS's line-item service could not be reached: ${(error as Error).message}`, 502);
  }
}

/** The line item URL for `link`, or null when the platform offers none. */
export async function lineItemFor(db: PrismaClient, link: LinkRow): Promise<string | null> {
  if (link.lineItemUrl) return link.lineItemUrl;
  if (!link.agsScopes.includes(SCOPE.lineItem) || !link.assignmentId) return null;
  const assignment = await db.assignment.findUnique({
    where: { id: link.assignmentId },
    select: { classId: true, title: true, testId: true },
  });
  const ctx = assignment ? await db.ltiContext.findUnique({ where: { classId: assignment.classId } }) : null;
  if (!assignment || !ctx?.lineItemsUrl) return null;
  const token = await accessToken(db, link.platform, [SCOPE.lineItem]);
  const auth = { authorization: `Bearer ${token}` };
  const search = new URL(ctx.lineItemsUrl);
  search.searchParams.set("resource_link_id", link.resourceLinkId);
  const found = await call(search.toString(), { headers: { ...auth, accept: MEDIA.lineItemContainer } });
  if (found.ok) {
    const items = (await found.json().catch(() => [])) as Array<{ id?: unknown }>;
    const id = Array.isArray(items) ? items.find((i) => typeof i.id === "string")?.id : undefined;
    if (typeof id === "string") return remember(db, link.id, id);
  }
  const created = await call(ctx.lineItemsUrl, {
    method: "POST",
    headers: { ...auth, "content-type": MEDIA.lineItem, accept: MEDIA.lineItem },
    body: JSON.stringify({
      label: assignment.title,
      scoreMaximum: await scoreMaximumOf(db, assignment.testId),
      resourceLinkId: link.resourceLinkId,
      tag: "kakunin",
    }),
  });
  const body = (await created.json().catch(() => null)) as { id?: unknown } | null;
  if (!created.ok || typeof body?.id !== "string") {
    throw new LtiError("service", `The LMS did not create a line item (HTTP ${created.status}).`, created.status >= 500 ? 502 : 400);
  }
  return remember(db, link.id, body.id);
}

async function remember(db: PrismaClient, linkId: string, url: string): Promise<string> {
  await db.ltiResourceLink.update({ where: { id: linkId }, data: { lineItemUrl: url } });
  return url;
}
