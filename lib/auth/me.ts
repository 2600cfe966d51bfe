// The signed-in user's own account: read it, change display name / locale.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/config";
import type { CurrentUser } from "./guard";

export const UpdateMeInput = z
  .strictObject({
    name: z.string().trim().min(1, "Enter your name").max(80, "Name is too long (at most 80 characters)").optional(),
    locale: z.enum(locales).optional(),
  })
  .refine((v) => v.name !== undefined || v.locale !== undefined, { message: "Nothing to update" });
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;

export function publicUser(u: CurrentUser) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale };
}

export async function updateMe(prisma: PrismaClient, userId: string, input: UpdateMeInput): Promise<CurrentUser> {
  return prisma.user.update({
    where: { id: userId },
    data: { ...(input.name !== undefined && { name: input.name }), ...(input.locale && { locale: input.locale }) },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
}
