// npm run grade -- --exercise SLUG --file answer.py [--public-only] [--root exercises]
// Grades a file with the learners' grader (all tests, or the public ones as the browser's Run does) and prints
// the GradeReport as JSON.
import { readFileSync } from "node:fs";
import { expectationsFor, exerciseInput } from "../lib/exercises/expectations";
import { runExerciseTests } from "../lib/exercises/run-tests";
import { readContent } from "../lib/content/read";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const slug = arg("exercise");
  const file = arg("file");
  if (!slug || !file) {
    console.error("usage: npm run grade -- --exercise SLUG --file answer.py [--public-only]");
    return 2;
  }
  const content = await readContent(arg("root") ?? "exercises");
  const ex = content.exercises.find((e) => e.slug === slug);
  if (!ex) {
    console.error(`unknown exercise "${slug}" (have: ${content.exercises.map((e) => e.slug).join(", ")})`);
    return 2;
  }
  const code = readFileSync(file, "utf8");
  const which = process.argv.includes("--public-only") ? "public" : "all";
  const t0 = performance.now();
  const report = runExerciseTests(exerciseInput(ex, code, which, () => expectationsFor(ex)));
  console.log(JSON.stringify(report, null, 2));
  console.error(`graded ${slug} (${which}) in ${(performance.now() - t0).toFixed(0)} ms: ${report.score}/${report.maxScore}`);
  return 0;
}

main().then((code) => process.exit(code));
