// npm run seed:load [-- --learners 2000 --tests 10 --items-per-test 20 --reset]
// Creates a realistic synthetic class in the database at DATABASE_URL (required: this never touches the embedded
// development database by accident) for load testing the instructor dashboards (scripts/bench-dashboards.ts):
//   - a course "load" with 10 sections, 10 tests × 20 questions (per test one short-text question, one parameterised
//     numeric and one formula question (scripts/seed-load-open.ts), the rest single choice), 5 exercises;
//   - N learners (default 2,000; emails …@load.test) with one submitted exam attempt per test, so ~200 graded answers
//     each; correctness follows a logistic model of learner ability vs. question difficulty; ~85% of short-text
//     answers are graded by hand (manualScore), the rest pending; attempt totals as lib/attempts computes them;
//   - 1–3 graded submissions per learner and exercise;
//   - 20 classes over the learners (class 1: 300 learners, the others share the rest), each taught by the load
//     teacher, with three assignments (tests 1 and 2, exercise 1; due 30 days ago, closed 20 days ago, −10 % per day
//     late): the learners' attempts at those tests and submissions to that exercise are linked to their class's
//     assignment, so the assignment columns and "My assignments" have realistic on-time and late work.
// Bulk INSERT … SELECT generate_series: 2,000 learners take well under a minute. Refuses to run twice unless --reset
// (which deletes everything it created, recognised by the "load" slugs and @load.test emails).
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type PrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { fillNumericResponses, openItemContent, WRONG_FORMULAS } from "./seed-load-open";

export interface SeedLoadOptions {
  learners: number;
  tests: number;
  itemsPerTest: number;
  exercises: number;
  log?: (line: string) => void;
}

export const LOAD_EMAIL_DOMAIN = "load.test";

export const LOAD_CLASSES = 20;
export const LOAD_BIG_CLASS = 300;

export async function resetLoad(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`DELETE FROM "Class" WHERE "courseId" IN (SELECT id FROM "Course" WHERE slug = 'load')`); // cascades members, assignments
  await prisma.$executeRawUnsafe(`DELETE FROM "User" WHERE email LIKE '%@${LOAD_EMAIL_DOMAIN}'`); // cascades attempts, answers, submissions
  await prisma.$executeRawUnsafe(`DELETE FROM "TestAttempt" WHERE "testId" IN (SELECT id FROM "Test" WHERE slug LIKE 'load-%')`);
  await prisma.$executeRawUnsafe(
    `DELETE FROM "Submission" WHERE "exerciseVersionId" IN (SELECT v.id FROM "ExerciseVersion" v JOIN "Exercise" e ON e.id = v."exerciseId" WHERE e.slug LIKE 'load-%')`,
  );
  await prisma
    .$executeRawUnsafe(`DELETE FROM "ReviewState" WHERE "itemId" IN (SELECT id FROM "Item" WHERE slug LIKE 'load-%')`)
    .catch(() => {});
  await prisma.$executeRawUnsafe(`DELETE FROM "Test" WHERE slug LIKE 'load-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM "Item" WHERE slug LIKE 'load-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM "Exercise" WHERE slug LIKE 'load-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM "Section" WHERE slug LIKE 'load-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM "Unit" WHERE slug LIKE 'load-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM "Course" WHERE slug = 'load'`);
}

export async function seedLoad(
  prisma: PrismaClient,
  o: SeedLoadOptions,
): Promise<{ learners: number; attempts: number; answers: number; submissions: number }> {
  const log = o.log ?? (() => {});
  if (await prisma.course.findUnique({ where: { slug: "load" } }))
    throw new Error("A load-test class already exists; run with --reset to replace it");
  const t0 = Date.now();
  // --- content (small: plain Prisma) ---
  const course = await prisma.course.create({
    data: { slug: "load", title: { en: "Load test course", ja: "負荷試験コース" }, position: 99 },
  });
  const unit = await prisma.unit.create({ data: { slug: "load-u", courseId: course.id, title: { en: "Load unit", ja: "負荷ユニット" } } });
  const staff = await prisma.user.create({
    data: { email: `teacher@${LOAD_EMAIL_DOMAIN}`, name: "Load Teacher", passwordHash: "x", role: "instructor" },
  });
  for (let t = 0; t < o.tests; t++) {
    const section = await prisma.section.create({
      data: { slug: `load-s${t + 1}`, unitId: unit.id, position: t, title: { en: `Section ${t + 1}`, ja: `セクション ${t + 1}` } },
    });
    const itemIds: string[] = [];
    for (let i = 0; i < o.itemsPerTest; i++) {
      const short = i === o.itemsPerTest - 1;
      const open =
        o.itemsPerTest >= 4 && i === o.itemsPerTest - 2 ? "numeric" : o.itemsPerTest >= 4 && i === o.itemsPerTest - 3 ? "formula" : null;
      const slug = `load-t${t + 1}-q${i + 1}`;
      const item = await prisma.item.create({
        data: { slug, sectionId: section.id, kind: short ? "short_text" : (open ?? "single_choice"), position: i },
      });
      const stored = open
        ? openItemContent(open, slug)
        : {
            content: short
              ? { prompt: { en: `Explain idea ${slug}`, ja: `${slug} を説明せよ` } }
              : {
                  prompt: { en: `Question ${slug}`, ja: `問題 ${slug}` },
                  options: ["a", "b", "c", "d"].map((id) => ({ id, text: { en: id, ja: id } })),
                },
            answer: short
              ? {
                  rubric: [
                    { id: "k1", keywords: ["gradient"] },
                    { id: "k2", keywords: ["chain rule"] },
                  ],
                }
              : { correct: "a" },
          };
      await prisma.itemVersion.create({ data: { itemId: item.id, version: 1, contentHash: slug, ...stored } });
      itemIds.push(item.id);
    }
    await prisma.test.create({
      data: {
        slug: `load-test-${t + 1}`,
        unitId: unit.id,
        title: { en: `Check ${t + 1}`, ja: `確認テスト ${t + 1}` },
        timeLimitS: 1800,
        items: { create: itemIds.map((itemId, position) => ({ itemId, position, points: 1 })) },
      },
    });
    if (t < o.exercises) {
      const ex = await prisma.exercise.create({ data: { slug: `load-ex${t + 1}`, sectionId: section.id } });
      await prisma.exerciseVersion.create({
        data: { exerciseId: ex.id, version: 1, contentHash: `load-ex${t + 1}`, content: {}, secret: {} },
      });
    }
  }
  log(`content created (${Date.now() - t0} ms)`);

  // --- learners, attempts, answers, submissions (bulk SQL) ---
  const ex = async (label: string, sql: string) => {
    const t = Date.now();
    const n = await prisma.$executeRawUnsafe(sql);
    log(`${label}: ${n} rows (${Date.now() - t} ms)`);
    return n;
  };
  const learners = await ex(
    "learners",
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'load-' || g || '@${LOAD_EMAIL_DOMAIN}', 'Learner ' || lpad(g::text, 5, '0'), 'x', 'learner'::"Role",
            now() - interval '90 days', now()
     FROM generate_series(1, ${Math.trunc(o.learners)}) g`,
  );
  const attempts = await ex(
    "attempts",
    `INSERT INTO "TestAttempt" (id, "testId", "userId", mode, status, seed, "startedAt", "deadlineAt", "submittedAt", "maxScore")
     SELECT gen_random_uuid(), t.id, u.id, 'exam'::"AttemptMode", 'submitted'::"AttemptStatus", (random() * 2e9)::int, s.at,
            s.at + interval '30 minutes', s.at + (random() * interval '25 minutes'), ${o.itemsPerTest}
     FROM "User" u
     CROSS JOIN "Test" t
     CROSS JOIN LATERAL (SELECT now() - random() * interval '60 days' + (u.id IS NULL)::int * interval '0' AS at) s
     WHERE u.email LIKE 'load-%@${LOAD_EMAIL_DOMAIN}' AND t.slug LIKE 'load-test-%'`,
  );
  // Ability per learner and difficulty per question are deterministic functions of their ids (stable, no temp tables).
  const answers = await ex(
    "answers",
    `INSERT INTO "Answer" (id, "attemptId", "itemVersionId", response, tries, correct, score, feedback, "manualScore", "manualComment", "gradedById", "updatedAt")
     SELECT gen_random_uuid(), x."attemptId", x."versionId",
            CASE WHEN x.short THEN to_jsonb(CASE WHEN x.ok THEN 'The gradient shrinks by the chain rule.' ELSE 'It gets smaller.' END)
                 WHEN x.kind = 'numeric' THEN NULL -- filled per variant by fillNumericResponses
                 WHEN x.kind = 'formula' THEN to_jsonb(CASE WHEN x.ok THEN (ARRAY['sigmoid(w*x + b)','1/(1+exp(-(w x + b)))'])[1 + floor(random() * 2)::int]
                                                       ELSE (ARRAY[${WRONG_FORMULAS.map((f) => `'${f}'`).join(",")}])[1 + floor(random() * ${WRONG_FORMULAS.length})::int] END)
                 WHEN x.ok THEN '"a"'::jsonb
                 ELSE to_jsonb((ARRAY['b','c','d'])[1 + floor(random() * 3)::int]) END,
            1,
            CASE WHEN x.short THEN NULL ELSE x.ok END,
            CASE WHEN x.short THEN NULL WHEN x.ok THEN 1 ELSE 0 END,
            CASE WHEN x.short THEN '{"code":"short_text.pending","pending":true}'::jsonb ELSE NULL END,
            CASE WHEN x.short AND x.graded THEN CASE WHEN x.ok THEN 1 ELSE 0.5 END END,
            CASE WHEN x.short AND x.graded THEN 'ok' END,
            CASE WHEN x.short AND x.graded THEN '${staff.id}'::uuid END,
            x."submittedAt"
     FROM (
       SELECT a.id AS "attemptId", v.id AS "versionId", i.kind = 'short_text' AS short, i.kind::text AS kind, a."submittedAt",
              random() < 1 / (1 + exp(-(4 * ((abs(hashtext(a."userId"::text)) % 1000) / 1000.0 - 0.5)
                                        - 1.5 * ((abs(hashtext(i.id::text)) % 1000) / 1000.0 - 0.5) + 0.6))) AS ok,
              random() < 0.85 AS graded
       FROM "TestAttempt" a
       JOIN "Test" t ON t.id = a."testId" AND t.slug LIKE 'load-test-%'
       JOIN "TestItem" ti ON ti."testId" = a."testId"
       JOIN "Item" i ON i.id = ti."itemId"
       JOIN "ItemVersion" v ON v."itemId" = i.id AND v.version = i."currentVersion"
     ) x`,
  );
  {
    const t = Date.now();
    log(`numeric responses: ${await fillNumericResponses(prisma)} rows (${Date.now() - t} ms)`);
  }
  await ex(
    "attempt totals",
    `UPDATE "TestAttempt" a SET score = s.total
     FROM (SELECT ans."attemptId", round(sum(ti.points * coalesce(ans."manualScore", ans.score, 0))::numeric, 3)::float8 AS total
           FROM "Answer" ans
           JOIN "ItemVersion" v ON v.id = ans."itemVersionId"
           JOIN "TestAttempt" ta ON ta.id = ans."attemptId"
           JOIN "TestItem" ti ON ti."testId" = ta."testId" AND ti."itemId" = v."itemId"
           JOIN "Test" t ON t.id = ta."testId" AND t.slug LIKE 'load-test-%'
           GROUP BY ans."attemptId") s
     WHERE a.id = s."attemptId"`,
  );
  const submissions = await ex(
    "submissions",
    `INSERT INTO "Submission" (id, "userId", "exerciseVersionId", "idempotencyKey", code, status, score, "maxScore", "createdAt", "gradedAt")
     SELECT gen_random_uuid(), u.id, v.id, 'load-' || v.id || '-' || k, 'y = x @ w', 'graded'::"SubmissionStatus",
            floor(random() * 5)::float8, 4, s.at, s.at + interval '3 seconds'
     FROM "User" u
     CROSS JOIN "ExerciseVersion" v
     JOIN "Exercise" e ON e.id = v."exerciseId" AND e.slug LIKE 'load-ex%'
     CROSS JOIN LATERAL generate_series(1, 1 + (abs(hashtext(u.id::text || v.id::text)) % 3)) k
     CROSS JOIN LATERAL (SELECT now() - random() * interval '60 days' + (k IS NULL)::int * interval '0' AS at) s
     WHERE u.email LIKE 'load-%@${LOAD_EMAIL_DOMAIN}'`,
  );
  await seedClasses(prisma, staff.id, course.id, ex);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { learners, attempts, answers, submissions };
}

/** 20 classes (class 1 = the first 300 learners by number), 3 assignments each, existing work linked to them. */
async function seedClasses(prisma: PrismaClient, teacherId: string, courseId: string, ex: (label: string, sql: string) => Promise<number>) {
  await ex(
    "classes",
    `INSERT INTO "Class" (id, "courseId", name, term, "timeZone", "joinCode", "createdById")
     SELECT gen_random_uuid(), '${courseId}'::uuid, 'Load class ' || lpad(g::text, 2, '0'), '2026', 'Asia/Tokyo', 'LOAD' || lpad(g::text, 4, '0'), '${teacherId}'::uuid
     FROM generate_series(1, ${LOAD_CLASSES}) g`,
  );
  await ex(
    "class staff",
    `INSERT INTO "ClassMember" ("classId", "userId", role) SELECT c.id, '${teacherId}'::uuid, 'instructor'::"ClassRole" FROM "Class" c WHERE c."joinCode" LIKE 'LOAD%'`,
  );
  // learner n → class 1 when n ≤ 300, else 2 + (n − 301) mod 19
  await ex(
    "class members",
    `INSERT INTO "ClassMember" ("classId", "userId", role, "joinedAt")
     SELECT c.id, u.id, 'learner'::"ClassRole", now() - interval '80 days'
     FROM "User" u
     CROSS JOIN LATERAL (SELECT substring(u.email from 'load-([0-9]+)@')::int AS n) x
     JOIN "Class" c ON c."joinCode" = 'LOAD' || lpad((CASE WHEN x.n <= ${LOAD_BIG_CLASS} THEN 1 ELSE 2 + (x.n - ${LOAD_BIG_CLASS + 1}) % ${LOAD_CLASSES - 1} END)::text, 4, '0')
     WHERE u.email LIKE 'load-%@${LOAD_EMAIL_DOMAIN}'`,
  );
  await ex(
    "assignments",
    `INSERT INTO "Assignment" (id, "classId", title, "testId", "opensAt", "dueAt", "closesAt", "attemptsAllowed", "latePolicy", "penaltyPerDay", release)
     SELECT gen_random_uuid(), c.id, 'Quiz ' || t.n, t.id, now() - interval '70 days', now() - interval '30 days', now() - interval '20 days', 2,
            'penalty_per_day'::"LatePolicy", 10, 'after_due'::"ReleasePolicy"
     FROM "Class" c CROSS JOIN (SELECT id, substring(slug from 'load-test-([0-9]+)')::int AS n FROM "Test" WHERE slug IN ('load-test-1', 'load-test-2')) t
     WHERE c."joinCode" LIKE 'LOAD%'`,
  );
  await ex(
    "exercise assignments",
    `WITH a AS (
       INSERT INTO "Assignment" (id, "classId", title, "opensAt", "dueAt", "closesAt", "latePolicy", "penaltyPerDay", release)
       SELECT gen_random_uuid(), c.id, 'Code 1', now() - interval '70 days', now() - interval '30 days', now() - interval '20 days', 'penalty_per_day'::"LatePolicy", 10, 'immediately'::"ReleasePolicy"
       FROM "Class" c WHERE c."joinCode" LIKE 'LOAD%' RETURNING id)
     INSERT INTO "AssignmentExercise" ("assignmentId", "exerciseId", position) SELECT a.id, e.id, 0 FROM a CROSS JOIN "Exercise" e WHERE e.slug = 'load-ex1'`,
  );
  await ex(
    "attempts linked to assignments",
    `UPDATE "TestAttempt" at SET "assignmentId" = a.id
     FROM "ClassMember" m JOIN "Assignment" a ON a."classId" = m."classId"
     WHERE m."userId" = at."userId" AND m.role = 'learner' AND a."testId" = at."testId"`,
  );
  await ex(
    "submissions linked to assignments",
    `UPDATE "Submission" s SET "assignmentId" = ae."assignmentId"
     FROM "ExerciseVersion" v, "AssignmentExercise" ae, "Assignment" a, "ClassMember" m
     WHERE v.id = s."exerciseVersionId" AND ae."exerciseId" = v."exerciseId" AND a.id = ae."assignmentId"
       AND m."classId" = a."classId" AND m."userId" = s."userId" AND m.role = 'learner'`,
  );
  await ex(
    "extensions",
    `INSERT INTO "AssignmentExtension" ("assignmentId", "userId", "dueAt", "extraTimeS")
     SELECT a.id, m."userId", a."dueAt" + interval '3 days', 600
     FROM "Assignment" a JOIN "ClassMember" m ON m."classId" = a."classId" AND m.role = 'learner'
     WHERE a."classId" IN (SELECT id FROM "Class" WHERE "joinCode" LIKE 'LOAD%') AND abs(hashtext(m."userId"::text)) % 20 = 0`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      learners: { type: "string", default: "2000" },
      tests: { type: "string", default: "10" },
      "items-per-test": { type: "string", default: "20" },
      exercises: { type: "string", default: "5" },
      reset: { type: "boolean", default: false },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("seed:load: set DATABASE_URL to the database to fill (it is never the embedded development database by default)");
    process.exit(2);
  }
  const num = (s: string, name: string) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const opts = {
    learners: num(values.learners!, "learners"),
    tests: num(values.tests!, "tests"),
    itemsPerTest: num(values["items-per-test"]!, "items-per-test"),
    exercises: num(values.exercises!, "exercises"),
  };
  await migrate({ url });
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    if (values.reset) {
      console.error("[seed:load] removing the previous load-test class");
      await resetLoad(prisma);
    }
    const r = await seedLoad(prisma, { ...opts, log: (l) => console.error(`[seed:load] ${l}`) });
    console.log(`seed:load: ${r.learners} learners, ${r.attempts} attempts, ${r.answers} answers, ${r.submissions} submissions`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`seed:load failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
