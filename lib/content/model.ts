// The content model: what lib/content/read.ts produces from the files under exercises/, and what validation
// (validate.ts), the proofs (prove.ts, mutation.ts) and the loader consume. Types only, so that those modules depend
// on the model rather than on each other (read → validate → prove → load, one way).
import type { z } from "zod";
import type { ExerciseFile, ItemFile, Localized } from "./schema";

export interface ContentIssue {
  /** File as shown to authors, e.g. exercises/questions/rnn-weights/item.yaml */
  file: string;
  /** Field path inside the file, e.g. answer.value ("" for the file as a whole). */
  path: string;
  message: string;
}

export interface Course {
  slug: string;
  file: string;
  title: Localized;
  position: number;
}
export interface Unit {
  slug: string;
  file: string;
  courseSlug: string;
  title: Localized;
  summary?: Localized;
  position: number;
}
export interface Section {
  slug: string;
  file: string;
  unitSlug: string;
  title: Localized;
  summary: Localized;
  position: number;
}
export type ItemData = z.infer<typeof ItemFile>;
export interface Item {
  slug: string;
  /** Directory as shown to authors. */
  dir: string;
  file: string;
  data: ItemData;
  prompt: Localized;
  explanation: Localized;
}
export interface TestRef {
  slug: string;
  points: number;
}
export interface Test {
  slug: string;
  file: string;
  title: Localized;
  unit: string;
  section?: string;
  mode: "practice" | "exam";
  timeLimitMinutes?: number;
  position: number;
  items: TestRef[];
}
/** A mock exam's default plan (exercises/tests/<slug>/test.yaml with mode: mock); see lib/mock-exam. */
export interface MockPlan {
  questions: number;
  timeLimitMinutes: number;
  /** {} = every unit of the course equally. */
  units: Record<string, number>;
  sections: Record<string, number>;
}
export interface MockTest {
  slug: string;
  file: string;
  title: Localized;
  course: string;
  position: number;
  plan: MockPlan;
}
export type ExerciseData = z.infer<typeof ExerciseFile>;
export interface Exercise {
  slug: string;
  dir: string;
  file: string;
  data: ExerciseData;
  prompt: Localized;
  explanation?: Localized;
  hints: Localized[];
  starter: string;
  setup: string;
  solution: string;
  wrong: { name: string; code: string }[];
}
export interface Content {
  root: string;
  courses: Course[];
  units: Unit[];
  sections: Section[];
  items: Item[];
  tests: Test[];
  mockTests: MockTest[];
  exercises: Exercise[];
}
