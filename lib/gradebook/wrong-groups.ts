// Shared shape of "most common wrong answers" groups (numeric, formula, short text): a label, a count, the share of
// the wrong answers it covers and its most frequent spelling as an example.

export interface WrongGroup<L> {
  key: string;
  label: L;
  count: number;
  /** count / all wrong answers considered (0..1). */
  share: number;
  /** The most frequent raw answer in the group (ties: the first seen). */
  example: string;
  /** How many different raw spellings the group holds (capped at 50). */
  spellings: number;
}

export type Tally<L> = Map<string, { label: L; count: number; examples: Map<string, number> }>;

/** The `limit` largest groups (ties: first seen first) and how many answers the rest hold. */
export function topGroups<L>(tally: Tally<L>, total: number, limit: number): { groups: Array<WrongGroup<L>>; rest: number } {
  const all = [...tally.entries()].map(([key, g], order) => ({ key, g, order }));
  all.sort((a, b) => b.g.count - a.g.count || a.order - b.order);
  const top = all.slice(0, limit);
  const rest = all.slice(limit).reduce((s, x) => s + x.g.count, 0);
  return {
    groups: top.map(({ key, g }) => {
      let example = "";
      let best = 0;
      for (const [text, n] of g.examples) {
        if (n > best) {
          best = n;
          example = text;
        }
      }
      return { key, label: g.label, count: g.count, share: total ? g.count / total : 0, example, spellings: g.examples.size };
    }),
    rest,
  };
}

/** Adds one answer to a tally. */
export function addToTally<L>(tally: Tally<L>, key: string, label: L, example: string, count = 1): void {
  const g = tally.get(key);
  if (!g) {
    tally.set(key, { label, count, examples: new Map([[example, count]]) });
    return;
  }
  g.count += count;
  if (g.examples.size < 50 || g.examples.has(example)) g.examples.set(example, (g.examples.get(example) ?? 0) + count);
}
