// /join/[code] — a class's join link: shows the class and a button that joins it (a GET never changes anything).
// Unknown and closed codes are the same 404 (no probing for codes).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/guard";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { withDb } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes"))("joinTitle") };
}

export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  await requireUser({ callbackUrl: `/join/${encodeURIComponent(code)}` });
  const t = await getTranslations("classes");
  const normalized = normalizeJoinCode(code);
  const cls =
    normalized.length > 0 && normalized.length <= 32
      ? await withDb(() => db().class.findUnique({ where: { joinCode: normalized }, select: { name: true, term: true, joinOpen: true } }))
      : null;
  if (!cls || !cls.joinOpen) notFound();
  return (
    <>
      <header className="page-header">
        <h1>{t("joinTitle")}</h1>
      </header>
      <p data-testid="join-class">
        {cls.name} {cls.term && <span className="muted">({cls.term})</span>}
      </p>
      <ApiForm
        action="/api/classes/join"
        fixed={{ code: normalized }}
        submitLabel={t("joinButton")}
        redirectTo="/learn"
        testId="join-button"
      />
    </>
  );
}
