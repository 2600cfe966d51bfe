// What a resource link opens: a Kakunin test or code exercise, named by the link's custom parameter
// `kakunin_target` ("test:<slug>" / "exercise:<slug>", what deep linking returns) or by its target link URI
// (`…/tests/<slug>`, `…/exercises/<slug>`, so an LMS admin can also paste a page's address). No target: the class.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LtiError } from "./errors";

export type TargetKind = "test" | "exercise";

export interface Target {
  kind: TargetKind;
  id: string;
  slug: string;
  title: string;
  courseId: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function targetRef(custom: Record<string, string>, targetLinkUri: string): { kind: TargetKind; slug: string } | null {
  const named = custom.kakunin_target ?? (custom.test ? `test:${custom.test}` : custom.exercise ? `exercise:${custom.exercise}` : "");
  const m = /^(test|exercise):(.+)$/.exec(named.trim());
  if (m) return { kind: m[1] as TargetKind, slug: m[2]! };
  try {
    const path = new URL(targetLinkUri).pathname;
    const p = /^\/(tests|exercises)\/([^/]+)\/?$/.exec(path);
    if (p) return { kind: p[1] === "tests" ? "test" : "exercise", slug: decodeURIComponent(p[2]!) };
  } catch {
    // not a URL: no target
  }
  return null;
}

const text = (title: unknown, fallback: string): string => {
  const t = title as { en?: unknown } | null;
  return typeof t?.en === "string" && t.en ? t.en : fallback;
};

export async function findTarget(db: PrismaClient, ref: { kind: TargetKind; slug: string }): Promise<Target> {
  const missing = () => new LtiError("target", `This link opens ${ref.kind} "${ref.slug}", which Kakunin does not have.`, 404);
  if (!SLUG.test(ref.slug)) throw missing();
  if (ref.kind === "test") {
    const t = await db.test.findUnique({
      where: { slug: ref.slug },
      select: { id: true, slug: true, title: true, mockPlan: true, unit: { select: { courseId: true } } },
    });
    if (!t) throw missing();
    if (t.mockPlan !== null)
      throw new LtiError(
        "target",
        `This link opens the mock exam "${ref.slug}", which learners take from Kakunin's course map, not from an LMS link.`,
      );
    return { kind: "test", id: t.id, slug: t.slug, title: text(t.title, t.slug), courseId: t.unit.courseId };
  }
  const e = await db.exercise.findUnique({
    where: { slug: ref.slug },
    select: { id: true, slug: true, currentVersion: true, retired: true, section: { select: { unit: { select: { courseId: true } } } } },
  });
  if (!e || e.retired) throw missing();
  const v = await db.exerciseVersion.findUnique({
    where: { exerciseId_version: { exerciseId: e.id, version: e.currentVersion } },
    select: { content: true },
  });
  const title = text((v?.content as { title?: unknown } | null)?.title, e.slug);
  return { kind: "exercise", id: e.id, slug: e.slug, title, courseId: e.section.unit.courseId };
}

/** Where a learner works on the assignment, and where its staff see it. */
export function assignmentPaths(target: { kind: TargetKind; slug: string }, classId: string, assignmentId: string) {
  const base = target.kind === "test" ? "/tests/" : "/exercises/";
  return {
    learner: `${base}${encodeURIComponent(target.slug)}?assignment=${assignmentId}`,
    staff: `/instructor/classes/${classId}/assignments/${assignmentId}`,
  };
}
