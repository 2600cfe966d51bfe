// POST …/check {response?} → practice grading with feedback: {item}
import { db } from "@/lib/db/client";
import { withAuth } from "@/lib/auth/guard";
import { itemJson, optionalJson, OptionalResponseInput, type ItemParams } from "@/lib/attempts/http";
import { checkAnswer } from "@/lib/attempts/service";
import { withDb } from "@/lib/http/errors";
import { validate } from "@/lib/http/json";
import { json } from "@/lib/http/route";

export const POST = withAuth<ItemParams>(async (request, { params }, user) => {
  const { id, itemSlug } = await params;
  const attempt = await withDb(async () =>
    checkAnswer(db(), user.id, id, itemSlug, validate(OptionalResponseInput, await optionalJson(request)).response),
  );
  return json(await itemJson(attempt, itemSlug));
});
