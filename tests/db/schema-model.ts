// Two views of the same database schema, in one normalised shape, so that they can be compared:
//  - expectedFromDmmf: what prisma/schema.prisma says, read through Prisma's own parser (the DMMF that `prisma generate`
//    hands to every generator; see dmmf-generator.mjs), translated the way Prisma Migrate maps it to PostgreSQL;
//  - actualFromDatabase: what a migrated database really has, from pg_catalog.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface Column {
  type: string; // as format_type() prints it
  notNull: boolean;
  default: string | null; // as pg_get_expr() prints it
}
export interface Index {
  table: string;
  unique: boolean;
  primary: boolean;
  method: string;
  columns: string[]; // "col" or "col DESC"
}
export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}
export interface SchemaModel {
  enums: Record<string, string[]>;
  tables: Record<string, Record<string, Column>>;
  /** by index name; includes the primary key's index */
  indexes: Record<string, Index>;
  /** constraint name → kind ("p" primary key, "u" unique) */
  constraints: Record<string, string>;
  foreignKeys: Record<string, ForeignKey>;
}

// ---------------------------------------------------------------------------------------------------------------
// schema.prisma → DMMF (Prisma's own parser)

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Dmmf = { datamodel: { enums: any[]; models: any[]; indexes: any[] } };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Runs `prisma generate` on a copy of `schemaText` whose only generator is dmmf-generator.mjs, and returns the DMMF. */
export function loadDmmf(schemaText: string): Dmmf {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kk-dmmf-"));
  try {
    const out = path.join(dir, "dmmf.json");
    const generator = `generator dmmf {\n  provider = ${JSON.stringify(`node ${path.join(ROOT, "tests/db/dmmf-generator.mjs")}`)}\n  output   = ${JSON.stringify(out)}\n}\n`;
    const withoutGenerators = schemaText.replace(/^generator\s+\w+\s*\{[\s\S]*?^\}\s*$/gm, "");
    if (/^generator\s/m.test(withoutGenerators)) throw new Error("could not strip the generator blocks from schema.prisma");
    fs.writeFileSync(path.join(dir, "schema.prisma"), generator + withoutGenerators);
    try {
      execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["generate", "--schema", "schema.prisma"], {
        cwd: dir, // no prisma.config.ts here: the CLI reads just this schema
        env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 60_000,
      });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
      throw new Error(`prisma generate failed: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`);
    }
    return JSON.parse(fs.readFileSync(out, "utf8")) as Dmmf;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// DMMF → expected PostgreSQL objects (Prisma Migrate's mapping and naming conventions)

const quoteIdent = (s: string) => (/^[a-z_][a-z0-9_]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);

function nativeTypeSql(f: any): string {
  const [name, args] = f.nativeType as [string, string[]];
  const a = args.length ? `(${args.join(",")})` : "";
  switch (name) {
    case "Uuid":
      return "uuid";
    case "Text":
      return "text";
    case "VarChar":
      return `character varying${a}`;
    case "Char":
      return `character${a}`;
    case "Integer":
      return "integer";
    case "SmallInt":
      return "smallint";
    case "BigInt":
      return "bigint";
    case "DoublePrecision":
      return "double precision";
    case "Real":
      return "real";
    case "Decimal":
      return `numeric${a}`;
    case "Timestamp":
      return `timestamp${a} without time zone`;
    case "Timestamptz":
      return `timestamp${a} with time zone`;
    case "Date":
      return "date";
    case "JsonB":
      return "jsonb";
    case "Json":
      return "json";
    case "Boolean":
      return "boolean";
    case "ByteA":
      return "bytea";
    case "Inet":
      return "inet";
    default:
      throw new Error(`schema-drift: native type @db.${name} not mapped yet (field ${f.name}); extend nativeTypeSql`);
  }
}

function columnType(f: any, enumDbName: (n: string) => string): string {
  let t: string;
  if (f.kind === "enum") t = quoteIdent(enumDbName(f.type));
  else if (f.nativeType) t = nativeTypeSql(f);
  else {
    const map: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Bytes: "bytea",
    };
    t = map[f.type] ?? "";
    if (!t) throw new Error(`schema-drift: scalar type ${f.type} not mapped (field ${f.name})`);
  }
  return f.isList ? `${t}[]` : t;
}

function sqlLiteral(v: unknown, type: string): string {
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return String(v);
  const s = `'${String(v).replace(/'/g, "''")}'`;
  return `${s}::${type}`;
}

function columnDefault(f: any, type: string, table: string, column: string): string | null {
  if (!f.hasDefaultValue || f.isUpdatedAt) return null;
  const d = f.default;
  if (d && typeof d === "object" && !Array.isArray(d) && "name" in d) {
    switch (d.name) {
      case "now":
        return "CURRENT_TIMESTAMP";
      case "uuid":
      case "cuid":
      case "nanoid":
      case "ulid":
        return null; // generated by Prisma Client, not the database
      case "autoincrement":
        return `nextval('${quoteIdent(`${table}_${column}_seq`)}'::regclass)`;
      case "dbgenerated":
        return d.args?.[0] ?? null;
      default:
        throw new Error(`schema-drift: default ${d.name}() not mapped (field ${f.name})`);
    }
  }
  if (Array.isArray(d)) throw new Error(`schema-drift: list defaults not mapped (field ${f.name})`);
  if (f.type === "Json") return sqlLiteral(typeof d === "string" ? d : JSON.stringify(d), "jsonb");
  if (f.type === "Float" || f.type === "Int" || f.type === "BigInt") return String(d);
  if (f.type === "Boolean") return String(d);
  return sqlLiteral(d, type);
}

const ACTION: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  SetNull: "SET NULL",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

export function expectedFromDmmf(dmmf: Dmmf): SchemaModel {
  const dm = dmmf.datamodel;
  const enumDb = new Map<string, string>(dm.enums.map((e: any) => [e.name, e.dbName ?? e.name]));
  const model = new Map<string, any>(dm.models.map((m: any) => [m.name, m]));
  const tableOf = (m: any): string => m.dbName ?? m.name;
  const colOf = (m: any, field: string): string => {
    const f = m.fields.find((x: any) => x.name === field);
    if (!f) throw new Error(`schema-drift: ${m.name}.${field} not found`);
    return f.dbName ?? f.name;
  };
  const out: SchemaModel = { enums: {}, tables: {}, indexes: {}, constraints: {}, foreignKeys: {} };
  for (const e of dm.enums) out.enums[e.dbName ?? e.name] = e.values.map((v: any) => v.dbName ?? v.name);

  for (const m of dm.models) {
    const table = tableOf(m);
    const cols: Record<string, Column> = {};
    for (const f of m.fields) {
      if (f.kind === "object") continue;
      const name = f.dbName ?? f.name;
      const type = columnType(f, (n) => enumDb.get(n) ?? n);
      cols[name] = { type, notNull: f.isRequired || f.isList, default: columnDefault(f, type, table, name) };
    }
    out.tables[table] = cols;
  }

  for (const ix of dm.indexes) {
    const m = model.get(ix.model);
    const table = tableOf(m);
    const cols: string[] = ix.fields.map((f: any) => colOf(m, f.name));
    const withOrder = ix.fields.map((f: any, i: number) => (f.sortOrder === "desc" ? `${cols[i]} DESC` : cols[i]));
    const method = String(ix.algorithm ?? "BTree").toLowerCase(); // BTree, Hash, Gist, Gin, SpGist, Brin
    if (ix.type === "id") {
      const name = ix.dbName ?? m.primaryKey?.name ?? `${table}_pkey`;
      out.indexes[name] = { table, unique: true, primary: true, method: "btree", columns: withOrder };
      out.constraints[name] = "p";
    } else if (ix.type === "unique") {
      const name = ix.dbName ?? `${table}_${cols.join("_")}_key`;
      out.indexes[name] = { table, unique: true, primary: false, method, columns: withOrder };
      // Prisma Migrate makes @unique/@@unique a unique INDEX, not a table constraint.
    } else if (ix.type === "normal") {
      const name = ix.dbName ?? `${table}_${cols.join("_")}_idx`;
      out.indexes[name] = { table, unique: false, primary: false, method, columns: withOrder };
    } else {
      throw new Error(`schema-drift: index type ${ix.type} not mapped (${ix.model})`);
    }
  }

  for (const m of dm.models) {
    for (const f of m.fields) {
      if (f.kind !== "object" || !f.relationFromFields?.length) continue;
      const table = tableOf(m);
      const target = model.get(f.type);
      const columns = f.relationFromFields.map((n: string) => colOf(m, n));
      const required = f.relationFromFields.every((n: string) => m.fields.find((x: any) => x.name === n).isRequired);
      const name = `${table}_${columns.join("_")}_fkey`; // (a custom @relation(map:) is not in the DMMF; none is used)
      out.foreignKeys[name] = {
        table,
        columns,
        refTable: tableOf(target),
        refColumns: f.relationToFields.map((n: string) => colOf(target, n)),
        onDelete: ACTION[f.relationOnDelete ?? (required ? "Restrict" : "SetNull")]!,
        onUpdate: ACTION[f.relationOnUpdate ?? "Cascade"]!,
      };
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// database → actual objects

const FK_ACTION: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function actualFromDatabase(url: string, schema = "public"): Promise<SchemaModel> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: SchemaModel = { enums: {}, tables: {}, indexes: {}, constraints: {}, foreignKeys: {} };
    const enums = await c.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 GROUP BY t.typname`,
      [schema],
    );
    for (const e of enums.rows) out.enums[e.name] = e.labels;

    const cols = await c.query<{ table: string; column: string; type: string; notnull: boolean; def: string | null }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum`,
      [schema],
    );
    for (const r of cols.rows) {
      if (IGNORED_TABLES.has(r.table)) continue;
      (out.tables[r.table] ??= {})[r.column] = { type: r.type, notNull: r.notnull, default: r.def };
    }

    const idx = await c.query<{
      name: string;
      table: string;
      unique: boolean;
      primary: boolean;
      method: string;
      columns: string[];
      partial: boolean;
    }>(
      `SELECT i.relname AS name, t.relname AS table, x.indisunique AS unique, x.indisprimary AS primary, am.amname AS method,
              x.indpred IS NOT NULL AS partial,
              ARRAY(SELECT pg_get_indexdef(x.indexrelid, k + 1, true) ||
                           CASE WHEN (x.indoption[k] & 1) = 1 THEN ' DESC' ELSE '' END
                      FROM generate_subscripts(x.indkey, 1) AS k ORDER BY k)::text[] AS columns
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = $1`,
      [schema],
    );
    for (const r of idx.rows) {
      if (IGNORED_TABLES.has(r.table)) continue;
      out.indexes[r.name] = {
        table: r.table,
        unique: r.unique,
        primary: r.primary,
        method: r.method,
        columns: r.columns.map((col) => (r.partial ? `${col} (partial)` : col.replace(/^"(.*)"( DESC)?$/, "$1$2"))),
      };
    }

    const cons = await c.query<{
      name: string;
      type: string;
      table: string;
      columns: string[];
      reftable: string | null;
      refcolumns: string[] | null;
      del: string;
      upd: string;
    }>(
      `SELECT con.conname AS name, con.contype AS type, t.relname AS table,
              ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(n, o)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
              rt.relname AS reftable,
              ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(n, o)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS refcolumns,
              con.confdeltype AS del, con.confupdtype AS upd
         FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_class rt ON rt.oid = con.confrelid
        WHERE n.nspname = $1`,
      [schema],
    );
    for (const r of cons.rows) {
      if (IGNORED_TABLES.has(r.table)) continue;
      if (r.type === "f") {
        out.foreignKeys[r.name] = {
          table: r.table,
          columns: r.columns,
          refTable: r.reftable!,
          refColumns: r.refcolumns!,
          onDelete: FK_ACTION[r.del]!,
          onUpdate: FK_ACTION[r.upd]!,
        };
      } else if (r.type === "p" || r.type === "u") {
        out.constraints[r.name] = r.type;
      } else if (r.type === "n") {
        // NOT NULL constraints (PostgreSQL 18 catalogs them); nullability is compared through the columns
      } else {
        out.constraints[r.name] = r.type; // check/exclusion constraints: schema.prisma has none, so they are drift
      }
    }
    return out;
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Human-readable differences; empty when the database matches the schema. */
export function diffSchemas(expected: SchemaModel, actual: SchemaModel): string[] {
  const out: string[] = [];
  const both = <T>(a: Record<string, T>, b: Record<string, T>) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const j = (v: unknown) => JSON.stringify(v);

  for (const e of both(expected.enums, actual.enums)) {
    const x = expected.enums[e],
      y = actual.enums[e];
    if (!y) out.push(`enum ${e} is in schema.prisma but not in the database`);
    else if (!x) out.push(`enum ${e} is in the database but not in schema.prisma`);
    else if (j(x) !== j(y)) out.push(`enum ${e}: schema.prisma has ${j(x)}, the database has ${j(y)}`);
  }
  for (const t of both(expected.tables, actual.tables)) {
    const x = expected.tables[t],
      y = actual.tables[t];
    if (!y) {
      out.push(`table "${t}" is in schema.prisma but not in the database`);
      continue;
    }
    if (!x) {
      out.push(`table "${t}" is in the database but not in schema.prisma`);
      continue;
    }
    for (const col of both(x, y)) {
      const cx = x[col],
        cy = y[col];
      if (!cy) out.push(`column "${t}"."${col}" is in schema.prisma but not in the database`);
      else if (!cx) out.push(`column "${t}"."${col}" is in the database but not in schema.prisma`);
      else {
        if (cx.type !== cy.type) out.push(`column "${t}"."${col}": type ${cx.type} in schema.prisma, ${cy.type} in the database`);
        if (cx.notNull !== cy.notNull)
          out.push(
            `column "${t}"."${col}": ${cx.notNull ? "required" : "optional"} in schema.prisma, ${cy.notNull ? "NOT NULL" : "nullable"} in the database`,
          );
        if (cx.default !== cy.default)
          out.push(`column "${t}"."${col}": default ${cx.default ?? "none"} in schema.prisma, ${cy.default ?? "none"} in the database`);
      }
    }
  }
  for (const i of both(expected.indexes, actual.indexes)) {
    const x = expected.indexes[i],
      y = actual.indexes[i];
    if (!y) out.push(`index ${i} ${j(x)} is in schema.prisma but not in the database`);
    else if (!x) out.push(`index ${i} ${j(y)} is in the database but not in schema.prisma`);
    else if (j(x) !== j(y)) out.push(`index ${i}: schema.prisma has ${j(x)}, the database has ${j(y)}`);
  }
  for (const c of both(expected.constraints, actual.constraints)) {
    const x = expected.constraints[c],
      y = actual.constraints[c];
    if (x !== y)
      out.push(
        `constraint ${c}: ${x ? `kind ${x} in schema.prisma` : "not in schema.prisma"}, ${y ? `kind ${y} in the database` : "not in the database"}`,
      );
  }
  for (const f of both(expected.foreignKeys, actual.foreignKeys)) {
    const x = expected.foreignKeys[f],
      y = actual.foreignKeys[f];
    if (!y) out.push(`foreign key ${f} ${j(x)} is in schema.prisma but not in the database`);
    else if (!x) out.push(`foreign key ${f} ${j(y)} is in the database but not in schema.prisma`);
    else if (j(x) !== j(y)) out.push(`foreign key ${f}: schema.prisma has ${j(x)}, the database has ${j(y)}`);
  }
  return out;
}
