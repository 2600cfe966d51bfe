// npm run content:wrong-fills [-- --root exercises]
// Converts a gap-fill exercise's wrong/*.py programs into blank fills under `wrong:` in its exercise.yaml (the form
// lib/content/read.ts requires) and deletes the programs. A program that changes code outside the blanks cannot be a
// learner's answer: it is listed and left in place for the author to rewrite as fills or delete.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { gapFills } from "../lib/content/gapfill";
import { arg } from "./content-cli";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Code without comments, docstrings and blank lines: fixtures often dropped the starter's comments. */
function bare(code: string): string {
  return code
    .replace(/^[ \t]*("""|\'\'\')[\s\S]*?\1[ \t]*$/gm, "")
    .split("\n")
    .map((l) => l.replace(/\s+#[^'"]*$/, "").replace(/\s+$/, ""))
    .filter((l) => l.trim() !== "" && !l.trim().startsWith("#"))
    .join("\n");
}

function main(): number {
  const root = arg("root") ?? "exercises";
  let left = 0;
  for (const slug of readdirSync(path.join(root, "code")).sort()) {
    const dir = path.join(root, "code", slug);
    const yamlFile = path.join(dir, "exercise.yaml");
    const wrongDir = path.join(dir, "wrong");
    if (!existsSync(yamlFile) || !existsSync(wrongDir)) continue;
    const yamlText = readFileSync(yamlFile, "utf8");
    if ((YAML.parse(yamlText) as { mode?: string }).mode !== "gapfill") continue;
    const starter = readFileSync(path.join(dir, "starter.py"), "utf8");
    const entries: string[] = [];
    for (const f of readdirSync(wrongDir)
      .filter((x) => x.endsWith(".py"))
      .sort()) {
      const code = readFileSync(path.join(wrongDir, f), "utf8");
      // A leading comment says why the program is wrong; it becomes the entry's comment.
      const lines = code.split("\n");
      const why = lines
        .filter((l, k) => l.startsWith("#") && lines.slice(0, k).every((p) => p.startsWith("#")))
        .map((l) => l.replace(/^#\s?/, ""));
      const fills = gapFills(bare(starter), bare(lines.slice(why.length).join("\n")));
      if (!fills) {
        console.error(`${path.join(wrongDir, f)}: changes code outside the blanks; rewrite it as fills or delete it`);
        left++;
        continue;
      }
      entries.push(
        `${why.map((w) => `  # ${w}\n`).join("")}  - name: ${f.replace(/\.py$/, "")}\n    fills: [${fills.map((x) => quote(x.trim())).join(", ")}]\n`,
      );
      rmSync(path.join(wrongDir, f));
    }
    if (entries.length) {
      const block = `# Wrong answers: the blank fills alone, one per blank in order; each must fail at least one test.\nwrong:\n${entries.join("")}`;
      writeFileSync(yamlFile, yamlText.replace(/\n*$/, "\n") + block);
      console.log(`${slug}: ${entries.length} wrong fill(s) moved into exercise.yaml`);
    }
    if (readdirSync(wrongDir).length === 0) rmSync(wrongDir, { recursive: true });
  }
  return left ? 1 : 0;
}

process.exit(main());
