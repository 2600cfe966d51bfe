// The loader against a real, freshly migrated database.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/read";

let db: TestDatabase;
let root: string;
let tmp: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tmp = await mkdtemp(path.join(os.tmpdir(), "kk-load-"));
  root = path.join(tmp, "exercises");
  await cp("exercises", root, { recursive: true });
});
afterAll(async () => {
  await db?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const OPTS = { variants: 10 };

describe("loadContent", () => {
  it("loads the bank, then a second run creates and updates nothing", async () => {
    const first = await loadContent(db.prisma, root, OPTS);
    const nItems = await db.prisma.item.count();
    expect(first.items.created).toBe(nItems);
    expect(first.items.versions).toBe(nItems);
    expect(first.tests.created).toBeGreaterThanOrEqual(1);
    expect(first.sections.created).toBe(27); // Day 1 (5 sections), Day 2 (5), Day 3 (9) and Day 4 (8)

    const second = await loadContent(db.prisma, root, OPTS);
    for (const k of ["courses", "units", "sections", "items", "exercises", "tests"] as const) {
      expect(second[k].created, k).toBe(0);
      expect(second[k].updated, k).toBe(0);
    }
    expect(second.items.versions).toBe(0);
    expect(second.items.unchanged).toBe(nItems);
    expect(await db.prisma.itemVersion.count()).toBe(nItems);

    // Test items are in file order with their points.
    const exam = await db.prisma.test.findFirst({
      where: { timeLimitS: { not: null } },
      include: { items: { orderBy: { position: "asc" }, include: { item: true } } },
    });
    if (exam) expect(exam.items.map((i) => i.position)).toEqual(exam.items.map((_, k) => k));
  });

  it("keeps secrets out of ItemVersion.content", async () => {
    const v = await db.prisma.itemVersion.findFirst({ where: { item: { slug: "bptt-delta-dot-u-code" } } });
    expect(JSON.stringify(v!.content)).not.toContain('delta_t.dot(U)"');
    expect((v!.answer as { reference: string }).reference).toBe("delta_t.dot(U)");
    const choice = await db.prisma.itemVersion.findFirst({ where: { item: { slug: "bptt-sigmoid-derivative-max" } } });
    expect(JSON.stringify(choice!.content)).not.toContain("correct");
    expect((choice!.answer as { correct: string }).correct).toBe("b");
  });

  it("an edited prompt creates a new version and keeps the old one", async () => {
    const file = path.join(root, "questions", "bptt-chain-rule", "prompt.en.md");
    await writeFile(file, (await readFile(file, "utf8")) + "\nShow your work.\n");
    const s = await loadContent(db.prisma, root, OPTS);
    expect(s.items.updated).toBe(1);
    expect(s.items.versions).toBe(1);
    expect(s.items.created).toBe(0);
    const item = await db.prisma.item.findUniqueOrThrow({
      where: { slug: "bptt-chain-rule" },
      include: { versions: { orderBy: { version: "asc" } } },
    });
    expect(item.currentVersion).toBe(2);
    expect(item.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(item.versions[0]!.contentHash).not.toBe(item.versions[1]!.contentHash);
    expect(JSON.stringify(item.versions[1]!.content)).toContain("Show your work.");
    expect(JSON.stringify(item.versions[0]!.content)).not.toContain("Show your work.");
  });

  it("a removed item is retired (versions kept); restoring it un-retires without a new version", async () => {
    const slug = "rnn-hidden-state";
    const dir = path.join(root, "questions", slug);
    const backup = path.join(tmp, slug);
    await cp(dir, backup, { recursive: true });
    await rm(dir, { recursive: true });
    // Drop it from any test that lists it so the tree stays valid.
    const testsDir = path.join(root, "tests");
    const { readdir } = await import("node:fs/promises");
    const touched: [string, string][] = [];
    for (const t of await readdir(testsDir)) {
      const f = path.join(testsDir, t, "test.yaml");
      const text = await readFile(f, "utf8");
      if (text.includes(slug)) {
        touched.push([f, text]);
        await writeFile(
          f,
          text
            .split("\n")
            .filter((l) => !l.includes(slug))
            .join("\n"),
        );
      }
    }
    const s = await loadContent(db.prisma, root, OPTS);
    expect(s.items.retired).toBe(1);
    const item = await db.prisma.item.findUniqueOrThrow({ where: { slug }, include: { versions: true } });
    expect(item.retired).toBe(true);
    expect(item.versions.length).toBe(1);

    await cp(backup, dir, { recursive: true });
    for (const [f, text] of touched) await writeFile(f, text);
    const back = await loadContent(db.prisma, root, OPTS);
    expect(back.items.updated).toBe(1);
    expect(back.items.versions).toBe(0);
    const again = await db.prisma.item.findUniqueOrThrow({ where: { slug } });
    expect(again.retired).toBe(false);
  });

  it("an invalid tree writes nothing", async () => {
    const before = await db.prisma.itemVersion.count();
    const f = path.join(root, "questions", "bptt-chain-rule", "prompt.en.md");
    await writeFile(f, "Changed again.\n");
    const bad = path.join(root, "questions", "bptt-sigmoid-derivative-max", "item.yaml");
    const text = await readFile(bad, "utf8");
    await writeFile(bad, text.replace("correct: b", "correct: z"));
    await expect(loadContent(db.prisma, root, OPTS)).rejects.toBeInstanceOf(ContentError);
    expect(await db.prisma.itemVersion.count()).toBe(before);
    await writeFile(bad, text);
  });
});
