/**
 * Run the whole corpus through the engine and rewrite KNOWN_FAILURES.txt with
 * the programs that currently fail, each with the first difference as reason (and the hand-written
 * "(why it stays)" before it kept).
 *
 *   npx tsx tests/engine/corpus/update-known-failures.ts            # rewrite the list
 *   npx tsx tests/engine/corpus/update-known-failures.ts --dry-run  # only report
 *   npx tsx tests/engine/corpus/update-known-failures.ts --verbose  # print every diff
 *   npx tsx tests/engine/corpus/update-known-failures.ts np_print   # only report programs matching a filter (never rewrites)
 */
import {
  ISOLATION_CHECKS,
  listPrograms,
  loadEngine,
  loadModules,
  readKnownFailures,
  runIsolationCheck,
  runProgram,
  shortReason,
  writeKnownFailures,
  type KnownFailure,
} from "./harness";

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const verbose = args.includes("--verbose") || args.includes("-v");
  const filters = args.filter((a) => !a.startsWith("-"));
  const runPython = await loadEngine();
  const modules = loadModules();
  const old = readKnownFailures();
  const all = listPrograms();
  const programs = filters.length ? all.filter((p) => filters.some((f) => p.includes(f))) : all;

  const failing: KnownFailure[] = [];
  const perArea = new Map<string, { pass: number; total: number }>();
  let fixed = 0;
  let regressed = 0;
  const checks = filters.length ? [] : Object.keys(ISOLATION_CHECKS);
  for (const rel of [...checks, ...programs]) {
    const o = rel in ISOLATION_CHECKS ? runIsolationCheck(runPython, rel) : runProgram(runPython, rel, modules);
    const area = rel.split("/")[0];
    const a = perArea.get(area) ?? { pass: 0, total: 0 };
    a.total++;
    if (o.pass) a.pass++;
    perArea.set(area, a);
    if (o.pass) {
      if (old.has(rel)) {
        fixed++;
        console.log(`FIXED   ${rel}`);
      }
    } else {
      const reason = shortReason(o.diff!);
      const prev = old.get(rel);
      failing.push({ path: rel, reason, ...(prev?.why ? { why: prev.why } : {}) });
      if (!prev) {
        regressed++;
        console.log(`FAIL    ${rel}: ${reason}`);
      }
      if (verbose) console.log(`--- ${rel}\n${o.diff}\n`);
    }
  }

  const total = programs.length + checks.length;
  const passed = total - failing.length;
  console.log("");
  for (const [area, a] of [...perArea].sort()) console.log(`  ${area.padEnd(16)} ${a.pass}/${a.total}`);
  console.log(
    `\n${passed}/${total} pass (${((100 * passed) / Math.max(1, total)).toFixed(1)}%); ` +
      `${fixed} newly passing, ${regressed} newly failing (not previously listed)`,
  );

  if (dryRun || filters.length) {
    console.log("(list not rewritten)");
  } else {
    writeKnownFailures(failing);
    console.log(`wrote KNOWN_FAILURES.txt (${failing.length} entries)`);
  }
  console.log(`${passed} passed, ${failing.length} failed`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
