// GET /api/admin/users?q=&page= → {users, total, page, perPage, pages}: accounts whose email or name contains q,
// 25 a page, by email (lib/accounts/list.ts). Admins only (401/403 JSON); 400 for a bad page or an overlong q.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { ListUsersQuery } from "@/lib/accounts/http";
import { listUsers } from "@/lib/accounts/list";
import { withDb } from "@/lib/http/errors";
import { validate } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async (request) => {
    const query = validate(ListUsersQuery, Object.fromEntries(new URL(request.url).searchParams));
    return json(await withDb(() => listUsers(db(), query)));
  },
  { role: "admin" },
);
