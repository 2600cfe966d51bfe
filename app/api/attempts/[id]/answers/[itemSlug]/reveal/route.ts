// POST …/reveal → shows answer and explanation; the question scores 0 (practice): {item}
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { itemJson, type ItemParams } from "@/lib/attempts/http";
import { revealAnswer } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { json } from "@/lib/http/route";

export const POST = withAuth<ItemParams>(async (_request, { params }, user) => {
  const { id, itemSlug } = await params;
  const attempt = await withDb(async () => revealAnswer(db(), user.id, id, itemSlug));
  return json(await itemJson(attempt, itemSlug));
});
