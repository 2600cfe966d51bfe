// The bank a mock exam draws from: the course's units and sections with their eligible questions. Short-text items
// are left out (they wait for an instructor's grade, so a mock exam's score would count them 0 until then).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface BankSection {
  slug: string;
  title: unknown;
  /** Eligible question slugs, sorted (the draw shuffles them with the attempt's seed). */
  items: string[];
}
export interface BankUnit {
  slug: string;
  title: unknown;
  sections: BankSection[];
}
export interface Bank {
  units: BankUnit[];
}

export const MOCK_KINDS = ["single_choice", "multi_choice", "numeric", "formula", "code_blank"] as const;

/** The live bank of a course from the database: units and sections in course order, non-retired eligible items. */
export async function loadBank(db: PrismaClient, courseId: string): Promise<Bank> {
  const units = await db.unit.findMany({
    where: { courseId },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      sections: {
        orderBy: [{ position: "asc" }, { slug: "asc" }],
        select: {
          slug: true,
          title: true,
          items: { where: { retired: false, kind: { in: [...MOCK_KINDS] } }, select: { slug: true } },
        },
      },
    },
  });
  return {
    units: units.map((u) => ({
      slug: u.slug,
      title: u.title,
      sections: u.sections.map((s) => ({ slug: s.slug, title: s.title, items: s.items.map((i) => i.slug).sort() })),
    })),
  };
}
