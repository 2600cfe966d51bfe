// The bundled grader's V8 code cache (lib/grader-pool/code-cache-entry.cjs): the first start writes it, later starts
// use it, and a cache that is garbage or damaged never stops a grader from starting and grading. The bundle and its
// entry are copied to a directory of this test's own, so that no other process's starts touch its cache.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledEntry, defaultSource } from "../../lib/grader-pool/bundle";
import { GraderPool } from "../../lib/grader-pool/pool";
import { doubleIt } from "./fixtures/double-it";

let dir: string;
let entry: string;

beforeAll(async () => {
  const built = await bundledEntry(defaultSource());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kakunin-code-cache-"));
  entry = path.join(dir, path.basename(built));
  fs.copyFileSync(built, entry);
  fs.copyFileSync(built.replace(/\.cjs$/, ".js"), entry.replace(/\.cjs$/, ".js"));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const version = doubleIt("code-cache", { hidden: 1 });

function cacheFiles(): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".v8cache"))
    .map((f) => path.join(dir, f));
}

/** Starts one grader from the copied entry, grades a right and a wrong answer, and closes it. */
async function startAndGrade(): Promise<{ right: boolean[]; wrong: boolean[]; log: string[] }> {
  const log: string[] = [];
  const pool = new GraderPool({ size: 1, spares: 0, entry, log: (l) => log.push(l) });
  try {
    await pool.ready();
    const right = await pool.run(version, "y = 2 * x\n");
    const wrong = await pool.run(version, "y = 3 * x\n");
    return { right: right.tests.map((t) => t.passed), wrong: wrong.tests.map((t) => t.passed), log };
  } finally {
    await pool.close();
  }
}

describe("the grader's code cache", () => {
  it("the first start writes it; the next start uses it as it is", async () => {
    for (const f of cacheFiles()) fs.rmSync(f);
    expect(await startAndGrade()).toMatchObject({ right: [true, true], wrong: [false, false] });
    const [cache] = cacheFiles();
    expect(cacheFiles()).toHaveLength(1);
    const written = fs.statSync(cache!);
    expect(written.size).toBeGreaterThan(100_000);

    expect(await startAndGrade()).toMatchObject({ right: [true, true], wrong: [false, false] });
    // accepted: not written again (a rejected cache is replaced by a new file)
    expect(fs.statSync(cache!).ino).toBe(written.ino);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("a cache of garbage: the grader starts and grades, and the cache is made again", async () => {
    const [cache] = cacheFiles();
    expect(cache).toBeDefined();
    const garbage = Buffer.alloc(200_000, 0x5a);
    fs.writeFileSync(cache!, garbage);
    const { right, wrong, log } = await startAndGrade();
    expect({ right, wrong }).toEqual({ right: [true, true], wrong: [false, false] });
    expect(log.filter((l) => /died|stopped/.test(l))).toEqual([]);
    expect(fs.readFileSync(cache!).equals(garbage)).toBe(false);
  }, 120_000);

  it("a cache damaged inside (V8 would crash on it, it checks only the header): the grader starts and grades", async () => {
    const [cache] = cacheFiles();
    const damaged = fs.readFileSync(cache!);
    for (let i = 200_000; i < 200_400; i++) damaged[i]! ^= 0x5a;
    fs.writeFileSync(cache!, damaged);
    const { right, wrong, log } = await startAndGrade();
    expect({ right, wrong }).toEqual({ right: [true, true], wrong: [false, false] });
    expect(log.filter((l) => /died|stopped/.test(l))).toEqual([]);
  }, 120_000);
});
