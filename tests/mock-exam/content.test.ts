// The mock exam's content file (exercises/tests/<slug>/test.yaml, mode: mock) as content:check reads it: the real
// one passes; an unknown course, unit or section, a weighted section without questions, no weight at all, items
// of its own and out-of-range limits are each reported with file and field.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError, formatIssue, readContent } from "@/lib/content/read";

let tmp: string;
let root: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "kk-mock-"));
  root = path.join(tmp, "exercises");
  await cp("exercises", root, { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const FILE = "tests/mock-exam/test.yaml";
async function append(extra: string) {
  const f = path.join(root, FILE);
  await writeFile(f, (await readFile(f, "utf8")) + extra);
}
async function errors(): Promise<string[]> {
  try {
    await readContent(root);
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map((i) => formatIssue(i).replace(root, "exercises"));
    throw e;
  }
  return [];
}

describe("mock exam content", () => {
  it("the course's mock exam reads with its defaults", async () => {
    const c = await readContent("exercises");
    const m = c.mockTests.find((t) => t.slug === "mock-exam")!;
    expect(m).toMatchObject({ course: "jdla-e", plan: { questions: 100, timeLimitMinutes: 120, units: {}, sections: {} } });
    expect(c.tests.some((t) => t.slug === "mock-exam")).toBe(false);
  });

  it("unknown unit and section", async () => {
    await append("units: { day1: 1, day9: 1 }\nsections: { day1-nope: 2 }\n");
    const errs = await errors();
    expect(errs).toContain(`exercises/${FILE}: units.day9: "day9" is not a unit of this course`);
    expect(errs).toContain(`exercises/${FILE}: sections.day1-nope: "day1-nope" is not a section of this course`);
  });

  it("a plan with every weight 0 cannot draw anything", async () => {
    await append("units: { day1: 0, day3: 0 }\n");
    expect(await errors()).toContain(
      `exercises/${FILE}: units: no question can be drawn: give a positive weight to a unit that has questions`,
    );
  });

  it("unknown course, items of its own, limits", async () => {
    const f = path.join(root, FILE);
    await writeFile(f, (await readFile(f, "utf8")).replace("course: jdla-e", "course: nowhere"));
    expect(await errors()).toContain(`exercises/${FILE}: course: unknown course "nowhere"`);
    await writeFile(
      f,
      (await readFile(f, "utf8")).replace("course: nowhere", "course: jdla-e").replace("questions: 100", "questions: 0") +
        "items: [act-step-function]\n",
    );
    const errs = await errors();
    expect(errs.some((e) => e.startsWith(`exercises/${FILE}: questions:`))).toBe(true);
    expect(errs.some((e) => e.startsWith(`exercises/${FILE}: `) && e.includes("items"))).toBe(true);
  });
});
