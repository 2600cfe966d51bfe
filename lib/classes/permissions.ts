// THE class permission table (docs/CLASSES.md states it for people). Pure data + one function, safe for client code.
// A user's power in a class comes from their ClassMember row (instructor | ta); admins hold every permission in every
// class. Creating a class needs the global role instructor or admin (lib/auth/roles).
export type ClassStaffRole = "instructor" | "ta";
export type ClassPower = ClassStaffRole | "admin";

export const CLASS_PERMISSIONS = {
  /** Gradebook + CSV, item and exercise statistics, learner drill-down, roster, assignment views. */
  view: { instructor: true, ta: true },
  /** Score pending short-text answers (the grading queue). */
  grade: { instructor: true, ta: true },
  /** Override any answer's score (with a reason). */
  override: { instructor: true, ta: false },
  /** Regrade a code exercise against its current version. */
  regrade: { instructor: true, ta: false },
  /** Create, change and delete assignments; grant extensions and extra time. */
  manageAssignments: { instructor: true, ta: false },
  /** Remove learners, import a roster, add or remove co-instructors and TAs. */
  manageRoster: { instructor: true, ta: false },
  /** Rename the class, change its time zone, rotate or close the join code. */
  manageClass: { instructor: true, ta: false },
} as const satisfies Record<string, Record<ClassStaffRole, boolean>>;

export type ClassPermission = keyof typeof CLASS_PERMISSIONS;

export function classCan(power: ClassPower | null | undefined, permission: ClassPermission): boolean {
  if (!power) return false;
  if (power === "admin") return true;
  return CLASS_PERMISSIONS[permission][power];
}
