// GET /api/instructor/gradebook.csv — the gradebook as CSV (UTF-8 with BOM, RFC 4180), with the same filters and
// sort as the page's query string (lib/gradebook/query.ts) and every matching learner (no pages: page and per are
// ignored). Scoped to `?class=` (default: the first class the user teaches; admins: everyone) by lib/auth/guard withClassScope:
// 401 JSON when signed out, 403 for users who teach nowhere, 404 for a class that is not theirs.
// A bad parameter is a 400 JSON naming it — a download must not silently hold something other than what was asked.
import { withClassScope } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { HttpError, withDb } from "@/lib/http/errors";
import { assignmentCsvColumns, getAssignmentColumns } from "@/lib/assignments/gradebook";
import { getGradebook, gradebookCsv } from "@/lib/gradebook/gradebook";
import { describeIssues, parseGradebookQuery, type QueryIssue } from "@/lib/gradebook/query";
import { translateMessage } from "@/lib/http/translate";
import ja from "@/messages/ja.json";

export const dynamic = "force-dynamic";

/** 400 naming each bad parameter; in Japanese with the page's own notices (messages/ja.json gradebook.issue). */
function invalidParameters(issues: QueryIssue[]): HttpError {
  const jaIssues = issues
    .map((i) => (ja.gradebook.issue as Record<string, string>)[i.code]!.replace(/\{(param|value)\}/g, (_, k: "param" | "value") => i[k]))
    .join(" ");
  return new HttpError(
    400,
    `Invalid gradebook parameters: ${describeIssues(issues)}`,
    { issues },
    {
      localized: { ja: { error: translateMessage(`Invalid gradebook parameters: ${jaIssues}`, "ja") } },
    },
  );
}

export const GET = withClassScope(async (request, _context, scope) => {
  const params = new URL(request.url).searchParams;
  params.delete("page");
  params.delete("per");
  params.delete("class");
  const { query, issues } = parseGradebookQuery(params);
  if (issues.length) throw invalidParameters(issues);
  const g = await withDb(() => getGradebook(db(), query, { paginate: false, classId: scope.learnerClassId }));
  if (g.issues.length) throw invalidParameters(g.issues);
  const date = new Date().toISOString().slice(0, 10);
  // a class's gradebook also carries its assignments, raw and penalised (lib/assignments/gradebook)
  const extra = scope.current
    ? assignmentCsvColumns(
        await withDb(() =>
          getAssignmentColumns(
            db(),
            scope.current!.id,
            g.rows.map((r) => r.userId),
          ),
        ),
      )
    : undefined;
  const name = scope.current ? `-${scope.current.name.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 40)}` : "";
  return new Response(gradebookCsv(g, extra), {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kakunin-gradebook${name}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});
