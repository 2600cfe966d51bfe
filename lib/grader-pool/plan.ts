// The tests of a stored ExerciseVersion, read in the parent (web or worker process) without loading the engine:
// the same list and order lib/exercises/payload.ts fullGradeInput builds (public tests, then hidden ones).
import type { GradableVersion } from "./grade-task";

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
