import { Fragment } from "react";
import type { ExerciseStats, PatternTest } from "@/lib/gradebook/exercise-stats";
import { localized, type Locale } from "@/lib/i18n/config";
import type { Percent, StatsT } from "./types";
import styles from "./exercise-stats.module.css";

function categoryLabel(t: StatsT, x: PatternTest): string {
  return x.category === "error" && x.errorType ? t("category.errorType", { type: x.errorType }) : t(`category.${x.category}`);
}

/** Failed tests grouped by how they failed, in test order: [["Shape mismatch", ["a", "b"]], …]. */
function byCategory(t: StatsT, tests: PatternTest[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const x of tests) {
    const label = categoryLabel(t, x);
    groups.set(label, [...(groups.get(label) ?? []), x.name]);
  }
  return [...groups];
}

/** The most common sets of failed tests (with how they failed), each with its typical messages and an example. */
export function FailurePatterns({
  stats,
  t,
  percent,
  locale,
  formatDate,
}: {
  stats: ExerciseStats;
  t: StatsT;
  percent: Percent;
  locale: Locale;
  formatDate: (d: Date) => string;
}) {
  if (stats.patterns.length === 0) return <p className="muted">{t("patternsEmpty")}</p>;
  return (
    <>
      <ol className={styles.patterns}>
        {stats.patterns.map((p, i) => {
          const ex = p.example;
          const score = ex.score !== null && ex.maxScore ? percent(ex.score / ex.maxScore) : t("none");
          return (
            <li key={p.key} className={styles.pattern} data-pattern={i} data-count={p.count}>
              <div className={styles.patternHead}>
                <p className={styles.signature}>
                  {byCategory(t, p.tests).map(([label, names], k) => (
                    <span key={label}>
                      {k > 0 && " + "}
                      {t.rich("patternIn", {
                        category: label,
                        tests: () =>
                          names.map((n, j) => (
                            <Fragment key={n}>
                              {j > 0 && ", "}
                              <code>{n}</code>
                            </Fragment>
                          )),
                      })}
                    </span>
                  ))}
                </p>
                <span className="muted">{t("patternCount", { count: p.count, share: percent(p.share), learners: p.learners })}</span>
              </div>
              <div className={styles.shareBar} aria-hidden="true">
                <span style={{ width: `${(p.share * 100).toFixed(1)}%` }} />
              </div>
              <ul className={styles.failed} aria-label={t("typicalMessage")}>
                {p.tests.map((x) => (
                  <li key={x.name} data-failed-test={x.name}>
                    <code>{x.name}</code> — {categoryLabel(t, x)}
                    <span className={styles.message}>
                      {x.message ? localized(x.message, locale) : x.hidden ? t("hiddenNoMessage") : t("none")}
                    </span>
                  </li>
                ))}
              </ul>
              <details className={styles.example}>
                <summary>{t("example", { name: ex.userName, date: formatDate(ex.createdAt), score })}</summary>
                <pre>
                  <code>{ex.code}</code>
                </pre>
                <a href={`/instructor/learners/${encodeURIComponent(ex.userId)}#submission-${ex.submissionId}`}>{t("exampleLink")}</a>
              </details>
            </li>
          );
        })}
      </ol>
      {stats.otherPatterns.patterns > 0 && <p className="muted">{t("patternOther", stats.otherPatterns)}</p>}
    </>
  );
}
