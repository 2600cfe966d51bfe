// npm run content:check [-- --root exercises --variants 500 --no-mutants]
// Validates the content tree without a database, then runs the mutation analysis of the code content
// (lib/content/mutation.ts, also `npm run content:mutants`); exits 1 listing every error.
import { ContentError, formatIssue, readContent } from "../lib/content/read";
import { summarize } from "../lib/content/summary";
import { mutateContent, mutationIssues, mutationTable } from "../lib/content/mutation";
import { createGradingSession } from "../lib/grading/engine-adapter";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<number> {
  const root = arg("root", "exercises");
  const variants = Number(arg("variants", "500"));
  const t0 = Date.now();
  try {
    const content = await readContent(root, { variants });
    console.log(summarize(content));
    if (!process.argv.includes("--no-mutants")) {
      const results = await mutateContent(content, { createSession: createGradingSession });
      console.log(`\nmutation analysis (npm run content:mutants):\n${mutationTable(results)}`);
      const issues = mutationIssues(results);
      if (issues.length) throw new ContentError(issues);
    }
    console.log(`content:check OK (${variants} variants per parameterised item, ${Date.now() - t0} ms)`);
    return 0;
  } catch (e) {
    if (e instanceof ContentError) {
      for (const i of e.issues) console.error(formatIssue(i));
      console.error(`content:check FAILED: ${e.issues.length} error(s)`);
      return 1;
    }
    throw e;
  }
}

main().then((code) => process.exit(code));
