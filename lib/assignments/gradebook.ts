// The class gradebook's assignment columns: per learner and assignment the raw and the penalised score (late
// penalty applied and shown), the learner's assignment total (mean of the penalised scores, missing work = 0) and
// the class's mean per assignment. The CSV gets "<title> raw %", "<title> penalised %", "<title> late days" per
// assignment and "assignments total %", after the existing columns.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ExtraCsvColumns } from "@/lib/gradebook/gradebook";
import { loadAssignments, loadResults, type AssignmentDef, type LearnerResult } from "./results";

export interface AssignmentColumns {
  assignments: AssignmentDef[];
  cell(userId: string, assignmentId: string): LearnerResult | null;
  /** Mean of the learner's penalised scores over every assignment (0 for missing work), 0..1; null without assignments. */
  total(userId: string): number | null;
  /** Class mean per assignment over learners with a score (raw and penalised), and how many have one. */
  classMeans: Map<string, { raw: number | null; penalised: number | null; n: number }>;
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

export async function getAssignmentColumns(
  db: PrismaClient,
  classId: string,
  userIds: string[],
  now = new Date(),
): Promise<AssignmentColumns> {
  const assignments = await loadAssignments(db, { classIds: [classId] });
  const [shown, everyone] = await Promise.all([
    loadResults(db, assignments, userIds, now),
    // class means over every active learner of the class, not just the page shown
    db.classMember.findMany({ where: { classId, role: "learner", removedAt: null }, select: { userId: true } }).then((m) =>
      loadResults(
        db,
        assignments,
        m.map((x) => x.userId),
        now,
      ),
    ),
  ]);
  const classMeans = new Map<string, { raw: number | null; penalised: number | null; n: number }>();
  for (const a of assignments) {
    const rs = [...everyone.get(a.id)!.values()].filter((r) => r.penalised !== null);
    const mean = (f: (r: LearnerResult) => number | null) => (rs.length ? rs.reduce((s, r) => s + (f(r) ?? 0), 0) / rs.length : null);
    classMeans.set(a.id, { raw: mean((r) => r.raw), penalised: mean((r) => r.penalised), n: rs.length });
  }
  return {
    assignments,
    cell: (userId, assignmentId) => shown.get(assignmentId)?.get(userId) ?? null,
    total: (userId) =>
      assignments.length ? assignments.reduce((s, a) => s + (shown.get(a.id)?.get(userId)?.penalised ?? 0), 0) / assignments.length : null,
    classMeans,
  };
}

export function assignmentCsvColumns(cols: AssignmentColumns): ExtraCsvColumns {
  const header = cols.assignments.flatMap((a) => [`${a.title} raw %`, `${a.title} penalised %`, `${a.title} late days`]);
  if (cols.assignments.length) header.push("assignments total %");
  return {
    header,
    cells: (userId) => {
      const out: Array<number | null> = [];
      for (const a of cols.assignments) {
        const r = cols.cell(userId, a.id);
        out.push(
          pct(r?.raw ?? null),
          pct(r?.penalised ?? null),
          r && r.lateMs > 0 ? Math.ceil(r.lateMs / 86_400_000) : r?.penalised != null ? 0 : null,
        );
      }
      if (cols.assignments.length) out.push(pct(cols.total(userId)));
      return out;
    },
  };
}
