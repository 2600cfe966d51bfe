// The admin page's list of accounts: paged, searched by email or name (case-insensitive substring), ordered by email.
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { AppRole } from "@/lib/auth/roles";

export const USERS_PER_PAGE = 25;

export const ADMIN_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export function toAdminUser(u: {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  deactivatedAt: Date | null;
  createdAt: Date;
}): AdminUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: !u.deactivatedAt,
    deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export interface UserPage {
  users: AdminUser[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
}

/** Prisma passes `contains` to ILIKE as is: the wildcards and the escape character must be escaped to mean themselves. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of accounts matching `q` (all when empty). A page past the end gives the last page. */
export async function listUsers(prisma: PrismaClient, query: { q: string; page: number }, perPage = USERS_PER_PAGE): Promise<UserPage> {
  const q = likeLiteral(query.q.trim());
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
    : {};
  const total = await prisma.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ email: "asc" }],
    skip: (page - 1) * perPage,
    take: perPage,
    select: ADMIN_USER_SELECT,
  });
  return { users: rows.map(toAdminUser), total, page, perPage, pages };
}
