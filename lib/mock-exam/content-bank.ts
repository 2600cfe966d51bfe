// The bank a mock exam of the content tree will draw from, built from the files (for content:check), like the
// database's (bank.ts) once loaded.
import type { Content } from "@/lib/content/model";
import { MOCK_KINDS, type Bank } from "./bank";

const eligible = new Set<string>(MOCK_KINDS);

export function contentBank(c: Content, courseSlug: string): Bank {
  const byPos = <T extends { position: number; slug: string }>(a: T, b: T) => a.position - b.position || a.slug.localeCompare(b.slug);
  return {
    units: c.units
      .filter((u) => u.courseSlug === courseSlug)
      .sort(byPos)
      .map((u) => ({
        slug: u.slug,
        title: u.title,
        sections: c.sections
          .filter((s) => s.unitSlug === u.slug)
          .sort(byPos)
          .map((s) => ({
            slug: s.slug,
            title: s.title,
            items: c.items
              .filter((i) => i.data.section === s.slug && eligible.has(i.data.kind))
              .map((i) => i.slug)
              .sort(),
          })),
      })),
  };
}
