// npm run content:check [-- --root exercises --variants 500 --no-mutants]
// Reads, validates and proves the content tree without a database (lib/content/pipeline.ts): every code answer,
// fixture and mutant through the graders (lib/content/prove.ts, mutation analysis also `npm run content:mutants`);
// exits 1 listing every error.
import { ContentError, formatIssue } from "../lib/content/read";
import { checkContent } from "../lib/content/pipeline";
import { summarize } from "../lib/content/summary";
import { mutationTable } from "../lib/content/mutation";
import { createGradingSession } from "../lib/grading/engine-adapter";
import { arg } from "./content-cli";
import { probes } from "../lib/content/validate";
import type { Content } from "../lib/content/model";

function sampleCount(c: Content): string {
  let right = 0;
  let wrong = 0;
  for (const i of c.items)
    if (i.data.kind === "short_text") {
      right += i.data.answer.rightSamples.en.length + i.data.answer.rightSamples.ja.length;
      wrong += i.data.answer.wrongSamples.en.length + i.data.answer.wrongSamples.ja.length;
    }
  return `${right} right and ${wrong} wrong over ${c.items.filter((i) => i.data.kind === "short_text").length} short-text items`;
}

async function main(): Promise<number> {
  const root = arg("root") ?? "exercises";
  const variants = Number(arg("variants") ?? "500");
  const t0 = Date.now();
  try {
    const mutants = process.argv.includes("--no-mutants") ? false : {};
    const { content, proof } = await checkContent(root, { variants, prove: { createSession: createGradingSession, mutants } });
    console.log(summarize(content));
    if (proof) {
      const n = proof.probes.reduce((a, r) => a + r.probes, 0);
      console.log(
        `\ntolerance and variant probes: ${n} over ${proof.probes.filter((r) => r.probes).length} code items and exercises, all graded correct; ${probes.decimals} decimal-places probes of numeric variants`,
      );
      console.log(`short-text samples graded: ${sampleCount(content)}`);
    }
    if (proof?.mutation) console.log(`\nmutation analysis (npm run content:mutants):\n${mutationTable(proof.mutation)}`);
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
