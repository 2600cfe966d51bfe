// npm run fuzz:engine -- --seconds N [--seed S] [--save]
// Differential fuzzing of the engine against CPython + NumPy: random course-style NumPy programs (scripts/fuzz/
// grammar.ts) run in python3 and in the engine; every divergence is shrunk to a small reproducer (minimise.ts).
// Prints the programs tried and the divergences per hour. --save writes each new reproducer into the corpus
// (tests/engine/corpus/fuzz/<hash>.py), records it with python3 (scripts/corpus-record.py) and adds it to the
// corpus's KNOWN_FAILURES.txt ratchet, so the suite keeps it failing until the engine is fixed.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { shortReason, KNOWN_FAILURES_FILE, CORPUS_DIR } from "../tests/engine/corpus/harness";
import { differences, FLOAT32_DIGITS } from "./fuzz/differential";
import { program, rng } from "./fuzz/grammar";
import { minimise } from "./fuzz/minimise";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(arg("seconds") ?? 60);
const seed = Number(arg("seed") ?? Date.now() % 1_000_000);
const save = process.argv.includes("--save");
const BATCH = 40;

const random = rng(seed);
const t0 = performance.now();
let tried = 0;
let diverged = 0;
let float32Digits = 0;
const reproducers = new Map<string, string>(); // minimised source → reason
const kinds = new Set<string>();

console.log(`fuzz:engine: seed ${seed}, ${seconds} s${save ? ", saving reproducers into the corpus" : ""}`);
while ((performance.now() - t0) / 1000 < seconds) {
  const batch = Array.from({ length: BATCH }, () => program(random, 4 + Math.floor(random() * 7)));
  const found = differences(batch);
  tried += batch.length;
  diverged += found.size;
  for (const why of found.values()) if (why.startsWith(FLOAT32_DIGITS)) float32Digits++;
  for (const [i, why] of found) {
    if ((performance.now() - t0) / 1000 > seconds * 1.5) break;
    // one reproducer per kind of difference: the same message with other numbers is the same miss
    const kind = shortReason(why).replace(/\d+/g, "#").slice(0, 80);
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    const small = minimise(batch[i]!, why);
    reproducers.set(small.source, small.reason);
  }
  process.stdout.write(`\r${tried} programs, ${diverged} diverged, ${reproducers.size} distinct reproducers`);
}
const hours = (performance.now() - t0) / 3_600_000;
console.log(`\n\nprograms tried      ${tried} (${Math.round(tried / hours)} per hour)`);
console.log(
  `diverging programs  ${diverged} (${Math.round(diverged / hours)} per hour; ${((100 * diverged) / Math.max(1, tried)).toFixed(1)} %)`,
);
console.log(`  of which float32 last digits only (within ~2 ulps: kernels the engine does not reproduce) ${float32Digits}`);
console.log(`distinct reproducers ${reproducers.size}`);
for (const [src, why] of reproducers) {
  console.log(`\n--- ${shortReason(why)}\n${src.trimEnd()}`);
}

if (save && reproducers.size) {
  const dir = path.join(CORPUS_DIR, "fuzz");
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  const reasons = new Map<string, string>();
  for (const [src, why] of reproducers) {
    const name = `f_${crypto.createHash("sha256").update(src).digest("hex").slice(0, 10)}`;
    const file = path.join(dir, `${name}.py`);
    if (fs.existsSync(file)) continue;
    fs.writeFileSync(file, `# found by npm run fuzz:engine (seed ${seed}), shrunk by scripts/fuzz/minimise.ts\n${src}`);
    names.push(name);
    reasons.set(`fuzz/${name}.py`, shortReason(why));
  }
  if (names.length) {
    execFileSync("python3", [path.join(import.meta.dirname, "corpus-record.py"), ...names.map((n) => `fuzz/${n}.py`)], {
      stdio: "inherit",
    });
    // the header line moves every line down by one: the ratchet's reasons are the engine's, re-read by the corpus test
    fs.appendFileSync(KNOWN_FAILURES_FILE, [...reasons].map(([rel, why]) => `${rel}  # ${why}\n`).join(""));
    console.log(`\nsaved ${names.length} reproducer(s) into ${path.relative(process.cwd(), dir)} and KNOWN_FAILURES.txt`);
  }
}
