// CSV roster import: "email,name" rows (a header row naming both columns is required; other columns are ignored).
// All or nothing, in one transaction: when any row is bad, nothing is imported and every bad row is reported with
// its line and reason. Existing accounts become learners of the class; new ones are created as invited accounts —
// their password hash is the marker INVITED_PASSWORD_HASH, which never verifies (lib/auth/credentials treats a
// malformed hash as a failed sign-in), so they get in through a password-reset link from an admin.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { normalizeEmail } from "@/lib/users";
import { CLASS_AUDIT_TARGET } from "./service";

export const INVITED_PASSWORD_HASH = "!invited";
export const MAX_ROSTER_ROWS = 2_000;
export const MAX_NAME_LENGTH = 200;

export type RowProblem =
  | "bad_csv"
  | "missing_columns"
  | "too_many_rows"
  | "invalid_email"
  | "invalid_name"
  | "duplicate_email"
  | "staff_account";

export interface RowError {
  /** 1-based line in the file (the header is line 1); 0 for a problem with the whole file. */
  line: number;
  code: RowProblem;
  detail: string;
  email?: string;
}

export interface ImportReport {
  ok: boolean;
  errors: RowError[];
  created: number;
  added: number;
  alreadyMembers: number;
}

const Email = z.email();

interface GoodRow {
  line: number;
  email: string;
  name: string;
}

/** Parses and checks the file; no database access. */
export function parseRoster(text: string): { rows: GoodRow[]; errors: RowError[] } {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    return { rows: [], errors: [{ line, code: "bad_csv", detail: `Not valid CSV: ${(e as Error).message}` }] };
  }
  if (records.length > MAX_ROSTER_ROWS) {
    return { rows: [], errors: [{ line: 0, code: "too_many_rows", detail: `At most ${MAX_ROSTER_ROWS} rows per import` }] };
  }
  const first = records[0]?.record;
  if (first && (!("email" in first) || !("name" in first))) {
    return { rows: [], errors: [{ line: 1, code: "missing_columns", detail: 'The first line must name the columns "email" and "name"' }] };
  }
  const rows: GoodRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const email = normalizeEmail(record.email ?? "");
    const name = (record.name ?? "").trim();
    if (!Email.safeParse(email).success) {
      errors.push({ line, code: "invalid_email", detail: `Line ${line}: "${record.email ?? ""}" is not an email address`, email });
      continue;
    }
    if (!name || [...name].length > MAX_NAME_LENGTH) {
      errors.push({ line, code: "invalid_name", detail: `Line ${line}: the name must have 1 to ${MAX_NAME_LENGTH} characters`, email });
      continue;
    }
    const earlier = seen.get(email);
    if (earlier !== undefined) {
      errors.push({ line, code: "duplicate_email", detail: `Line ${line}: ${email} already appears on line ${earlier}`, email });
      continue;
    }
    seen.set(email, line);
    rows.push({ line, email, name });
  }
  return { rows, errors };
}

export async function importRoster(db: PrismaClient, actorId: string, classId: string, text: string): Promise<ImportReport> {
  const { rows, errors } = parseRoster(text);
  const report: ImportReport = { ok: false, errors, created: 0, added: 0, alreadyMembers: 0 };
  if (errors.length) return report;
  const existing = await db.user.findMany({
    where: { email: { in: rows.map((r) => r.email) } },
    select: { id: true, email: true, role: true, classMemberships: { where: { classId }, select: { role: true, removedAt: true } } },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  for (const r of rows) {
    const u = byEmail.get(r.email);
    const m = u?.classMemberships[0];
    if (m && !m.removedAt && m.role !== "learner") {
      errors.push({ line: r.line, code: "staff_account", detail: `Line ${r.line}: ${r.email} is staff of this class`, email: r.email });
    }
  }
  if (errors.length) return report;

  try {
    await importInTransaction(db, actorId, classId, rows, byEmail, report);
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new HttpError(409, "Another import created one of these accounts meanwhile; try again");
    throw e;
  }
  report.ok = true;
  return report;
}

type Existing = { id: string; email: string; role: string; classMemberships: Array<{ role: string; removedAt: Date | null }> };

async function importInTransaction(
  db: PrismaClient,
  actorId: string,
  classId: string,
  rows: GoodRow[],
  byEmail: Map<string, Existing>,
  report: ImportReport,
) {
  await db.$transaction(
    async (tx) => {
      for (const r of rows) {
        let u = byEmail.get(r.email);
        if (!u) {
          const created = await tx.user.create({
            data: { email: r.email, name: r.name, passwordHash: INVITED_PASSWORD_HASH, role: "learner" },
            select: { id: true },
          });
          u = { id: created.id, email: r.email, role: "learner", classMemberships: [] };
          report.created++;
        }
        const m = u.classMemberships[0];
        if (m && !m.removedAt) {
          report.alreadyMembers++;
          continue;
        }
        await tx.classMember.upsert({
          where: { classId_userId: { classId, userId: u.id } },
          create: { classId, userId: u.id, role: "learner" },
          update: { removedAt: null, joinedAt: new Date() },
        });
        report.added++;
      }
      await tx.auditLog.create({
        data: {
          actorId,
          action: "class.import_roster",
          targetType: CLASS_AUDIT_TARGET,
          targetId: classId,
          details: { rows: rows.length, created: report.created, added: report.added },
        },
      });
    },
    { timeout: 60_000 },
  );
}
