// The instructor desk's problem reports (lib/reports): open reports, oldest first, optionally of one question or
// exercise (?slug=), each with what the learner saw and a reply / resolve form.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireClassScope } from "@/lib/auth/guard";
import { ClassSwitcher } from "../_components/ClassSwitcher";
import { db } from "@/lib/db/client";
import { withDb } from "@/lib/http/errors";
import { listReports } from "@/lib/reports/service";
import { ReplyForm } from "./ReplyForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

type Props = { searchParams: Promise<{ slug?: string | string[]; class?: string | string[] }> };

export default async function ReportsPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = params.slug;
  const slug = typeof raw === "string" && raw.length <= 200 ? raw : undefined;
  const scope = await requireClassScope(params.class, "view", { callbackUrl: "/instructor/reports" });
  const [t, format, reports] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    withDb(() => listReports(db(), { classId: scope.learnerClassId, ...(slug ? { slug } : {}) })),
  ]);
  const show = (v: unknown) =>
    v == null ? null : typeof v === "object" && v !== null && "code" in v ? String((v as { code: unknown }).code) : JSON.stringify(v);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <p data-testid="open-count">{t("openCount", { count: reports.length })}</p>
      </header>
      <ClassSwitcher scope={scope} path="/instructor/reports" />
      {reports.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ul data-testid="reports">
          {reports.map((r) => {
            const answer = show(r.answer);
            return (
              <li key={r.id} className="card" data-report={r.id}>
                <p>
                  <Link
                    href={
                      r.target.kind === "item"
                        ? `/instructor/items/${encodeURIComponent(r.target.slug)}`
                        : `/instructor/exercises/${encodeURIComponent(r.target.slug)}`
                    }
                  >
                    <code>{r.target.slug}</code>
                  </Link>{" "}
                  <span className="muted">
                    {t("version", { version: r.target.version })} · {r.learner.name || r.learner.email} ·{" "}
                    {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                </p>
                <blockquote data-testid="report-message">{r.message}</blockquote>
                {answer ? (
                  <details>
                    <summary>{t("answer")}</summary>
                    <pre>{answer}</pre>
                  </details>
                ) : null}
                {r.variant ? (
                  <p className="muted">
                    {t("variant")}: <code>{JSON.stringify(r.variant)}</code>
                  </p>
                ) : null}
                <ReplyForm id={r.id} />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
