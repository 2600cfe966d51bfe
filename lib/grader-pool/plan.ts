// The tests of a stored ExerciseVersion, read in the parent (web or worker process) without loading the engine:
// the same list and order lib/exercises/payload.ts fullGradeInput builds (public tests, then hidden ones).

/** What a grading needs of an ExerciseVersion row (both JSON columns as stored by lib/content/load.ts). */
export interface GradableVersion {
  id: string;
  content: unknown;
  secret: unknown;
}

export interface PlannedTest {
  name: string;
  hidden: boolean;
  points: number;
}

type Stored = { name: string; points?: number };

export function testPlan(version: GradableVersion): PlannedTest[] {
  const content = (version.content ?? {}) as { publicTests?: Stored[] };
  const secret = (version.secret ?? {}) as { hiddenTests?: Stored[] };
  const of = (xs: Stored[] | undefined, hidden: boolean) => (xs ?? []).map((t) => ({ name: t.name, hidden, points: t.points ?? 1 }));
  return [...of(content.publicTests, false), ...of(secret.hiddenTests, true)];
}
