// A signed-in user changes their own password: the current one must be right; the new one follows sign-up's rules.
// Every session of the account ends (the session version is bumped), the caller's too: the account page signs in
// again with the new password right away, so only the other sessions stay ended.
import { verify } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { auditAccount } from "./audit";
import { hashNewPassword } from "./new-password";

export async function changeOwnPassword(
  prisma: PrismaClient,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  let valid = false;
  try {
    valid = await verify(user.passwordHash, input.currentPassword);
  } catch {
    valid = false; // a malformed stored hash matches nothing
  }
  if (!valid) throw new HttpError(400, "Validation failed", { fields: { currentPassword: ["The current password is incorrect"] } });
  const passwordHash = await hashNewPassword(input.newPassword, "newPassword");
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await auditAccount(tx, { actorId: userId, action: "user.password_change", userId });
  });
}
