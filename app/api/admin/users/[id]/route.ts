// PATCH /api/admin/users/:id {role} | {active} → {user, changed}: changes the account's role, or deactivates
// (active: false) / reactivates it (lib/accounts/status.ts), audited. Admins only (401/403 JSON); 400 bad body,
// 404 unknown account, 409 when no active admin would be left.
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { ChangeUserInput } from "@/lib/accounts/http";
import { changeRole, setActive } from "@/lib/accounts/status";
import { HttpError, withDb } from "@/lib/http/errors";
import { parseJsonBody } from "@/lib/http/json";
import { json } from "@/lib/http/route";
import { isUuid } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export const PATCH = withAuth<Params>(
  async (request, { params }, admin) => {
    const { id } = await params;
    const input = await parseJsonBody(request, ChangeUserInput, { limit: 4 * 1024 });
    if (!isUuid(id)) throw new HttpError(404, "User not found");
    const result = await withDb(() =>
      "role" in input ? changeRole(db(), admin.id, id, input.role) : setActive(db(), admin.id, id, input.active),
    );
    return json(result);
  },
  { role: "admin" },
);
