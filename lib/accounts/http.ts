// Request schemas of the account routes: /api/admin/users (list, change), /api/admin/users/[id]/reset-link,
// /api/auth/reset-password and /api/me/password.
import { z } from "zod";
import { NewPassword } from "@/lib/auth/signup";
import { ROLES } from "@/lib/users";

/** GET /api/admin/users?q=&page= */
export const ListUsersQuery = z.object({
  q: z.string().max(200, "Search text is too long (at most 200 characters)").default(""),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** PATCH /api/admin/users/[id]: exactly one of a new role or active (false deactivates, true reactivates). */
export const ChangeUserInput = z.union([z.strictObject({ role: z.enum(ROLES) }), z.strictObject({ active: z.boolean() })]);
export type ChangeUserInput = z.infer<typeof ChangeUserInput>;

/** POST /api/auth/reset-password */
export const ResetPasswordInput = z.strictObject({
  token: z.string().max(200, "This password-reset link is invalid, has expired or has already been used"),
  password: NewPassword,
});

/** POST /api/me/password */
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password").max(1024, "Password is too long (at most 256 characters)"),
  newPassword: NewPassword,
});
