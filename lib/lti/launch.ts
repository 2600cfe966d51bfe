// What a verified launch does, in one transaction: the platform user's Kakunin account (found by platform + sub,
// never by e-mail; created on first launch), the LMS course's class (platform + context id) with the LMS role, and
// for a resource link its assignment (created on first launch from the link's target) and AGS line item; for a
// deep-linking request, the request to answer. Returns where the browser goes next.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { OPEN_END } from "@/lib/assignments/rules";
import { newJoinCode } from "@/lib/classes/join-code";
import { classRoleOf, MESSAGE } from "./claims";
import { LtiError } from "./errors";
import { assignmentPaths, findTarget, targetRef, type Target } from "./targets";
import type { VerifiedLaunch } from "./verify";

export const DEEP_LINK_LIFETIME_MS = 60 * 60_000;

export interface LaunchOutcome {
  userId: string;
  path: string;
}

type Tx = Prisma.TransactionClient;

export function placeholderEmail(platformId: string, sub: string): string {
  return `lti-${crypto.createHash("sha256").update(`${platformId}\0${sub}`).digest("hex").slice(0, 24)}@lti.invalid`;
}

async function lock(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export async function accountForLaunch(tx: Tx, launch: VerifiedLaunch): Promise<string> {
  const platformId = launch.platform.id;
  await lock(tx, `lti-user:${platformId}:${launch.sub}`);
  const known = await tx.ltiUser.findUnique({
    where: { platformId_sub: { platformId, sub: launch.sub } },
    select: { user: { select: { id: true, name: true, deactivatedAt: true } } },
  });
  if (known) {
    if (known.user.deactivatedAt) throw new LtiError("role", "This Kakunin account is deactivated: ask the site's administrator.", 403);
    if (known.user.name !== launch.name) await tx.user.update({ where: { id: known.user.id }, data: { name: launch.name.slice(0, 200) } });
    return known.user.id;
  }
  const locale = launch.locale?.toLowerCase().startsWith("ja") ? "ja" : launch.locale?.toLowerCase().startsWith("en") ? "en" : null;
  return createLtiAccount(tx, platformId, launch.sub, launch.name, locale);
}

/** A Kakunin account for a platform's user: no password (it signs in through the LMS), a placeholder address. */
export async function createLtiAccount(
  tx: Tx,
  platformId: string,
  sub: string,
  name: string,
  locale: string | null = null,
): Promise<string> {
  const user = await tx.user.create({
    data: { email: placeholderEmail(platformId, sub), name: name.slice(0, 200), passwordHash: "!lti", locale },
    select: { id: true },
  });
  await tx.ltiUser.create({ data: { platformId, sub, userId: user.id } });
  return user.id;
}

/** The class of the launch's LMS course (created on first launch), with its roster and line-item services. */
async function classForLaunch(tx: Tx, launch: VerifiedLaunch, courseId: string): Promise<string> {
  const platformId = launch.platform.id;
  const contextId = launch.context?.id ?? `(no context) ${launch.deploymentId}`;
  await lock(tx, `lti-context:${platformId}:${contextId}`);
  const services = {
    ...(launch.nrps ? { membershipsUrl: launch.nrps.contextMembershipsUrl } : {}),
    ...(launch.ags?.lineitems ? { lineItemsUrl: launch.ags.lineitems } : {}),
  };
  const known = await tx.ltiContext.findUnique({ where: { platformId_contextId: { platformId, contextId } } });
  if (known) {
    if (Object.keys(services).length)
      await tx.ltiContext.update({ where: { platformId_contextId: { platformId, contextId } }, data: services });
    return known.classId;
  }
  const name = (launch.context?.title || launch.context?.label || `${launch.platform.name || launch.platform.issuer} course`).slice(0, 200);
  const cls = await tx.class.create({
    data: { courseId, name, term: launch.context?.label?.slice(0, 100) ?? "", joinCode: newJoinCode(), joinOpen: false },
    select: { id: true },
  });
  await tx.ltiContext.create({ data: { platformId, contextId, classId: cls.id, ...services } });
  return cls.id;
}

async function joinClass(tx: Tx, classId: string, userId: string, role: "learner" | "ta" | "instructor"): Promise<void> {
  await tx.classMember.upsert({
    where: { classId_userId: { classId, userId } },
    create: { classId, userId, role },
    update: { role, removedAt: null },
  });
}

const LINK_ASSIGNMENT = {
  assignment: {
    select: { id: true, classId: true, test: { select: { slug: true } }, exercises: { select: { exercise: { select: { slug: true } } } } },
  },
} as const;

/** The link's assignment: found, or created from its target (null when the link names none). */
async function linkForLaunch(tx: Tx, launch: VerifiedLaunch, classId: string, target: Target | null, now: Date) {
  const platformId = launch.platform.id;
  const resourceLinkId = launch.resourceLink!.id;
  await lock(tx, `lti-link:${platformId}:${resourceLinkId}`);
  const services = { lineItemUrl: launch.ags?.lineitem ?? null, agsScopes: launch.ags?.scope ?? [] };
  let link = await tx.ltiResourceLink.findUnique({
    where: { platformId_resourceLinkId: { platformId, resourceLinkId } },
    include: LINK_ASSIGNMENT,
  });
  if (link) {
    link = await tx.ltiResourceLink.update({
      where: { id: link.id },
      data: { ...services, lineItemUrl: services.lineItemUrl ?? link.lineItemUrl },
      include: LINK_ASSIGNMENT,
    });
  }
  if (link?.assignment) {
    const a = link.assignment;
    const ref = a.test
      ? { kind: "test" as const, slug: a.test.slug }
      : { kind: "exercise" as const, slug: a.exercises[0]?.exercise.slug ?? "" };
    return { assignmentId: a.id, classId: a.classId, ref };
  }
  if (!target) {
    if (!link) await tx.ltiResourceLink.create({ data: { platformId, resourceLinkId, deploymentId: launch.deploymentId, ...services } });
    return null;
  }
  const assignment = await tx.assignment.create({
    data: {
      classId,
      title: (launch.resourceLink!.title || target.title).slice(0, 200),
      testId: target.kind === "test" ? target.id : null,
      opensAt: now,
      dueAt: OPEN_END,
      closesAt: OPEN_END,
      release: "immediately",
      ...(target.kind === "exercise" ? { exercises: { create: [{ exerciseId: target.id, position: 0 }] } } : {}),
    },
    select: { id: true },
  });
  if (link) await tx.ltiResourceLink.update({ where: { id: link.id }, data: { assignmentId: assignment.id } });
  else
    await tx.ltiResourceLink.create({
      data: { platformId, resourceLinkId, deploymentId: launch.deploymentId, assignmentId: assignment.id, ...services },
    });
  return { assignmentId: assignment.id, classId, ref: { kind: target.kind, slug: target.slug } };
}

async function firstCourseId(db: PrismaClient): Promise<string> {
  const c = await db.course.findFirst({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
  if (!c) throw new LtiError("target", "Kakunin has no course content yet.", 409);
  return c.id;
}

export async function provisionLaunch(db: PrismaClient, launch: VerifiedLaunch, now = new Date()): Promise<LaunchOutcome> {
  const role = classRoleOf(launch.roles);
  const staff = role !== "learner";
  const deepLinking = launch.messageType === MESSAGE.deepLinking;
  if (deepLinking && !staff) throw new LtiError("role", "Only instructors can choose Kakunin content for the LMS.", 403);
  const accepts = launch.deepLinking?.acceptTypes ?? [];
  if (deepLinking && accepts.length > 0 && !accepts.includes("ltiResourceLink")) {
    throw new LtiError("deep_link", "The LMS does not accept LTI resource links here, which is what Kakunin offers.");
  }
  // Everything that can fail is read before the transaction: a refused launch creates nothing.
  const known = launch.resourceLink
    ? await db.ltiResourceLink.findUnique({
        where: { platformId_resourceLinkId: { platformId: launch.platform.id, resourceLinkId: launch.resourceLink.id } },
        select: { assignmentId: true },
      })
    : null;
  const ref = deepLinking || known?.assignmentId ? null : targetRef(launch.custom, launch.targetLinkUri);
  const target = ref ? await findTarget(db, ref) : null;
  const courseId = target?.courseId ?? (await firstCourseId(db));
  return db.$transaction(async (tx) => {
    const userId = await accountForLaunch(tx, launch);
    const classId = await classForLaunch(tx, launch, courseId);
    await joinClass(tx, classId, userId, role);
    if (deepLinking) {
      const dl = launch.deepLinking!;
      const row = await tx.ltiDeepLink.create({
        data: {
          platformId: launch.platform.id,
          deploymentId: launch.deploymentId,
          userId,
          returnUrl: dl.returnUrl,
          data: dl.data ?? null,
          acceptMultiple: dl.acceptMultiple,
          expiresAt: new Date(now.getTime() + DEEP_LINK_LIFETIME_MS),
        },
        select: { id: true },
      });
      return { userId, path: `/lti/deep-link/${row.id}` };
    }
    const linked = await linkForLaunch(tx, launch, classId, target, now);
    if (!linked) return { userId, path: staff ? `/instructor/classes/${classId}` : "/learn" };
    const paths = assignmentPaths(linked.ref, linked.classId, linked.assignmentId);
    return { userId, path: staff ? paths.staff : paths.learner };
  });
}
