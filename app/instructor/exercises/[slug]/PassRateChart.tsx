import type { TestPassRate } from "@/lib/gradebook/exercise-stats";
import type { Percent, StatsT } from "./types";
import styles from "./exercise-stats.module.css";

/** One horizontal bar per test: green = share passing (SVG, so it needs no inline style). */
export function PassRateChart({ tests, t, percent }: { tests: TestPassRate[]; t: StatsT; percent: Percent }) {
  return (
    <ul className={styles.chart} aria-label={t("testsHeading")}>
      {tests.map((x) => (
        <li key={x.name} className={styles.chartRow} data-test={x.name}>
          <span className={styles.chartName}>
            <code>{x.name}</code>
            {x.hidden && (
              <>
                {" "}
                <span className="badge">{t("testHidden")}</span>
              </>
            )}
            {!x.current && (
              <>
                {" "}
                <span className="badge">{t("testOld")}</span>
              </>
            )}
          </span>
          <span className={styles.track} aria-hidden="true">
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className={styles.fill} x="0" y="0" height="10" width={((x.rate ?? 0) * 100).toFixed(2)} />
            </svg>
          </span>
          <span className={styles.chartValue} data-rate={x.rate ?? ""}>
            {percent(x.rate)}
            <small>{t("testRate", { passed: x.passed, runs: x.runs })}</small>
          </span>
        </li>
      ))}
    </ul>
  );
}
