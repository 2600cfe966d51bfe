// Schema drift: migrating an empty database with prisma/migrations must give exactly what prisma/schema.prisma
// describes: tables, columns (type, nullability, default), enums, primary keys, unique and plain indexes, foreign keys
// with their ON DELETE / ON UPDATE actions. schema.prisma is read with Prisma's own parser (the DMMF), so a field
// added to the schema without a migration (or a migration that doesn't match the schema) fails here.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../lib/db/migrate";
import { createEmptyDatabase } from "../helpers/db";
import { actualFromDatabase, diffSchemas, expectedFromDmmf, loadDmmf, type SchemaModel } from "./schema-model";

const schemaText = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
let actual: SchemaModel;
let expected: SchemaModel;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createEmptyDatabase("kk_drift");
  drop = db.drop;
  await migrate({ url: db.url });
  actual = await actualFromDatabase(db.url);
  expected = expectedFromDmmf(loadDmmf(schemaText));
});
afterAll(() => drop?.());

describe("schema drift", () => {
  it("the migrated database matches prisma/schema.prisma", () => {
    const diff = diffSchemas(expected, actual);
    expect(diff, `prisma/migrations does not produce prisma/schema.prisma — add a migration:\n  ${diff.join("\n  ")}`).toEqual([]);
    // and the comparison did look at everything
    expect(Object.keys(actual.tables).length).toBeGreaterThanOrEqual(19);
    expect(Object.keys(actual.foreignKeys).length).toBeGreaterThanOrEqual(20);
  });

  it("detects drift: a field, an index, a changed default and a changed ON DELETE without a migration", () => {
    const edited = schemaText
      .replace(/(model User \{\n)/, "$1  nickname String?\n")
      .replace(/(model Course \{[\s\S]*?)(\n\})/, "$1\n  @@index([position])$2")
      .replace(/(reason\s+String\s+)@default\("submit"\)/, '$1@default("manual")')
      .replace(/(model AuditLog \{[\s\S]*?)onDelete: SetNull/, "$1onDelete: Cascade");
    expect(edited).not.toBe(schemaText);
    const before = new Set(diffSchemas(expected, actual)); // empty unless the first test fails too
    const diff = diffSchemas(expectedFromDmmf(loadDmmf(edited)), actual).filter((d) => !before.has(d));
    expect(diff).toEqual(
      expect.arrayContaining([
        `column "User"."nickname" is in schema.prisma but not in the database`,
        expect.stringMatching(/^index Course_position_idx .* is in schema.prisma but not in the database$/),
        `column "GradingJob"."reason": default 'manual'::text in schema.prisma, 'submit'::text in the database`,
        expect.stringMatching(
          /^foreign key AuditLog_actorId_fkey: schema.prisma has .*"onDelete":"CASCADE".*the database has .*"onDelete":"SET NULL"/,
        ),
      ]),
    );
    expect(diff).toHaveLength(4);
  });
});

describe("schema files", () => {
  it("the generated client (lib/generated/prisma) is up to date with schema.prisma", () => {
    const generated = fs.readFileSync(path.resolve("lib/generated/prisma/internal/class.ts"), "utf8");
    const m = /"inlineSchema": ("(?:[^"\\]|\\.)*")/.exec(generated);
    expect(m, "inlineSchema not found in lib/generated/prisma/internal/class.ts").not.toBeNull();
    const inline = JSON.parse(m![1]!) as string;
    const norm = (s: string) =>
      s
        .replace(/\r\n/g, "\n")
        .replace(/[ \t]+/g, " ")
        .trim();
    expect(norm(inline) === norm(schemaText), "lib/generated/prisma is stale: run `npm run prisma:generate`").toBe(true);
  });

  it("migrations are laid out as Prisma expects", () => {
    const dir = path.resolve("prisma/migrations");
    expect(fs.readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toMatch(/^provider = "postgresql"$/m);
    const names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(fs.existsSync(path.join(dir, n, "migration.sql")), `${n}/migration.sql`).toBe(true);
    }
  });
});
