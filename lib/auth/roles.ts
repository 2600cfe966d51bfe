export type AppRole = "learner" | "instructor" | "admin";

const RANK: Record<AppRole, number> = { learner: 0, instructor: 1, admin: 2 };

/** Role hierarchy: admin ⊇ instructor ⊇ learner. */
export function hasRole(actual: AppRole | null | undefined, required: AppRole): boolean {
  if (!actual || !(actual in RANK)) return false;
  return RANK[actual] >= RANK[required];
}
