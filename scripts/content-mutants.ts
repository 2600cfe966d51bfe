// npm run content:mutants [-- --root exercises --only SLUG --cap N --verbose]
// Mutation analysis of the code content (lib/content/mutation.ts): prints each item's mutation score, every
// survivor, and the bank's score; exits 1 on an unacknowledged survivor or a stale acknowledgement.
import { createGradingSession } from "../lib/grading/engine-adapter";
import { formatIssue } from "../lib/content/read";
import { arg, readContentOrReport } from "./content-cli";
import { mutateContent, mutationIssues, mutationTable } from "../lib/content/mutation";

async function main(): Promise<number> {
  const root = arg("root") ?? "exercises";
  const only = arg("only");
  const cap = arg("cap");
  const t0 = Date.now();
  const content = await readContentOrReport(root);
  if (!content) return 1;
  const results = await mutateContent(content, {
    createSession: createGradingSession,
    ...(only ? { only } : {}),
    ...(cap ? { maxPerItem: Number(cap) } : {}),
  });
  if (process.argv.includes("--verbose"))
    for (const r of results) for (const s of r.equivalent) console.log(`${r.file}: equivalent (accepted): ${s.id}`);
  const issues = mutationIssues(results);
  for (const i of issues) console.error(formatIssue(i));
  console.log(mutationTable(results));
  console.log(`\ncontent:mutants ${issues.length ? `FAILED (${issues.length} issue(s))` : "OK"} in ${Date.now() - t0} ms`);
  return issues.length ? 1 : 0;
}

main().then((code) => process.exit(code));
