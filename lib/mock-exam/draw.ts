// The per-attempt draw of a mock exam: how many questions each unit gets, then each section within its unit —
// largest-remainder apportionment of the plan's shares, capped by what the bank holds, the shortfall of a capped unit
// or section going to the others in proportion to their shares — and which questions, by a seeded shuffle of each
// section's bank. Deterministic in (plan, bank, seed); never repeats a question (each item is in exactly one section).
import { shuffleOptions } from "@/lib/grading/choice";
import type { Bank } from "./bank";
import { strata, type MockPlan, type Stratum } from "./plan";

export interface DrawnStratum extends Stratum {
  /** Questions the plan's share asked for before any cap (largest remainder over the whole exam). */
  wanted: number;
  drawn: number;
}

export interface MockDraw {
  requested: number;
  /** Item slugs in the order they were drawn (stratum by stratum); the player shuffles exam questions anyway. */
  items: string[];
  strata: DrawnStratum[];
  /** requested − drawn: the bank (in the weighted strata) holds fewer questions than asked for. */
  shortfall: number;
}

/**
 * Apportions `n` among `weights` by largest remainder (ties to the earlier index), never giving index k more than
 * `caps[k]`: strata whose exact quota reaches their cap are filled to it and the rest re-apportioned among the others.
 */
export function apportion(n: number, weights: readonly number[], caps: readonly number[] = weights.map(() => Infinity)): number[] {
  const out = weights.map(() => 0);
  let active = weights.map((w, k) => k).filter((k) => weights[k]! > 0 && caps[k]! > 0);
  let left = n;
  while (left > 0 && active.length > 0) {
    const total = active.reduce((s, k) => s + weights[k]!, 0);
    const full = active.filter((k) => (left * weights[k]!) / total >= caps[k]!);
    if (full.length > 0) {
      for (const k of full) {
        out[k] = caps[k]!;
        left -= caps[k]!;
      }
      active = active.filter((k) => !full.includes(k));
      continue;
    }
    const exact = active.map((k) => (left * weights[k]!) / total);
    const floors = exact.map(Math.floor);
    let extra = left - floors.reduce((s, x) => s + x, 0);
    const byRemainder = active.map((_, i) => i).sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
    for (const i of byRemainder) {
      if (extra === 0) break;
      floors[i]! += 1;
      extra--;
    }
    active.forEach((k, i) => {
      out[k] = floors[i]!;
    });
    left = 0;
  }
  return out;
}

/** Seed of a section's shuffle within an attempt. */
function sectionSeed(seed: number, section: string): number {
  let h = 0x811c9dc5;
  for (const ch of section) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

export function drawMock(plan: MockPlan, bank: Bank, seed: number): MockDraw {
  const st = strata(plan, bank);
  const units = bank.units.map((u) => st.filter((s) => s.unit === u.slug));
  const unitWeights = units.map((ss) => ss.reduce((n, s) => n + s.weight, 0));
  const unitCaps = units.map((ss) => ss.reduce((n, s) => n + (s.weight > 0 ? s.available : 0), 0));
  // units first, so each unit gets exactly its share; then each unit's questions among its sections
  const unitWanted = apportion(plan.questions, unitWeights);
  const unitCounts = apportion(plan.questions, unitWeights, unitCaps);
  const wanted = units.flatMap((ss, u) =>
    apportion(
      unitWanted[u]!,
      ss.map((s) => s.weight),
    ),
  );
  const counts = units.flatMap((ss, u) =>
    apportion(
      unitCounts[u]!,
      ss.map((s) => s.weight),
      ss.map((s) => s.available),
    ),
  );
  const sections = new Map(bank.units.flatMap((u) => u.sections.map((s) => [s.slug, s.items] as const)));
  const ordered = units.flat();
  const items = ordered.flatMap((s, k) => shuffleOptions(sections.get(s.section)!, sectionSeed(seed, s.section)).slice(0, counts[k]));
  const drawn = ordered.map((s, k) => ({ ...s, wanted: wanted[k]!, drawn: counts[k]! }));
  return { requested: plan.questions, items, strata: drawn, shortfall: plan.questions - items.length };
}
