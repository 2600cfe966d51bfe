// The app's Prisma client as used by lib/auth, lib/courses, lib/i18n and app/ (delegates to lib/db).
import { getPrisma, type PrismaClient } from "@/lib/db/client";

export type Db = PrismaClient;

export function db(): PrismaClient {
  return getPrisma();
}
