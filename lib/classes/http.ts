// Request bodies of the class routes (app/api/classes/**), checked with zod.
import { z } from "zod";
import { isTimeZone } from "./time-zone";

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CreateClassBody = z.strictObject({
  courseSlug: Text(200),
  name: Text(200),
  term: z.string().trim().max(100).default(""),
  timeZone: z.string().trim().default("Asia/Tokyo").refine(isTimeZone, { message: "Unknown time zone" }),
});

export const JoinBody = z.strictObject({ code: Text(32) });

export const UpdateClassBody = z.strictObject({
  joinOpen: z.boolean().optional(),
  rotateCode: z.literal(true).optional(),
});

export const AddStaffBody = z.strictObject({
  email: Text(320),
  role: z.enum(["instructor", "ta"]),
});

export const RosterImportBody = z.strictObject({ csv: z.string().min(1).max(1_000_000) });
