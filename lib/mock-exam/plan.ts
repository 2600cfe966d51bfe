// A mock exam's plan — how many questions, how long, and in which proportions by unit and by section — and its checks
// against a bank. One set of rules for the content file (exercises/tests/<slug>/test.yaml, mode: mock) and for an
// instructor's class settings (config.ts).
import type { MockPlan } from "@/lib/content/model";
import type { Bank } from "./bank";

export type { MockPlan };

export interface PlanIssue {
  path: string;
  message: string;
}

/** A stratum of the draw: one section, with its share of the exam and how many questions its bank holds. */
export interface Stratum {
  unit: string;
  section: string;
  weight: number;
  available: number;
}

/** Problems of `plan` against `bank`: unknown slugs, no weight anywhere, a weighted stratum with no question. */
export function planIssues(plan: MockPlan, bank: Bank): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const units = new Map(bank.units.map((u) => [u.slug, u]));
  const unitOf = new Map(bank.units.flatMap((u) => u.sections.map((s) => [s.slug, u.slug] as const)));
  for (const slug of Object.keys(plan.units))
    if (!units.has(slug)) issues.push({ path: `units.${slug}`, message: `"${slug}" is not a unit of this course` });
  for (const slug of Object.keys(plan.sections))
    if (!unitOf.has(slug)) issues.push({ path: `sections.${slug}`, message: `"${slug}" is not a section of this course` });
  if (issues.length) return issues;
  for (const [slug, w] of Object.entries(plan.units)) {
    if (w > 0 && bankOfUnit(bank, slug, plan) === 0)
      issues.push({ path: `units.${slug}`, message: `unit "${slug}" has a weight but no question to draw (in the sections weighted)` });
  }
  for (const [slug, w] of Object.entries(plan.sections)) {
    const size = bank.units.flatMap((u) => u.sections).find((s) => s.slug === slug)!.items.length;
    if (w > 0 && size === 0) issues.push({ path: `sections.${slug}`, message: `section "${slug}" has a weight but no question to draw` });
  }
  if (issues.length === 0 && strata(plan, bank).every((s) => s.weight === 0 || s.available === 0))
    issues.push({ path: "units", message: "no question can be drawn: give a positive weight to a unit that has questions" });
  return issues;
}

function bankOfUnit(bank: Bank, unitSlug: string, plan: MockPlan): number {
  const unit = bank.units.find((u) => u.slug === unitSlug)!;
  const listed = unit.sections.filter((s) => s.slug in plan.sections);
  return (listed.length ? listed.filter((s) => plan.sections[s.slug]! > 0) : unit.sections).reduce((n, s) => n + s.items.length, 0);
}

/**
 * The plan's strata, one per section in course order, each with its share of the whole exam: the unit's share of
 * the unit weights times the section's share within its unit (listed sections by their weights; otherwise by the
 * size of their banks, so an unlisted unit is drawn uniformly over its questions).
 */
export function strata(plan: MockPlan, bank: Bank): Stratum[] {
  const anyUnit = Object.keys(plan.units).length > 0;
  const unitWeight = (slug: string) => (anyUnit ? (plan.units[slug] ?? 0) : 1);
  const totalUnits = bank.units.reduce((n, u) => n + unitWeight(u.slug), 0);
  const out: Stratum[] = [];
  for (const u of bank.units) {
    const listed = u.sections.some((s) => s.slug in plan.sections);
    const within = (s: { slug: string; items: string[] }) => (listed ? (plan.sections[s.slug] ?? 0) : s.items.length);
    const totalWithin = u.sections.reduce((n, s) => n + within(s), 0);
    for (const s of u.sections) {
      const share = totalUnits > 0 && totalWithin > 0 ? (unitWeight(u.slug) / totalUnits) * (within(s) / totalWithin) : 0;
      out.push({ unit: u.slug, section: s.slug, weight: share, available: s.items.length });
    }
  }
  return out;
}
