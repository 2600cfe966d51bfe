// The instructor's view of one assignment: every active learner of the class with status, raw and penalised score,
// lateness, attempts; counts per status and the distribution of penalised scores in ten 10% bins.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadAssignments, loadResults, type AssignmentDef, type LearnerResult } from "./results";
import type { LearnerStatus } from "./rules";

export interface ReportRow extends LearnerResult {
  userId: string;
  name: string;
  email: string;
  extended: boolean;
}

export interface AssignmentReport {
  def: AssignmentDef;
  classId: string;
  rows: ReportRow[];
  counts: Record<LearnerStatus, number>;
  /** bins[i] = learners with a penalised score in [i·10 %, (i+1)·10 %), the last bin including 100 %. */
  bins: number[];
  meanPenalised: number | null;
}

export async function getAssignmentReport(db: PrismaClient, assignmentId: string, now = new Date()): Promise<AssignmentReport | null> {
  const a = await db.assignment.findUnique({ where: { id: assignmentId }, select: { classId: true } });
  if (!a) return null;
  const [[def], members] = await Promise.all([
    loadAssignments(db, { ids: [assignmentId] }),
    db.classMember.findMany({
      where: { classId: a.classId, role: "learner", removedAt: null },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  const results = (
    await loadResults(
      db,
      [def!],
      members.map((m) => m.user.id),
      now,
    )
  ).get(assignmentId)!;
  const counts: Record<LearnerStatus, number> = { not_started: 0, in_progress: 0, submitted: 0, late: 0, missed: 0 };
  const bins = new Array<number>(10).fill(0);
  let sum = 0;
  let n = 0;
  const rows = members.map(({ user }) => {
    const r = results.get(user.id)!;
    counts[r.status]++;
    if (r.penalised !== null) {
      bins[Math.min(9, Math.floor(r.penalised * 10))]!++;
      sum += r.penalised;
      n++;
    }
    return { ...r, userId: user.id, name: user.name, email: user.email, extended: def!.extensions.has(user.id) };
  });
  return { def: def!, classId: a.classId, rows, counts, bins, meanPenalised: n ? sum / n : null };
}
