// A finished mock exam's result (lib/mock-exam/results.ts): score by unit and section (table and bars), the questions
// to review linked to their practice, and the comparison with the learner's earlier mock exams.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime, formatScore } from "@/app/_lib/format";
import { localized, type Locale } from "@/lib/i18n/config";
import type { MockResult as Result } from "@/lib/mock-exam/results";
import { pct, ScoreBar } from "./ScoreBar";
import styles from "./mock.module.css";

/** `numbers`: question slug → its number in the player, so a question to review can be found above. */
export async function MockResult({
  result,
  attemptId,
  numbers,
  locale,
}: {
  result: Result;
  attemptId: string;
  numbers: Map<string, number>;
  locale: Locale;
}) {
  const t = await getTranslations("mock");
  const tt = await getTranslations("tests");
  const recent = result.history.slice(-5);
  const short = result.draw && result.draw.shortfall > 0 ? result.draw : null;
  return (
    <>
      <section aria-labelledby="mock-score" className={styles.block}>
        <h2 id="mock-score">{t("resultHeading")}</h2>
        {short ? (
          <p className="alert alert-info">{t("drawNote", { drawn: short.requested - short.shortfall, requested: short.requested })}</p>
        ) : null}
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="mock-by-section">
            <thead>
              <tr>
                <th scope="col">{t("unitCol")}</th>
                <th scope="col" className={styles.num}>
                  {t("scoreCol")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("percentCol")}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t("barCol")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.units.flatMap((u) => [
                <tr key={u.unit} className={styles.unitRow} data-unit={u.unit}>
                  <th scope="row">{localized(u.title, locale)}</th>
                  <td className={styles.num}>{tt("scoreOf", { score: formatScore(u.score), max: formatScore(u.max) })}</td>
                  <td className={styles.num}>{pct(u.ratio)}</td>
                  <td className={styles.barCell}>
                    <ScoreBar ratio={u.ratio} />
                  </td>
                </tr>,
                ...u.sections.map((s) => (
                  <tr key={s.section} data-section={s.section}>
                    <th scope="row" className={styles.sectionName}>
                      {localized(s.title, locale)}
                    </th>
                    <td className={styles.num}>{tt("scoreOf", { score: formatScore(s.score), max: formatScore(s.max) })}</td>
                    <td className={styles.num}>{pct(s.ratio)}</td>
                    <td className={styles.barCell}>
                      <ScoreBar ratio={s.ratio} />
                    </td>
                  </tr>
                )),
              ])}
              <tr className={styles.unitRow} data-total>
                <th scope="row">{t("total")}</th>
                <td className={styles.num}>
                  {tt("scoreOf", { score: formatScore(result.total.score), max: formatScore(result.total.max) })}
                </td>
                <td className={styles.num}>{pct(result.total.ratio)}</td>
                <td className={styles.barCell}>
                  <ScoreBar ratio={result.total.ratio} />
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="mock-review" className={styles.block}>
        <h2 id="mock-review">{t("reviewHeading")}</h2>
        {result.review.length === 0 ? (
          <p className="muted">{t("reviewNone")}</p>
        ) : (
          <ul className={styles.reviewList} data-testid="mock-review">
            {result.review.map((r) => (
              <li key={r.slug} className={styles.reviewRow} data-item={r.slug}>
                <span>{tt("question", { number: numbers.get(r.slug) ?? 0 })}</span>
                <span className="muted">{localized(r.sectionTitle, locale)}</span>
                <Link href={r.href}>{t("reviewLink", { section: localized(r.sectionTitle, locale) })}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mock-history" className={styles.block}>
        <h2 id="mock-history">{t("historyHeading")}</h2>
        {recent.length < 2 ? (
          <p className="muted">{t("historyOnly")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="mock-history">
              <thead>
                <tr>
                  <th scope="col">{t("unitCol")}</th>
                  {recent.map((h) => (
                    <th key={h.attemptId} scope="col" className={styles.num}>
                      {h.attemptId === attemptId ? t("thisAttempt") : formatDateTime(h.startedAt, locale, { timeZone: "Asia/Tokyo" })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.units.flatMap((u) =>
                  u.sections.map((s) => (
                    <tr key={s.section}>
                      <th scope="row">{localized(s.title, locale)}</th>
                      {recent.map((h) => (
                        <td key={h.attemptId} className={styles.num}>
                          {pct(h.bySection[s.section] ?? null)}
                        </td>
                      ))}
                    </tr>
                  )),
                )}
                <tr className={styles.unitRow}>
                  <th scope="row">{t("total")}</th>
                  {recent.map((h) => (
                    <td key={h.attemptId} className={styles.num}>
                      {pct(h.ratio)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
