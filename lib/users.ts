// Account creation shared by sign-up (lib/auth/signup.ts) and `npm run user:add`.
// Rules: emails are trimmed and lower-cased; passwords have at least 8 characters and are stored as argon2id hashes;
// the first account of an empty installation becomes admin, whatever role was asked for. Two sign-ups racing to be
// first are serialised by a transaction-scoped advisory lock, so exactly one of them becomes admin.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["learner", "instructor", "admin"] as const satisfies readonly Role[];
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/** Arbitrary constant: the advisory lock that serialises "is this the first account?" decisions. */
const FIRST_ACCOUNT_LOCK = 4_182_021_337;

export type UserErrorCode = "invalid_email" | "invalid_name" | "weak_password" | "invalid_role" | "duplicate_email";

export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  /** Role for every account but the first (which is always admin). Default learner. */
  role?: Role;
  locale?: string | null;
}

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  createdAt: Date;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validatePassword(password: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new UserError("weak_password", `Password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new UserError("weak_password", `Password is too long (at most ${MAX_PASSWORD_LENGTH} characters).`);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id, library defaults (m=19 MiB, t=2, p=1); verify() reads the parameters from the hash
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: unknown; message?: unknown } | null;
  return !!err && (err.code === "P2002" || err.code === "23505" || /unique constraint/i.test(String(err.message ?? "")));
}

const duplicate = (email: string) => new UserError("duplicate_email", `An account with the email ${email} already exists.`);

/**
 * Creates an account. Throws UserError (with a `code`) for an invalid email, empty name, weak password, unknown role
 * or an email that is already registered.
 */
export async function createUser(prisma: PrismaClient, input: CreateUserInput): Promise<CreatedUser> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) {
    throw new UserError("invalid_email", `"${input.email}" is not a valid email address.`);
  }
  const name = input.name.trim();
  if (!name) throw new UserError("invalid_name", "A name is required.");
  if (name.length > 200) throw new UserError("invalid_name", "Name is too long (at most 200 characters).");
  const requested: Role = input.role ?? "learner";
  if (!(ROLES as readonly string[]).includes(requested)) {
    throw new UserError("invalid_role", `Unknown role "${String(requested)}" (expected one of ${ROLES.join(", ")}).`);
  }
  validatePassword(input.password);
  const passwordHash = await hashPassword(input.password); // outside the transaction: it is the slow part

  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate(email);
      let role = requested;
      if (role !== "admin" && (await tx.user.count()) === 0) {
        // Maybe the first account: decide under a lock so that of two concurrent first sign-ups only one sees 0.
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK}::bigint)`;
        if ((await tx.user.count()) === 0) role = "admin";
      }
      return tx.user.create({
        data: { email, name, passwordHash, role, locale: input.locale ?? null },
        select: { id: true, email: true, name: true, role: true, locale: true, createdAt: true },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(email);
    throw e;
  }
}
