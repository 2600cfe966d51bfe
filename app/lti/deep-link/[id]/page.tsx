// /lti/deep-link/[id] — deep linking from the LMS: the instructor picks tests and code exercises; the form posts to
// /lti/deep-link-response, which sends the signed choice back to the LMS.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/guard";
import { loadCatalogue } from "@/lib/lti/catalogue";
import { openDeepLink } from "@/lib/lti/deep-linking";
import { LtiError } from "@/lib/lti/errors";
import styles from "./deep-link.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add Kakunin content" };

type Props = { params: Promise<{ id: string }> };

export default async function DeepLinkPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser({ callbackUrl: `/lti/deep-link/${id}` });
  const ja = (await getLocale()) === "ja";
  let request: Awaited<ReturnType<typeof openDeepLink>>;
  try {
    request = await openDeepLink(db(), id, user.id);
  } catch (error) {
    if (!(error instanceof LtiError)) throw error;
    if (error.status === 404) notFound();
    return (
      <main className={styles.page}>
        <h1>{ja ? "コンテンツを選択できません" : "Content selection unavailable"}</h1>
        <p data-lti-check={error.check}>{error.message}</p>
      </main>
    );
  }
  const groups = (await loadCatalogue(db())).filter((g) => g.entries.length > 0);
  const type = request.acceptMultiple ? "checkbox" : "radio";
  return (
    <main className={styles.page}>
      <h1>{ja ? "LMS に追加する内容を選ぶ" : "Choose what to add to your LMS course"}</h1>
      <p>
        {ja
          ? "選んだテストとコード演習が LMS の課題になり、得点は LMS の成績表に送られます。"
          : "Each test or code exercise you choose becomes an activity in the LMS; scores are sent to its gradebook."}
      </p>
      <form method="post" action="/lti/deep-link-response" className={styles.form}>
        <input type="hidden" name="id" value={request.id} />
        {groups.map((g) => (
          <fieldset key={`${g.course.en}/${g.unit.en}`} className={styles.group}>
            <legend>
              {ja ? g.course.ja : g.course.en} · {ja ? g.unit.ja : g.unit.en}
            </legend>
            {g.entries.map((e) => (
              <label key={`${e.kind}:${e.slug}`} className={styles.entry}>
                <input type={type} name="item" value={`${e.kind}:${e.slug}`} />
                <span>{ja ? e.title.ja : e.title.en}</span>
                <span className={styles.meta}>
                  {e.kind === "test"
                    ? ja
                      ? `テスト · ${e.scoreMaximum} 点`
                      : `test · ${e.scoreMaximum} points`
                    : ja
                      ? "コード演習"
                      : "code exercise"}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" className={styles.submit}>
          {ja ? "LMS に追加" : "Add to the LMS"}
        </button>
      </form>
    </main>
  );
}
