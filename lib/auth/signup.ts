// Account creation (POST /api/auth/signup): validation, per-IP throttling, createUser from lib/users.ts.
// The answer never tells whether the email was already registered: a new account and an existing address give the
// same status and body, and both hash the password first (createUser hashes before it looks the email up), so the
// time taken is alike too. The sign-up page says "if this address can be used, your account is ready — sign in".
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError, createUser } from "@/lib/users";
import { HttpError } from "@/lib/http/errors";
import { SIGNUP_IP_POLICY, checkLocked, minutesUntil, normalizeEmail, recordFailure, signupIpKey } from "./throttle";

/**
 * What POST /api/auth/signup answers when the details were valid — whether or not an account was created. A code
 * only: the sign-up page says, in the learner's language, "if this address can be used, your account is ready".
 */
export const SIGNUP_ACCEPTED = { status: 202, body: { code: "signup_accepted" } } as const;

/** A new password, as sign-up takes it (also for a reset link and a change of password: lib/accounts/). */
export const NewPassword = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(256, "Password is too long (at most 256 characters)");

export const SignUpInput = z.strictObject({
  email: z.string().trim().max(320, "Email address is too long").pipe(z.email("Enter a valid email address")),
  name: z.string().trim().min(1, "Enter your name").max(80, "Name is too long (at most 80 characters)"),
  password: NewPassword,
});
export type SignUpInput = z.infer<typeof SignUpInput>;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === "P2002" || e.code === "23505") return true;
  return typeof e.message === "string" && /unique constraint|already (exists|registered)/i.test(e.message);
}

/**
 * Creates a learner account (or admin, when it is the first account — decided by createUser), or does nothing when
 * the email is already registered; the caller answers SIGNUP_ACCEPTED either way. Returns whether an account was
 * created (for tests and logs only — never for the response). Every attempt counts against the caller's address.
 */
export async function signUp(
  prisma: PrismaClient,
  input: SignUpInput,
  ctx: { ip: string | null; locale: string | null; now?: Date },
): Promise<{ created: boolean }> {
  const now = ctx.now ?? new Date();
  const key = signupIpKey(ctx.ip);
  const lock = await checkLocked(prisma, [key], now);
  if (lock.locked) {
    throw new HttpError(429, "Too many sign-up attempts from this network", {
      code: "throttled",
      retryAfterMinutes: minutesUntil(lock.retryAfterMs),
    });
  }
  await recordFailure(prisma, key, SIGNUP_IP_POLICY, now);
  try {
    await createUser(prisma, {
      email: normalizeEmail(input.email),
      name: input.name,
      password: input.password,
      locale: ctx.locale ?? undefined,
    });
    return { created: true };
  } catch (error) {
    if (error instanceof UserError && error.code !== "duplicate_email") {
      const field = error.code === "invalid_email" ? "email" : error.code === "invalid_name" ? "name" : "password";
      throw new HttpError(400, "Validation failed", { fields: { [field]: [error.message] } });
    }
    // Already registered (the password was hashed all the same): the same answer as a new account.
    if ((error instanceof UserError && error.code === "duplicate_email") || isUniqueViolation(error)) {
      return { created: false };
    }
    throw error;
  }
}
