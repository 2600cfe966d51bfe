// Request bodies of the assignment routes. Dates are wall-clock times in the class's time zone ("2026-12-07T23:59",
// as an <input type="datetime-local"> sends them) or instants with an offset ("2026-12-07T14:59:00Z").
import { z } from "zod";

const Slug = z.string().trim().min(1).max(200);
export const DateInput = z.string().trim().min(16).max(40);

export const CreateAssignmentBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  testSlug: Slug.optional(),
  /** Comma- or space-separated when typed in a form; an array from code. */
  exerciseSlugs: z.union([z.array(Slug).max(50), z.string().max(5_000)]).optional(),
  opensAt: DateInput,
  dueAt: DateInput,
  closesAt: DateInput,
  attemptsAllowed: z.number().int().min(1).max(100).optional(),
  timeLimitMin: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  latePolicy: z.enum(["no_credit", "penalty_per_day"]).default("no_credit"),
  penaltyPerDay: z.number().min(0).max(100).default(0),
  release: z.enum(["immediately", "after_due", "after_close"]).default("after_due"),
});
export type CreateAssignmentInput = z.output<typeof CreateAssignmentBody>;

export const ExtensionBody = z.strictObject({
  userId: z.uuid(),
  dueAt: DateInput.optional(),
  closesAt: DateInput.optional(),
  extraTimeMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
});
export type ExtensionInput = z.output<typeof ExtensionBody>;
