// POST …/hint → reveals the next hint (practice; costs a penalty): {item}
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { itemJson, type ItemParams } from "@/lib/attempts/http";
import { takeHint } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";

export const POST = withAuth<ItemParams>(async (_request, { params }, user) => {
  const { id, itemSlug } = await params;
  const attempt = await withDb(async () => takeHint(db(), user.id, id, itemSlug));
  return json(await itemJson(attempt, itemSlug));
});
