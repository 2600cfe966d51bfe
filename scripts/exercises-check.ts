// npm run exercises:check [-- --root exercises --only SLUG]
// For every code exercise: the reference passes all tests, the starter fails, every wrong/*.py fixture fails
// (and one is caught by a hidden test) — the proof content:check runs (lib/content/prove.ts). Prints a table with timings; exit 1 on any failure.
import { proveExercise } from "../lib/content/prove";
import { arg, readContentOrReport } from "./content-cli";

async function main(): Promise<number> {
  const root = arg("root") ?? "exercises";
  const only = arg("only");
  const content = await readContentOrReport(root);
  if (!content) return 1;
  const rows: string[][] = [["exercise", "program", "expect", "score", "result", "ms"]];
  let failures = 0;
  const t0 = Date.now();
  for (const ex of content.exercises) {
    if (only && ex.slug !== only) continue;
    const proof = proveExercise(ex);
    rows.push([ex.slug, "(reference expectations)", "", "", proof.programs.length ? "ok" : "FAIL", proof.referenceMs.toFixed(0)]);
    for (const p of proof.programs) {
      const must = p.program === "solution.py" ? "pass" : "fail";
      const failed = p.report.tests.filter((x) => !x.passed).map((x) => x.name);
      rows.push([
        "",
        p.program,
        must,
        must === "pass" ? `${p.report.score}/${p.report.maxScore}` : `${p.report.tests.length} run`,
        (p.ok ? "ok" : "FAIL") +
          (failed.length
            ? ` (fails ${failed.join(", ")}${must === "fail" ? "; stops at the first failure, hidden tests first" : ""})`
            : ""),
        p.ms.toFixed(0),
      ]);
    }
    for (const pr of proof.problems) console.error(`${ex.dir}/${pr.file}: ${pr.path ? `${pr.path}: ` : ""}${pr.message}`);
    if (!proof.ok) failures++;
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 5 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  "));
  console.log(`\nexercises:check ${failures ? `FAILED (${failures} exercise(s))` : "OK"} in ${Date.now() - t0} ms`);
  return failures ? 1 : 0;
}

main().then((code) => process.exit(code));
