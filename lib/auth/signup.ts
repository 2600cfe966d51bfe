// Account creation (POST /api/auth/signup): validation, per-IP throttling, createUser from lib/users.ts.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError, createUser } from "@/lib/users";
import { HttpError } from "@/lib/http/errors";
import { SIGNUP_IP_POLICY, checkLocked, minutesUntil, normalizeEmail, recordFailure, signupIpKey } from "./throttle";

export const SignUpInput = z.strictObject({
  email: z
    .string()
    .trim()
    .max(320, "Email address is too long")
    .pipe(z.email("Enter a valid email address")),
  name: z.string().trim().min(1, "Enter your name").max(80, "Name is too long (at most 80 characters)"),
  password: z
    .string()
    .min(8, "Password must be at least 8 characters")
    .max(256, "Password is too long (at most 256 characters)"),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export interface SignedUpUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === "P2002" || e.code === "23505") return true;
  return typeof e.message === "string" && /unique constraint|already (exists|registered)/i.test(e.message);
}

/**
 * Creates a learner account (or admin, when it is the first account — decided by createUser).
 * Refuses duplicates with a message that is the same as any other refusal, and counts every
 * attempt against the caller's IP address.
 */
export async function signUp(
  prisma: PrismaClient,
  input: SignUpInput,
  ctx: { ip: string | null; locale: string | null; now?: Date },
): Promise<SignedUpUser> {
  const now = ctx.now ?? new Date();
  if (ctx.ip) {
    const lock = await checkLocked(prisma, [signupIpKey(ctx.ip)], now);
    if (lock.locked) {
      throw new HttpError(429, "Too many sign-up attempts from this network", {
        code: "throttled",
        retryAfterMinutes: minutesUntil(lock.retryAfterMs),
      });
    }
    await recordFailure(prisma, signupIpKey(ctx.ip), SIGNUP_IP_POLICY, now);
  }
  try {
    const user = await createUser(prisma, {
      email: normalizeEmail(input.email),
      name: input.name,
      password: input.password,
      locale: ctx.locale ?? undefined,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  } catch (error) {
    if (error instanceof UserError && error.code !== "duplicate_email") {
      const field = error.code === "invalid_email" ? "email" : error.code === "invalid_name" ? "name" : "password";
      throw new HttpError(400, "Validation failed", { fields: { [field]: [error.message] } });
    }
    if ((error instanceof UserError && error.code === "duplicate_email") || isUniqueViolation(error)) {
      throw new HttpError(409, "Could not create an account with these details", { code: "signup_failed" });
    }
    throw error;
  }
}
