// The class's LMS link (LTI): which LMS course it mirrors, the roster sync, and the scores sent back — with every
// failure, its reason and a "send again" button. Shown only for classes made by an LTI launch.
import { getLocale } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { db } from "@/lib/db/client";
import { classCan, type ClassPower } from "@/lib/classes/permissions";
import { formatInZone } from "@/lib/classes/time-zone";
import { withDb } from "@/lib/http/errors";
import { classLmsLink } from "@/lib/lti/class-link";
import styles from "../../instructor.module.css";

export async function LmsSection({ classId, timeZone, power }: { classId: string; timeZone: string; power: ClassPower }) {
  const [link, locale] = await Promise.all([withDb(() => classLmsLink(db(), classId)), getLocale()]);
  if (!link) return null;
  const ja = locale === "ja";
  const when = (d: Date | null) => (d ? formatInZone(new Date(d), timeZone, locale) : ja ? "未実施" : "never");
  return (
    <section aria-labelledby="lms" className={styles.block} data-testid="lms-link">
      <h2 id="lms">{ja ? "LMS との接続" : "LMS link"}</h2>
      <p>
        {ja ? "接続先" : "Linked to"} <strong>{link.platform}</strong> · {ja ? "コース" : "course"} <code>{link.contextId}</code>
      </p>
      <p data-testid="lms-scores">
        {ja ? "LMS に送った得点" : "Scores sent to the LMS"}: {link.scores.sent} · {ja ? "送信待ち" : "waiting"}: {link.scores.pending} ·{" "}
        {ja ? "失敗" : "failed"}: {link.scores.failed}
      </p>
      {link.rosterService && classCan(power, "manageRoster") && (
        <>
          <p className="muted" data-testid="roster-synced">
            {ja ? "名簿の最終同期" : "Roster last synced"}: {when(link.rosterSyncedAt)}
          </p>
          <ApiForm
            action={`/api/classes/${classId}/lti/roster`}
            submitLabel={ja ? "LMS から名簿を同期" : "Sync roster from the LMS"}
            successMessage={
              ja
                ? "{members} 人を確認しました（追加 {added}、更新 {updated}、除外 {removed}）"
                : "{members} members checked: {added} added, {updated} updated, {removed} removed"
            }
            variant="secondary"
            testId="sync-roster"
          />
        </>
      )}
      {link.failures.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="lms-failures">
            <thead>
              <tr>
                <th scope="col">{ja ? "受講者" : "Learner"}</th>
                <th scope="col">{ja ? "課題" : "Assignment"}</th>
                <th scope="col">{ja ? "理由" : "Reason"}</th>
                <th scope="col">{ja ? "日時" : "When"}</th>
                {classCan(power, "override") && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {link.failures.map((f) => (
                <tr key={f.id} data-score={f.id}>
                  <td>{f.learner}</td>
                  <td>{f.assignment}</td>
                  <td>{f.error}</td>
                  <td>{when(f.at)}</td>
                  {classCan(power, "override") && (
                    <td>
                      <ApiForm
                        action={`/api/classes/${classId}/lti/scores/${f.id}`}
                        submitLabel={ja ? "再送" : "Send again"}
                        variant="secondary"
                        testId={`resend-${f.id}`}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
